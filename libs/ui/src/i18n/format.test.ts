import { describe, expect, it } from 'vitest';
import { createFormatter, localizeDigits } from './format';

const ASCII_DIGIT = /[0-9]/;
const PERSIAN_DIGIT = /[۰-۹]/;

describe('createFormatter', () => {
  it('writes numbers with Persian digits in Persian', () => {
    const text = createFormatter('fa').number(1603);
    expect(text).toMatch(PERSIAN_DIGIT);
    expect(text).not.toMatch(ASCII_DIGIT);
    expect(createFormatter('fa').number(2026, { useGrouping: false })).toBe('۲۰۲۶');
  });

  it('writes numbers with ASCII digits in the other locales', () => {
    expect(createFormatter('en').number(86178)).toBe('86,178');
    expect(createFormatter('ja').number(86178)).toBe('86,178');
    expect(createFormatter('vi').number(86178)).toBe('86.178');
  });

  it('writes dates and times with Persian digits in Persian', () => {
    const moment = new Date('2026-03-21T08:30:00Z');
    for (const text of [
      createFormatter('fa').dateTime(moment),
      createFormatter('fa').time(moment),
      createFormatter('fa').date(moment),
    ]) {
      expect(text).toMatch(PERSIAN_DIGIT);
      expect(text).not.toMatch(ASCII_DIGIT);
    }
  });

  it('uses the Persian calendar in Persian (21 March 2026 is 1 Farvardin 1405)', () => {
    const text = createFormatter('fa').dateTime('2026-03-21T12:00:00Z', { year: 'numeric', timeZone: 'UTC' });
    expect(text).toContain('۱۴۰۵');
  });

  it('accepts ISO strings and epoch milliseconds', () => {
    const iso = createFormatter('en').date('2026-03-21T12:00:00Z');
    expect(iso).toContain('2026');
    expect(createFormatter('en').date(Date.parse('2026-03-21T12:00:00Z'))).toBe(iso);
  });
});

describe('list', () => {
  it('joins a list the way each locale writes one', () => {
    expect(createFormatter('en').list(['Agent', 'Supervisor'])).toBe('Agent and Supervisor');
    expect(createFormatter('fa').list(['کارشناس', 'سرپرست', 'مدیر'])).toContain('،');
    expect(createFormatter('ja').list(['オペレーター', '管理者'])).toContain('、');
  });
});

describe('localizeDigits', () => {
  it('rewrites ASCII digits in Persian text only', () => {
    expect(localizeDigits('خطای 1603', 'fa')).toBe('خطای ۱۶۰۳');
    expect(localizeDigits('error 1603', 'en')).toBe('error 1603');
  });
});

import { describe, expect, it } from 'vitest';
import {
  directionOf,
  fill,
  formatDate,
  formatNumber,
  fromAcceptLanguage,
  localizeDigits,
  preferredLocale,
} from './locale';

describe('the reader’s language', () => {
  it('follows Accept-Language by quality, skipping languages we do not serve', () => {
    expect(fromAcceptLanguage('fa-IR,fa;q=0.9,en-US;q=0.8')).toBe('fa');
    expect(fromAcceptLanguage('de-DE,de;q=0.9,ja;q=0.5,vi;q=0.7')).toBe('vi');
    expect(fromAcceptLanguage('en;q=0, ja')).toBe('ja');
    expect(fromAcceptLanguage('*')).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
    expect(fromAcceptLanguage('x;q=abc,'.repeat(5_000))).toBeUndefined();
  });

  it('prefers the saved choice in the cookie, then the browser, then English', () => {
    expect(preferredLocale('a=1; deskstream.locale=ja', 'fa')).toBe('ja');
    expect(preferredLocale('deskstream.locale=de', 'fa')).toBe('fa');
    expect(preferredLocale(undefined, undefined)).toBe('en');
  });
});

describe('numbers, dates and direction', () => {
  it('write Persian with Persian digits, right to left, in the Persian calendar', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
    expect(localizeDigits('Error 1603', 'fa')).toBe('Error ۱۶۰۳');
    expect(localizeDigits('Error 1603', 'vi')).toBe('Error 1603');
    expect(formatNumber(1234, 'fa')).toBe('۱٬۲۳۴');
    expect(formatDate('2025-03-21T10:00:00.000Z', 'fa')).toBe('۱ فروردین ۱۴۰۴');
    expect(formatDate('2025-03-21T10:00:00.000Z', 'en')).toBe('March 21, 2025');
  });

  it('format a date in UTC, so every machine renders the same page', () => {
    expect(formatDate('2025-03-21T23:30:00.000Z', 'en')).toBe('March 21, 2025');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('fill placeholders and leave unknown ones', () => {
    expect(fill('{count} of {total} {other}', { count: '1', total: '2' })).toBe('1 of 2 {other}');
  });
});

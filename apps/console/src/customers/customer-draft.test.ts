import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, isEmailAddress, looksLikePhone } from './customer-draft';

describe('the record-a-customer form before sending', () => {
  it('takes phone numbers in any format, with or without a country code, in Latin or Persian digits', () => {
    for (const phone of [
      '+98 912 123 4567',
      '0098-912-123-4567',
      '(021) 8877-6655',
      '۰۹۱۲ ۱۲۳ ۴۵۶۷',
      '+۹۸۹۱۲۱۲۳۴۵۶۷',
    ]) {
      expect(looksLikePhone(phone), phone).toBe(true);
    }
    for (const phone of ['hello', '12', '+98 12', '0912 abc 4567', '+1 555 0000 0000 0000 0000']) {
      expect(looksLikePhone(phone), phone).toBe(false);
    }
  });

  it('checks email addresses by the customers context’s rule', () => {
    expect(isEmailAddress(' Maryam@Example.org ')).toBe(true);
    expect(isEmailAddress('maryam@')).toBe(false);
  });

  it('names every problem before anything is sent', () => {
    const { problems } = checkDraft({
      ...emptyDraft(),
      name: '  ',
      emails: 'ok@example.org\nnot-an-address',
      phones: 'call me',
      preferredContact: 'PHONE',
    });
    expect(problems).toEqual([
      { key: 'nameRequired' },
      { key: 'badEmail', value: 'not-an-address' },
      { key: 'badPhone', value: 'call me' },
    ]);
    expect(checkDraft({ ...emptyDraft(), name: 'A <b>', preferredContact: 'EMAIL' }).problems).toEqual([
      { key: 'badName' },
      { key: 'contactRequired' },
    ]);
  });

  it('splits emails and phones one per line (or comma) and prefers the contact that was given', () => {
    const draft = emptyDraft({ phone: '+98 912 123 4567', name: 'Maryam' });
    expect(draft.preferredContact).toBe('PHONE');
    const checked = checkDraft({ ...draft, emails: 'a@example.org, b@example.org\n' });
    expect(checked).toEqual({ problems: [], emails: ['a@example.org', 'b@example.org'], phones: ['+98 912 123 4567'] });
    expect(emptyDraft().preferredContact).toBe('NONE');
  });
});

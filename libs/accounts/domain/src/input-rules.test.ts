import { describe, expect, it } from 'vitest';
import { isCardNumber, looksLikeDate, parseLogin, passwordProblem } from './input-rules';

const now = new Date('2026-12-07T00:00:00Z');

describe('card numbers', () => {
  it('are 8 half-width digits starting with 0; full-width digits are read as half-width', () => {
    expect(isCardNumber('01234567')).toBe(true);
    expect(isCardNumber('11234567')).toBe(false);
    expect(isCardNumber('0123456')).toBe(false);
    expect(isCardNumber('012345678')).toBe(false);
    expect(isCardNumber('0123456a')).toBe(false);
    expect(parseLogin('０１２３４５６７')).toEqual({ kind: 'PATRON', cardNumber: '01234567' });
    expect(parseLogin(' Minh@Example.VN ')).toEqual({ kind: 'CUSTOMER', email: 'minh@example.vn' });
    expect(parseLogin('12345678')).toBeNull();
  });
});

describe('patron passwords', () => {
  it('are 4 to 10 ASCII letters and digits', () => {
    expect(passwordProblem('PATRON', 'abc1', now)).toBeNull();
    expect(passwordProblem('PATRON', 'Library2026', now)).toBe('ACCOUNT_PASSWORD_INVALID');
    expect(passwordProblem('PATRON', 'abc', now)).toBe('ACCOUNT_PASSWORD_INVALID');
    expect(passwordProblem('PATRON', 'ab c1', now)).toBe('ACCOUNT_PASSWORD_INVALID');
    expect(passwordProblem('PATRON', 'ｂｏｏｋ１', now)).toBe('ACCOUNT_PASSWORD_INVALID');
    expect(passwordProblem('PATRON', 'pässwort', now)).toBe('ACCOUNT_PASSWORD_INVALID');
  });

  it('are never a birth date in any common form', () => {
    for (const date of [
      '19870729',
      '870729',
      '29071987',
      '07291987',
      '290787',
      '1987729',
      'H270729',
      's62729',
      'R010501',
    ])
      expect([date, passwordProblem('PATRON', date, now)]).toEqual([date, 'ACCOUNT_PASSWORD_BIRTH_DATE']);
    for (const fine of ['1234', '99999999', '20271301', 'book2026', 'H99x', '12345678'])
      expect([fine, passwordProblem('PATRON', fine, now)]).toEqual([fine, null]);
  });
});

describe('customer passwords and dates', () => {
  it('are 10 to 128 characters, never a date', () => {
    expect(passwordProblem('CUSTOMER', 'short', now)).toBe('ACCOUNT_PASSWORD_TOO_WEAK');
    expect(passwordProblem('CUSTOMER', 'a long passphrase', now)).toBeNull();
    expect(passwordProblem('CUSTOMER', '1987-07-29', now)).toBe('ACCOUNT_PASSWORD_BIRTH_DATE');
  });

  it('does not take a date that cannot be a birth date', () => {
    expect(looksLikeDate('20300101', now)).toBe(false);
    expect(looksLikeDate('18000101', now)).toBe(false);
    expect(looksLikeDate('19870230', now)).toBe(false);
  });
});

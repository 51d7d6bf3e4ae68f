import { describe, expect, it } from 'vitest';
import { CARD_RULE, LOAN_RULES, loginOf, newPasswordProblem, PASSWORD_RULES, signInProblems } from './credential-rules';

describe('the sign-in rules, from the accounts domain', () => {
  it('takes a card of 8 digits starting with 0, typed with full-width digits or spaces too', () => {
    expect(signInProblems('PATRON', '01234567', 'kamo1234')).toEqual([]);
    expect(loginOf('PATRON', '０１２３ ４５６７')).toBe('01234567');
    expect(signInProblems('PATRON', '０１２３ ４５６７', 'kamo1234')).toEqual([]);
    expect(signInProblems('PATRON', '11234567', 'kamo1234')).toEqual(['CARD']);
    expect(signInProblems('PATRON', '0123456', 'kamo1234')).toEqual(['CARD']);
    expect(signInProblems('PATRON', '0123456a', 'kamo1234')).toEqual(['CARD']);
  });

  it('takes a patron password of 4 to 10 ASCII letters and digits only', () => {
    expect(signInProblems('PATRON', '01234567', 'abc')).toEqual(['PASSWORD']);
    expect(signInProblems('PATRON', '01234567', 'abcdefghijk')).toEqual(['PASSWORD']);
    expect(signInProblems('PATRON', '01234567', 'ab cd')).toEqual(['PASSWORD']);
    expect(signInProblems('PATRON', '01234567', 'パスワード1')).toEqual(['PASSWORD']);
    // An old birth-date password still signs in; it is refused when a new one is chosen.
    expect(signInProblems('PATRON', '01234567', '19870729')).toEqual([]);
    expect(newPasswordProblem('PATRON', '19870729')).toBe('ACCOUNT_PASSWORD_BIRTH_DATE');
    expect(newPasswordProblem('PATRON', 'kamo1234')).toBeNull();
  });

  it('takes a customer’s email and longer password', () => {
    expect(signInProblems('CUSTOMER', ' Mina@Example.org ', 'a long passphrase')).toEqual([]);
    expect(loginOf('CUSTOMER', ' Mina@Example.org ')).toBe('mina@example.org');
    expect(signInProblems('CUSTOMER', 'mina@', 'short')).toEqual(['EMAIL', 'PASSWORD']);
  });

  it('words the domain’s numbers', () => {
    expect(CARD_RULE.length).toBe(8);
    expect(PASSWORD_RULES.PATRON).toEqual({ min: 4, max: 10 });
    expect(LOAN_RULES).toEqual({ maxBooks: 10, maxAudioVisual: 1, holdDays: 7, renewalWeeks: 2 });
  });
});

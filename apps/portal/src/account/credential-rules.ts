/**
 * The sign-in rules as the portal shows and checks them before sending anything. The rules
 * themselves (card number, password lengths, the lockout, the lending limits) are the accounts
 * domain's validators and limits, never copied here.
 */
import {
  CARD_NUMBER_LENGTH,
  CUSTOMER_PASSWORD_MAX,
  CUSTOMER_PASSWORD_MIN,
  HOLD_DAYS,
  isCardNumber,
  isEmail,
  LOCKOUT_MINUTES,
  MAX_AUDIOVISUAL_RESERVATIONS,
  MAX_BOOK_RESERVATIONS,
  MAX_LOGIN_LENGTH,
  normalizedCardNumber,
  normalizedEmail,
  PATRON_PASSWORD_MAX,
  PATRON_PASSWORD_MIN,
  passwordProblem,
  RENEWAL_DAYS,
  type AccountKind,
  type AccountErrorReason,
} from '@deskstream/accounts-domain';

/** A patron signs in with a library card, a customer with an email address. */
export type SignInProblem = 'CARD' | 'EMAIL' | 'PASSWORD';

export const CARD_RULE = { length: CARD_NUMBER_LENGTH, firstDigit: '0', example: '01234567' } as const;
export const PASSWORD_RULES: Record<AccountKind, { min: number; max: number }> = {
  PATRON: { min: PATRON_PASSWORD_MIN, max: PATRON_PASSWORD_MAX },
  CUSTOMER: { min: CUSTOMER_PASSWORD_MIN, max: CUSTOMER_PASSWORD_MAX },
};
export { LOCKOUT_MINUTES, MAX_LOGIN_LENGTH };

/** Seed 003's lending rules, as the pages word them. */
export const LOAN_RULES = {
  maxBooks: MAX_BOOK_RESERVATIONS,
  maxAudioVisual: MAX_AUDIOVISUAL_RESERVATIONS,
  holdDays: HOLD_DAYS,
  renewalWeeks: RENEWAL_DAYS / 7,
} as const;

/** The login as the api is sent it: a card number with full-width digits, spaces and hyphens tidied, or an email. */
export function loginOf(kind: AccountKind, typed: string): string {
  return kind === 'PATRON' ? normalizedCardNumber(typed) : normalizedEmail(typed);
}

/**
 * What is wrong with a sign-in before it is sent; empty when it may go. Only the shape is checked
 * here (a birth date is refused when a password is chosen, not when one is typed to sign in).
 */
export function signInProblems(kind: AccountKind, typed: string, password: string): SignInProblem[] {
  const problems: SignInProblem[] = [];
  const login = loginOf(kind, typed);
  if (kind === 'PATRON' && !isCardNumber(login)) problems.push('CARD');
  if (kind === 'CUSTOMER' && !isEmail(login)) problems.push('EMAIL');
  const rule = PASSWORD_RULES[kind];
  if (password.length < rule.min || password.length > rule.max) problems.push('PASSWORD');
  else if (kind === 'PATRON' && passwordProblem('PATRON', password) === 'ACCOUNT_PASSWORD_INVALID') {
    problems.push('PASSWORD');
  }
  return problems;
}

/** Why a new password would be refused (the domain's reason), or null: checked before it is sent. */
export function newPasswordProblem(kind: AccountKind, password: string, now = new Date()): AccountErrorReason | null {
  return passwordProblem(kind, password, now);
}

/** The library's and the desk's numbers, imported as they are by the api, the portal and the console. */

/** Reserved at once (active: waiting or ready for pick-up), whatever the source. */
export const MAX_BOOK_RESERVATIONS = 10;
export const MAX_AUDIOVISUAL_RESERVATIONS = 1;
/** A ready reservation is held this long after its pick-up notice. */
export const HOLD_DAYS = 7;
/** A renewal moves the due date to this many days after the day of renewal; once per loan. */
export const RENEWAL_DAYS = 14;
export const MAX_RENEWALS = 1;
/** A loan recorded at the desk without its own due date. */
export const LOAN_DAYS = 14;

/** Failed sign-ins in a row before the account locks, and for how long. */
export const DEFAULT_LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 30;

/** A patron's or customer's session. */
export const ACCOUNT_SESSION_TTL_MS = 8 * 60 * 60_000;
/** A mailed reset link works once, within this time. */
export const RESET_LINK_TTL_MS = 60 * 60_000;

export const CARD_NUMBER_LENGTH = 8;
export const PATRON_PASSWORD_MIN = 4;
export const PATRON_PASSWORD_MAX = 10;
export const CUSTOMER_PASSWORD_MIN = 10;
export const CUSTOMER_PASSWORD_MAX = 128;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;
/** Anything longer is refused before any lookup or hashing. */
export const MAX_LOGIN_LENGTH = MAX_EMAIL_LENGTH;

const DAY_MS = 24 * 60 * 60_000;

export function holdUntil(noticeAt: string): string {
  return new Date(Date.parse(noticeAt) + HOLD_DAYS * DAY_MS).toISOString();
}

export function renewedDueAt(renewedAt: string): string {
  return new Date(Date.parse(renewedAt) + RENEWAL_DAYS * DAY_MS).toISOString();
}

export function loanDueAt(lentAt: string): string {
  return new Date(Date.parse(lentAt) + LOAN_DAYS * DAY_MS).toISOString();
}

export function lockedUntil(lockedAt: string): string {
  return new Date(Date.parse(lockedAt) + LOCKOUT_MINUTES * 60_000).toISOString();
}

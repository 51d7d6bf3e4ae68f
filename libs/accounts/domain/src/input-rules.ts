/**
 * What a card number, an email, a phone and a password must look like, the same on the server,
 * the portal and the console. The library's rules (seed: a card is 8 half-width digits starting
 * with 0; a password 4–10 half-width letters and digits, never a birth date, which used to be the
 * initial password) are the patron's; a customer signs in by email with a longer password.
 */
import type { AccountErrorReason } from './errors';
import type { AccountKind } from './accounts-events';
import {
  CUSTOMER_PASSWORD_MAX,
  CUSTOMER_PASSWORD_MIN,
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  PATRON_PASSWORD_MAX,
  PATRON_PASSWORD_MIN,
} from './limits';

const CARD = /^0\d{7}$/;
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]{2,}$/;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

export function isCardNumber(value: string): boolean {
  return CARD.test(value);
}

/** Full-width digits (０１２…) typed on a Japanese keyboard become half-width; spaces and hyphens go. */
export function normalizedCardNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '');
}

export function normalizedEmail(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** Digits only (a leading + kept), 6 to 20 of them. */
export function normalizedPhone(value: string): string | null {
  const compact = value.normalize('NFKC').replace(/[\s\-().]/g, '');
  return /^\+?\d{6,20}$/.test(compact) ? compact : null;
}

export function nameProblem(name: string): AccountErrorReason | null {
  const trimmed = name.trim();
  return trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH ? 'ACCOUNT_NAME_INVALID' : null;
}

/** What the sign-in form was given: a card number (patrons) or an email (customers). */
export type Login = { kind: 'PATRON'; cardNumber: string } | { kind: 'CUSTOMER'; email: string } | null;

export function parseLogin(raw: string): Login {
  const card = normalizedCardNumber(raw);
  if (isCardNumber(card)) return { kind: 'PATRON', cardNumber: card };
  const email = normalizedEmail(raw);
  if (isEmail(email)) return { kind: 'CUSTOMER', email };
  return null;
}

/** Why a new password is refused for this kind of account, or null. */
export function passwordProblem(kind: AccountKind, password: string, now = new Date()): AccountErrorReason | null {
  if (kind === 'PATRON') {
    if (password.length < PATRON_PASSWORD_MIN || password.length > PATRON_PASSWORD_MAX)
      return 'ACCOUNT_PASSWORD_INVALID';
    if (!ASCII_ALNUM.test(password)) return 'ACCOUNT_PASSWORD_INVALID';
  } else if (password.length < CUSTOMER_PASSWORD_MIN || password.length > CUSTOMER_PASSWORD_MAX) {
    return 'ACCOUNT_PASSWORD_TOO_WEAK';
  }
  return looksLikeDate(password, now) ? 'ACCOUNT_PASSWORD_BIRTH_DATE' : null;
}

/** Japanese eras by their initials, with the Gregorian year of their first year. */
const ERAS: Record<string, { first: number; last: number }> = {
  m: { first: 1868, last: 1912 },
  t: { first: 1912, last: 1926 },
  s: { first: 1926, last: 1989 },
  h: { first: 1989, last: 2019 },
  r: { first: 2019, last: 9999 },
};

/**
 * A date someone could have been born on, in any common way of writing it with letters and
 * digits: 19870729, 870729, 29071987, 07291987, 290787, 072987, 1987729, 1987-07-29 (separators
 * ignored), and Japanese era dates such as H270729 or s62729.
 */
export function looksLikeDate(value: string, now = new Date()): boolean {
  const compact = value.toLowerCase().replace(/[\s\-./年月日]/g, '');
  const thisYear = now.getUTCFullYear();
  const era = /^([mtshr])\d{3,6}$/.exec(compact);
  if (era) {
    const { first, last } = ERAS[era[1]];
    return eraDates(compact.slice(1)).some(
      ([y, m, d]) => y >= 1 && first + y - 1 <= Math.min(last, thisYear) && validDay(first + y - 1, m, d),
    );
  }
  if (!/^\d{6,8}$/.test(compact)) return false;
  return gregorianReadings(compact, thisYear).some(([y, m, d]) => validDay(y, m, d));
}

function eraDates(digits: string): [number, number, number][] {
  const readings: [number, number, number][] = [];
  // Era year of 1–2 digits, then month and day of 1–2 digits each.
  for (let yl = 1; yl <= 2; yl++)
    for (let ml = 1; ml <= 2; ml++) {
      const dl = digits.length - yl - ml;
      if (dl < 1 || dl > 2) continue;
      readings.push([+digits.slice(0, yl), +digits.slice(yl, yl + ml), +digits.slice(yl + ml)]);
    }
  return readings;
}

function gregorianReadings(d: string, thisYear: number): [number, number, number][] {
  const readings: [number, number, number][] = [];
  const fullYear = (yy: number) => (yy + 2000 <= thisYear ? yy + 2000 : yy + 1900);
  if (d.length === 8) {
    readings.push([+d.slice(0, 4), +d.slice(4, 6), +d.slice(6)]); // yyyymmdd
    readings.push([+d.slice(4), +d.slice(2, 4), +d.slice(0, 2)]); // ddmmyyyy
    readings.push([+d.slice(4), +d.slice(0, 2), +d.slice(2, 4)]); // mmddyyyy
  }
  if (d.length === 6) {
    readings.push([fullYear(+d.slice(0, 2)), +d.slice(2, 4), +d.slice(4)]); // yymmdd
    readings.push([fullYear(+d.slice(4)), +d.slice(2, 4), +d.slice(0, 2)]); // ddmmyy
    readings.push([fullYear(+d.slice(4)), +d.slice(0, 2), +d.slice(2, 4)]); // mmddyy
    readings.push([+d.slice(0, 4), +d.slice(4, 5), +d.slice(5)]); // yyyymd
  }
  if (d.length === 7) {
    readings.push([+d.slice(0, 4), +d.slice(4, 5), +d.slice(5)]); // yyyymdd
    readings.push([+d.slice(0, 4), +d.slice(4, 6), +d.slice(6)]); // yyyymmd
  }
  return readings.filter(([y]) => y >= 1900 && y <= thisYear);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

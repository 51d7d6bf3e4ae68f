/**
 * What patrons and staff may write in Book a Librarian: the limits and the checks, the same in the
 * api and in the browser apps (which import them from here, never copy them). Text is kept as
 * typed (shown as text, never as HTML); lengths count characters as people see them (code points).
 */
import { IANAZone } from 'luxon';
import { toE164 } from '@deskstream/phone-numbers';
import { LOCALES, SESSION_MODES, type LocalizedText, type SessionMode, type WeeklyHours } from './bookings-events';
import { reject, type BookingsRejection } from './errors';

export const NAME_MAX_CHARACTERS = 80;
export const ADDRESS_MAX_CHARACTERS = 300;
export const NOTE_MAX_CHARACTERS = 500;
export const DETAILS_MAX_CHARACTERS = 2_000;
export const PREFERRED_TIMES_MAX_CHARACTERS = 500;
export const VIDEO_LINK_MAX_CHARACTERS = 500;
/** The longest span of days a closure or an absence covers. */
export const DATE_RANGE_MAX_DAYS = 366;
/** The most days one free-slot query or calendar query covers. */
export const QUERY_MAX_DAYS = 92;
/** The patron's secret link token: made by their browser, at least 128 random bits in base64url. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export const characters = (text: string) => [...text].length;

/** An email address (RFC 5321's path limit). */
export const EMAIL_MAX_CHARACTERS = 254;
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}\.[^\s@<>()[\]\\,;:".]{2,63}$/u;
/** Control and format characters and line or paragraph separators: never in an address. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** An address mail can go to: one `local@domain.tld`, no spaces, no control or format characters. */
export const isEmailAddress = (email: string) =>
  email.length <= EMAIL_MAX_CHARACTERS && EMAIL.test(email) && !INVISIBLE_OR_CONTROL.test(email);

// eslint-disable-next-line no-control-regex
const CONTROL_OR_MARKUP = /[\u0000-\u001f\u007f<>]/u;

export function checkNames(name: LocalizedText): BookingsRejection | undefined {
  for (const locale of LOCALES) {
    const text = (name[locale] ?? '').trim();
    if (text.length === 0 || characters(text) > NAME_MAX_CHARACTERS || CONTROL_OR_MARKUP.test(text))
      return reject('BOOKING_NAME_INVALID');
  }
  return undefined;
}

export const isTimeZone = (zone: string) => zone.includes('/') && IANAZone.isValidZone(zone);

export function checkModes(modes: readonly string[]): BookingsRejection | undefined {
  const known = modes.every((mode) => (SESSION_MODES as readonly string[]).includes(mode));
  return modes.length === 0 || !known || new Set(modes).size !== modes.length
    ? reject('BOOKING_MODES_INVALID')
    : undefined;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` that exists. */
export function isDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

/** Days between two calendar days (`to` − `from`). */
export const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export function checkDayRange(from: string, to: string, maxDays = DATE_RANGE_MAX_DAYS): BookingsRejection | undefined {
  if (!isDay(from) || !isDay(to)) return reject('BOOKING_DATES_INVALID');
  const span = daysBetween(from, to);
  return span < 0 || span >= maxDays ? reject('BOOKING_DATES_INVALID') : undefined;
}

const HOUR_MINUTE = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of `HH:mm` (24:00 is the end of the day), or NaN. */
export function minutesOf(time: string): number {
  if (!HOUR_MINUTE.test(time)) return Number.NaN;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function checkWeeklyHours(weekly: readonly WeeklyHours[]): BookingsRejection | undefined {
  if (weekly.length > 70) return reject('BOOKING_HOURS_INVALID');
  const byDay = new Map<number, [number, number][]>();
  for (const hours of weekly) {
    const start = minutesOf(hours.start);
    const end = minutesOf(hours.end);
    if (!Number.isInteger(hours.weekday) || hours.weekday < 1 || hours.weekday > 7)
      return reject('BOOKING_HOURS_INVALID');
    if (Number.isNaN(start) || Number.isNaN(end) || start >= end) return reject('BOOKING_HOURS_INVALID');
    const day = byDay.get(hours.weekday) ?? [];
    if (day.some(([s, e]) => start < e && s < end)) return reject('BOOKING_HOURS_INVALID');
    day.push([start, end]);
    byDay.set(hours.weekday, day);
  }
  return undefined;
}

export function checkNote(note: string): BookingsRejection | undefined {
  return characters(note) > NOTE_MAX_CHARACTERS ? reject('BOOKING_NOTE_TOO_LONG') : undefined;
}

export function checkAddress(address: string): BookingsRejection | undefined {
  return characters(address) > ADDRESS_MAX_CHARACTERS ? reject('BOOKING_ADDRESS_TOO_LONG') : undefined;
}

export function checkDetails(details: string): BookingsRejection | undefined {
  const trimmed = details.trim();
  return trimmed.length === 0 || characters(trimmed) > DETAILS_MAX_CHARACTERS
    ? reject('BOOKING_DETAILS_INVALID')
    : undefined;
}

export function checkPatronName(name: string): BookingsRejection | undefined {
  const trimmed = name.trim();
  return characters(trimmed) > NAME_MAX_CHARACTERS || CONTROL_OR_MARKUP.test(trimmed)
    ? reject('BOOKING_PATRON_NAME_INVALID')
    : undefined;
}

/** The phone number in E.164 (`+14255550100`, also from `00…` or Persian digits), or undefined when it is not a valid number. */
export function normalisePhone(phone: string): string | undefined {
  return toE164(phone) ?? undefined;
}

export interface PatronContactInput {
  email?: string | null;
  phone?: string | null;
}

/** The contact as it is kept (email trimmed, phone in E.164), or why it cannot be. At least one is needed. */
export function checkContact(
  input: PatronContactInput,
): { email: string | null; phone: string | null } | BookingsRejection {
  const email = input.email?.trim() || null;
  const phoneGiven = input.phone?.trim() || null;
  if (!email && !phoneGiven) return reject('BOOKING_CONTACT_REQUIRED');
  if (email && !isEmailAddress(email)) return reject('BOOKING_EMAIL_INVALID');
  let phone: string | null = null;
  if (phoneGiven) {
    const normalised = normalisePhone(phoneGiven);
    if (!normalised) return reject('BOOKING_PHONE_INVALID');
    phone = normalised;
  }
  return { email, phone };
}

export const isLinkToken = (token: string) => LINK_TOKEN_PATTERN.test(token);

export function checkPreferredTimes(text: string): BookingsRejection | undefined {
  return characters(text) > PREFERRED_TIMES_MAX_CHARACTERS ? reject('BOOKING_PREFERRED_TIMES_TOO_LONG') : undefined;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds of an ISO-8601 instant with its offset, or NaN. */
export function instantOf(text: string): number {
  if (!INSTANT.test(text) || !isDay(text.slice(0, 10))) return Number.NaN;
  const [hour, minute] = [Number(text.slice(11, 13)), Number(text.slice(14, 16))];
  return hour > 23 || minute > 59 ? Number.NaN : Date.parse(text);
}

export function checkVideoLink(link: string): BookingsRejection | undefined {
  if (characters(link) > VIDEO_LINK_MAX_CHARACTERS || /\s/u.test(link)) return reject('BOOKING_VIDEO_LINK_INVALID');
  try {
    return new URL(link).protocol === 'https:' ? undefined : reject('BOOKING_VIDEO_LINK_INVALID');
  } catch {
    return reject('BOOKING_VIDEO_LINK_INVALID');
  }
}

export const isSessionMode = (mode: string): mode is SessionMode => (SESSION_MODES as readonly string[]).includes(mode);

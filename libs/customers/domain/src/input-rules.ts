/**
 * What staff may write in customer records and the catalogue, the same in the api and in the
 * console (which imports these checks, never copies them): names, email addresses, phone numbers
 * in any format (read with libphonenumber-js, kept in E.164), languages, serial formats and serials.
 */
import { displayPhone, toE164, westernDigits } from '@deskstream/phone-numbers';
import { CUSTOMER_LIMITS, type PhoneCountry } from './limits';
import { reject, type CustomersRejection } from './errors';

export const characters = (text: string) => [...text].length;

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}\.[^\s@<>()[\]\\,;:".]{2,63}$/u;
const CONTROL_OR_MARKUP = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>]/u;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const REQUESTER_TYPE = /^[a-z0-9_-]{1,40}$/;
const PRODUCT_KEY = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;
const VERSION = /^[\p{L}\p{N}][\p{L}\p{N}. -]{0,39}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export { displayPhone, westernDigits };

/** The address lower-cased and trimmed, or undefined when it is not one. */
export function normaliseEmail(email: string): string | undefined {
  const trimmed = email.trim().toLowerCase();
  if (characters(trimmed) > CUSTOMER_LIMITS.emailCharacters || !EMAIL.test(trimmed)) return undefined;
  return /[\p{Cc}\p{Cf}]/u.test(trimmed) ? undefined : trimmed;
}

/**
 * A phone number in any format (`+98 912 345 6789`, `0912-345-6789`, `۰۹۱۲۳۴۵۶۷۸۹`, `00989123456789`)
 * in E.164, or undefined when it is not a valid number. Numbers without a country code are read as
 * `country`'s (the desk's); without a country, only international numbers are read.
 */
export function normalisePhone(phone: string, country: PhoneCountry = null): string | undefined {
  if (characters(phone) > CUSTOMER_LIMITS.phoneInputCharacters) return undefined;
  return toE164(phone, { country }) ?? undefined;
}

export function checkName(name: string): CustomersRejection | undefined {
  const trimmed = name.trim();
  const length = characters(trimmed);
  return length === 0 || length > CUSTOMER_LIMITS.nameCharacters || CONTROL_OR_MARKUP.test(trimmed)
    ? reject('CUSTOMER_NAME_INVALID')
    : undefined;
}

export const languageIsValid = (language: string) => LANGUAGE.test(language);
export const requesterTypeIsValid = (key: string) => REQUESTER_TYPE.test(key);
export const productKeyIsValid = (key: string) => PRODUCT_KEY.test(key);
export const versionIsValid = (version: string) => VERSION.test(version);
export const dayIsValid = (day: string) => DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));

/** A serial as it is compared: trimmed, upper-cased, Persian and Arabic digits as 0–9. */
export function normaliseSerial(serial: string): string {
  return westernDigits(serial.trim()).toUpperCase();
}

/** A serial format: `#` a digit, `A` a letter, `*` either, anything else itself; at least one placeholder. */
export function serialFormatIsValid(format: string): boolean {
  const length = characters(format);
  return (
    length > 0 &&
    length <= CUSTOMER_LIMITS.serialFormatCharacters &&
    /[#A*]/.test(format) &&
    !CONTROL_OR_MARKUP.test(format) &&
    !/\s/.test(format)
  );
}

/** Whether a serial (already normalised) follows the format, character by character. */
export function serialMatches(format: string, serial: string): boolean {
  const pattern = [...format];
  const value = [...serial];
  if (pattern.length !== value.length) return false;
  return pattern.every((placeholder, index) => {
    const char = value[index]!;
    if (placeholder === '#') return /^[0-9]$/.test(char);
    if (placeholder === 'A') return /^[A-Z]$/.test(char);
    if (placeholder === '*') return /^[0-9A-Z]$/.test(char);
    return char === placeholder.toUpperCase();
  });
}

/** The serial normalised when it follows the format, or undefined. For the console's forms too. */
export function checkSerial(format: string, serial: string): string | undefined {
  if (characters(serial) > CUSTOMER_LIMITS.serialFormatCharacters) return undefined;
  const normalised = normaliseSerial(serial);
  return serialMatches(format, normalised) ? normalised : undefined;
}

/** A serial that follows the format, to show as an example (`DS-0000-0000`, letters as A). */
export function serialExample(format: string): string {
  return [...format].map((char) => (char === '#' ? '0' : char === '*' ? 'X' : char.toUpperCase())).join('');
}

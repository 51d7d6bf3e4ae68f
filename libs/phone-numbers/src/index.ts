/**
 * `@deskstream/phone-numbers`: one reading of phone numbers for the whole desk, so a number typed
 * by a patron, given by a PBX, written on a ticket or searched for by an agent meets the same
 * E.164 form. Numbers come in many shapes (`+98 912 345 6789`, `0912-345-6789`, `۰۹۱۲۳۴۵۶۷۸۹`,
 * `00989123456789`, a PBX's `4930…` without a plus); a national number needs the organisation's
 * country (`DESK_PHONE_COUNTRY`, an ISO 3166-1 alpha-2 code such as IR or DE).
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** The longest text read as a number (longer is no number). */
export const PHONE_INPUT_MAX_CHARACTERS = 64;

/** Persian and Arabic-Indic digits read as Western ones. */
export function westernDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Whether `code` is a country libphonenumber-js knows (e.g. `DE`, `IR`). */
export const isPhoneCountry = (code: string): code is CountryCode => isSupportedCountry(code);

export interface PhoneReading {
  /** The organisation's country for numbers written without a country code; none: international numbers only. */
  country?: string | null;
  /**
   * Digits without a plus or a leading 0 that are no national number: read as international
   * (`4930…` → `+4930…`), as PBXs send them. Off for what people type, where it would guess.
   */
  bareInternational?: boolean;
}

const valid = (text: string, country?: CountryCode): string | null => {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed && parsed.isValid() ? parsed.number : null;
};

/** The number in E.164, or null when it is not a valid number. */
export function toE164(raw: string, reading: PhoneReading = {}): string | null {
  const text = westernDigits(raw.trim());
  if (text === '' || [...text].length > PHONE_INPUT_MAX_CHARACTERS) return null;
  const code = reading.country?.toUpperCase();
  const country = code && isPhoneCountry(code) ? code : undefined;
  const digits = text.replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  if (digits.startsWith('+')) return valid(digits);
  if (digits.startsWith('00')) return valid(`+${digits.slice(2)}`);
  const national = country ? valid(digits, country) : null;
  if (national || digits.startsWith('0') || !reading.bareInternational) return national;
  return valid(`+${digits}`);
}

/** An E.164 number as people write it (`+98 912 345 6789`); the text itself when it cannot. */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * Phone numbers on calls: kept as given and in E.164 when they parse. A PBX sends numbers in
 * many shapes (`+4930…`, `004930…`, `4930…` without a plus, `030…` national, `anonymous`); a
 * national number needs the organisation's country (an ISO 3166-1 alpha-2 code such as DE).
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { CallDirection, CallNumber } from './calls-events';

/** The longest number text kept as given (longer is cut: it is no number). */
export const CALL_NUMBER_MAX_CHARACTERS = 64;

const valid = (text: string, country?: CountryCode): string | null => {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed && parsed.isValid() ? parsed.number : null;
};

/** Whether `code` is a country libphonenumber-js knows (e.g. `DE`, `IR`). */
export const isPhoneCountry = (code: string): code is CountryCode => isSupportedCountry(code);

/** The number in E.164, or null when it is not a valid number (in any of the shapes a PBX sends). */
export function toE164(raw: string, defaultCountry?: string | null): string | null {
  const text = raw.trim();
  if (text === '' || text.length > CALL_NUMBER_MAX_CHARACTERS) return null;
  const country = defaultCountry ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
  if (text.startsWith('+')) return valid(text);
  const digits = text.replace(/[\s().-]/g, '');
  if (!/^\d+$/.test(digits)) return valid(text, country);
  if (digits.startsWith('00')) return valid(`+${digits.slice(2)}`);
  if (digits.startsWith('0')) return country ? valid(digits, country) : null;
  // Digits without a plus: national in the organisation's country, else international without the plus.
  return (country ? valid(digits, country) : null) ?? valid(`+${digits}`);
}

/** A number as a call keeps it: the text as given (cut to its limit) and E.164 when it parses. */
export function callNumber(raw: string, defaultCountry?: string | null): CallNumber {
  const text = [...raw.trim()].slice(0, CALL_NUMBER_MAX_CHARACTERS).join('');
  return { raw: text, e164: toE164(text, defaultCountry) };
}

/** The other party's number: the caller of an inbound call, the callee of an outbound one. */
export const counterpartOf = (call: { direction: CallDirection; from: CallNumber; to: CallNumber }): CallNumber =>
  call.direction === 'IN' ? call.from : call.to;

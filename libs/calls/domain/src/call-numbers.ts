/**
 * Phone numbers on calls: kept as given and in E.164 when they parse. A PBX sends numbers in
 * many shapes (`+4930…`, `004930…`, `4930…` without a plus, `030…` national, `anonymous`); a
 * national number needs the organisation's country (an ISO 3166-1 alpha-2 code such as DE).
 */
import { isPhoneCountry, PHONE_INPUT_MAX_CHARACTERS, toE164 as readPhone } from '@deskstream/phone-numbers';
import type { CallDirection, CallNumber } from './calls-events';

export { isPhoneCountry };

/** The longest number text kept as given (longer is cut: it is no number). */
export const CALL_NUMBER_MAX_CHARACTERS = PHONE_INPUT_MAX_CHARACTERS;

/** The number in E.164, or null when it is not a valid number (in any of the shapes a PBX sends). */
export const toE164 = (raw: string, defaultCountry?: string | null): string | null =>
  readPhone(raw, { country: defaultCountry, bareInternational: true });

/** A number as a call keeps it: the text as given (cut to its limit) and E.164 when it parses. */
export function callNumber(raw: string, defaultCountry?: string | null): CallNumber {
  const text = [...raw.trim()].slice(0, CALL_NUMBER_MAX_CHARACTERS).join('');
  return { raw: text, e164: toE164(text, defaultCountry) };
}

/** The other party's number: the caller of an inbound call, the callee of an outbound one. */
export const counterpartOf = (call: { direction: CallDirection; from: CallNumber; to: CallNumber }): CallNumber =>
  call.direction === 'IN' ? call.from : call.to;

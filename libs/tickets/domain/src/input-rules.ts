/**
 * Input rules shared by the deciders, the resolvers, the mail and the public form: subjects on one
 * line, texts within bounds, requester contact points, tags normalised, mentions read. Each
 * answers the normalised value or a rejection.
 */
import { westernDigits } from '@deskstream/phone-numbers';
import { reject, type TicketsRejection } from './errors';
import { REQUESTER_LANGUAGES, TICKET_LIMITS } from './limits';
import type { TicketRequester } from './tickets-events';

type Checked<T> = T | TicketsRejection;

export const isRejected = <T>(value: Checked<T>): value is TicketsRejection =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !Array.isArray(value);

const LINE_BREAK = /[\r\n\u2028\u2029]/;
// Control characters except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A subject: trimmed, 1 to 200 characters, one line, no control characters (no header injection). */
export function checkSubject(subject: string): Checked<string> {
  const trimmed = subject.trim();
  if (trimmed.length === 0 || trimmed.length > TICKET_LIMITS.subjectCharacters) return reject('TICKET_SUBJECT_INVALID');
  if (LINE_BREAK.test(trimmed) || CONTROL.test(trimmed)) return reject('TICKET_SUBJECT_INVALID');
  return trimmed;
}

/** A message, reply or note: 1 to 50,000 characters once trimmed. */
export function checkText(text: string, reason: 'TICKET_TEXT_INVALID' | 'TICKET_NOTE_INVALID' = 'TICKET_TEXT_INVALID') {
  const trimmed = text.trim();
  if (trimmed.length === 0 || text.length > TICKET_LIMITS.textCharacters || CONTROL.test(trimmed))
    return reject(reason);
  return trimmed;
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

export function checkEmail(email: string): Checked<string> {
  const trimmed = email.trim().toLowerCase();
  if (trimmed.length > TICKET_LIMITS.emailCharacters || !EMAIL.test(trimmed) || CONTROL.test(trimmed))
    return reject('TICKET_REQUESTER_EMAIL_INVALID');
  return trimmed;
}

export { westernDigits };

/** A phone number: digits (any script), an optional leading +, spaces, dashes, dots or brackets; kept as digits with its +. */
export function checkPhone(phone: string): Checked<string> {
  const western = westernDigits(phone.trim());
  if (!/^\+?[\d\s\-().]+$/.test(western)) return reject('TICKET_REQUESTER_PHONE_INVALID');
  const digits = western.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 20) return reject('TICKET_REQUESTER_PHONE_INVALID');
  return western.startsWith('+') ? `+${digits}` : digits;
}

export function checkRequester(requester: TicketRequester): Checked<TicketRequester> {
  const name = requester.name.trim();
  if (name.length === 0 || name.length > TICKET_LIMITS.requesterNameCharacters || LINE_BREAK.test(name))
    return reject('TICKET_REQUESTER_NAME_INVALID');
  const email = requester.email?.trim() ? checkEmail(requester.email) : null;
  if (email !== null && isRejected(email)) return email;
  const phone = requester.phone?.trim() ? checkPhone(requester.phone) : null;
  if (phone !== null && isRejected(phone)) return phone;
  if (!(REQUESTER_LANGUAGES as readonly string[]).includes(requester.language))
    return reject('TICKET_REQUESTER_LANGUAGE_INVALID');
  if (requester.contactMethod === 'EMAIL' && email === null) return reject('TICKET_CONTACT_METHOD_INVALID');
  if (requester.contactMethod === 'PHONE' && phone === null) return reject('TICKET_CONTACT_METHOD_INVALID');
  return {
    ...requester,
    name,
    email,
    phone,
  };
}

/** Product and version: short, one line; empty is none. */
export function checkProduct(value: string | null | undefined, max: number): Checked<string | null> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  if (trimmed.length > max || LINE_BREAK.test(trimmed) || CONTROL.test(trimmed))
    return reject('TICKET_PRODUCT_INVALID');
  return trimmed;
}

/** A tag as it is kept: trimmed, lower-case, inner spaces as one. */
export const normalizeTag = (tag: string): string => tag.trim().replace(/\s+/g, ' ').toLowerCase();

/** Tags normalised, each once; a rejection when one is empty or too long. */
export function normalizeTags(tags: readonly string[]): Checked<string[]> {
  const result: string[] = [];
  for (const tag of tags) {
    const normalized = normalizeTag(tag);
    if (normalized.length === 0 || normalized.length > TICKET_LIMITS.tagCharacters || CONTROL.test(normalized))
      return reject('TICKET_TAGS_INVALID');
    if (!result.includes(normalized)) result.push(normalized);
  }
  return result;
}

/** The `@username` mentions of a note, lower-case, each once, in order. */
export function parseMentions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_][\p{L}\p{N}_.-]{0,62})/gu)) {
    const name = match[2]!.replace(/[.-]+$/, '').toLowerCase();
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

export function checkCommandId(commandId: string): Checked<string> {
  if (commandId.length === 0 || commandId.length > TICKET_LIMITS.commandIdCharacters)
    return reject('TICKET_COMMAND_ID_INVALID');
  return commandId;
}

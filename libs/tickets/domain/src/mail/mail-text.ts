/**
 * A mail's words as the desk keeps them: subjects and addresses without anything that could end a
 * header (header injection), Message-IDs bare and bounded, and the ticket number a subject carries.
 */
import { TICKET_LIMITS } from '../limits';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** A subject on one line, control characters (CR, LF, NUL, …) turned into spaces, bounded; empty stays empty. */
export function cleanSubject(subject: string | null | undefined): string {
  const line = (subject ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > TICKET_LIMITS.subjectCharacters
    ? `${chars.slice(0, TICKET_LIMITS.subjectCharacters - 1).join('')}…`
    : line;
}

/** A display name on one line, bounded; empty when there is none. */
export function cleanDisplayName(name: string | null | undefined): string {
  const line = (name ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return [...line].slice(0, TICKET_LIMITS.requesterNameCharacters).join('');
}

/** A mail address in lower case, or null when it is not one (CR/LF, several @, spaces, too long). */
export function normaliseAddress(address: string | null | undefined): string | null {
  if (typeof address !== 'string') return null;
  const lower = address.trim().toLowerCase();
  if (lower.length === 0 || lower.length > TICKET_LIMITS.emailCharacters) return null;
  return ADDRESS.test(lower) ? lower : null;
}

/** A Message-ID without its angle brackets, or null when it is not usable (empty, spaces, control characters, too long). */
export function normaliseMessageId(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const bare = value.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (bare.length === 0 || bare.length > 250 || /[\s<>]/.test(bare) || HAS_CONTROL.test(bare)) return null;
  return bare;
}

/** The Message-IDs of an In-Reply-To or References header (several, in order), normalised. */
export function messageIdsOf(value: string | string[] | null | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  const ids = values.flatMap((each) => each.match(/<[^<>\s]+>/g) ?? each.split(/\s+/));
  return [...new Set(ids.map(normaliseMessageId).filter((id): id is string => id !== null))];
}

/** The ticket number in a subject's `[#1234]`, or null. */
export function subjectTicketNumber(subject: string): number | null {
  const match = /\[#(\d{1,9})\]/.exec(subject);
  if (!match) return null;
  const number = Number(match[1]);
  return number > 0 ? number : null;
}

/** A reply's subject: `[#<number>] <subject>`, without stacking `Re:` or a number already there. */
export function replySubject(number: number, subject: string): string {
  const bare = cleanSubject(subject)
    .replace(/^((re|aw|sv|fw|fwd|tr)\s*:\s*)+/i, '')
    .replace(/\[#\d+\]\s*/g, '')
    .trim();
  return cleanSubject(`[#${number}] ${bare}`);
}

/**
 * What visitors and staff may write at the reference desk: the limits and the checks, the same
 * in the api and in the browser apps (which import them from here, never copy them). Text is
 * kept exactly as typed (it is shown as text, never as HTML); only its length is limited,
 * counted in characters as people see them (code points).
 */
import { reject, type ChatRejection } from './errors';

/** A message, a first question, an offline question, an answer or a saved reply's text. */
export const MESSAGE_MAX_CHARACTERS = 10_000;
/** A visitor's name, after trimming. */
export const VISITOR_NAME_MAX_CHARACTERS = 80;
/** An email address (RFC 5321's path limit). */
export const EMAIL_MAX_CHARACTERS = 254;
/** The reason an agent gives when closing a chat, after trimming. */
export const CLOSE_REASON_MAX_CHARACTERS = 500;
/** The note that goes with a transfer. */
export const TRANSFER_NOTE_MAX_CHARACTERS = 1_000;
/** A saved reply's title, after trimming. */
export const SAVED_REPLY_TITLE_MAX_CHARACTERS = 80;
/** How many saved replies a department keeps. */
export const SAVED_REPLIES_PER_DEPARTMENT = 200;
/** A visitor's comment with their rating, after trimming. */
export const RATING_COMMENT_MAX_CHARACTERS = 1_000;
/** The lowest and highest score of a rating; GOOD_RATING_MIN and above count as good. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const GOOD_RATING_MIN = 4;
/** Staff a note can mention at once. */
export const NOTE_MENTIONS_MAX = 10;
/** A client-chosen id (message, command, request, reply), in UTF-16 units. */
export const CLIENT_ID_MAX_LENGTH = 128;
/** A visitor token: made by the visitor's browser, 32 random bytes in base64url (43 characters). */
export const VISITOR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

export const characters = (text: string) => [...text].length;

export function checkMessage(text: string): ChatRejection | undefined {
  if (text.trim().length === 0) return reject('CHAT_MESSAGE_EMPTY');
  if (characters(text) > MESSAGE_MAX_CHARACTERS) return reject('CHAT_MESSAGE_TOO_LONG');
  return undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_MARKUP = /[\u0000-\u001f\u007f<>]/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;
/** Control and format characters and line or paragraph separators (Cc, Cf, Zl, Zp): never in an address. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function checkVisitorName(name: string): ChatRejection | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0 || characters(trimmed) > VISITOR_NAME_MAX_CHARACTERS || CONTROL_OR_MARKUP.test(trimmed))
    return reject('CHAT_VISITOR_NAME_INVALID');
  return undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}\.[^\s@<>()[\]\\,;:".]{2,63}$/u;

/** An address mail can go to: one `local@domain.tld`, no spaces, no control or format characters. */
export const isEmailAddress = (email: string) =>
  email.length <= EMAIL_MAX_CHARACTERS && EMAIL.test(email) && !INVISIBLE_OR_CONTROL.test(email);

/** Checks an address as given (callers trim first). */
export function checkEmail(email: string): ChatRejection | undefined {
  return isEmailAddress(email) ? undefined : reject('CHAT_EMAIL_INVALID');
}

/** The same address, whatever the case or surrounding spaces. */
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function checkCloseReason(reason: string): ChatRejection | undefined {
  const trimmed = reason.trim();
  return trimmed.length === 0 || characters(trimmed) > CLOSE_REASON_MAX_CHARACTERS
    ? reject('CHAT_REASON_INVALID')
    : undefined;
}

export function checkTransferNote(note: string): ChatRejection | undefined {
  return characters(note) > TRANSFER_NOTE_MAX_CHARACTERS ? reject('CHAT_NOTE_TOO_LONG') : undefined;
}

export const isGoodRating = (score: number) => score >= GOOD_RATING_MIN;

/** A rating's score and comment as the visitor gave them; the comment is trimmed (empty: none). */
export function checkRating(score: number, comment: string | null | undefined): ChatRejection | undefined {
  if (!Number.isInteger(score) || score < RATING_MIN || score > RATING_MAX) return reject('CHAT_RATING_INVALID');
  if (comment && characters(comment.trim()) > RATING_COMMENT_MAX_CHARACTERS)
    return reject('CHAT_RATING_COMMENT_TOO_LONG');
  return undefined;
}

export function checkSavedReplyTitle(title: string): ChatRejection | undefined {
  const trimmed = title.trim();
  if (trimmed.length === 0 || characters(trimmed) > SAVED_REPLY_TITLE_MAX_CHARACTERS || CONTROL.test(trimmed))
    return reject('CHAT_SAVED_REPLY_TITLE_INVALID');
  return undefined;
}

export const isClientId = (id: string) => id.length > 0 && id.length <= CLIENT_ID_MAX_LENGTH;

export const isWellFormedVisitorToken = (token: string) => VISITOR_TOKEN_PATTERN.test(token);

/** The first words of a question, for the pending queue. */
export function firstWords(text: string, maxCharacters = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= maxCharacters ? flat : `${chars.slice(0, maxCharacters).join('').trimEnd()}…`;
}

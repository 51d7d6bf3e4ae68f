/**
 * What visitors and agents may write. Text is kept exactly as typed (it is shown as text, never
 * as HTML); only its length is limited, counted in characters as people see them (code points).
 */
import { reject, type ChatRejection } from './errors';

export const MESSAGE_MAX_CHARACTERS = 10_000;

export const characters = (text: string) => [...text].length;

export function checkMessage(text: string): ChatRejection | undefined {
  if (text.trim().length === 0) return reject('CHAT_MESSAGE_EMPTY');
  if (characters(text) > MESSAGE_MAX_CHARACTERS) return reject('CHAT_MESSAGE_TOO_LONG');
  return undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_MARKUP = /[\u0000-\u001f\u007f<>]/u;

export function checkVisitorName(name: string): ChatRejection | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0 || characters(trimmed) > 80 || CONTROL_OR_MARKUP.test(trimmed)) return reject('CHAT_VISITOR_NAME_INVALID');
  return undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}\.[^\s@<>()[\]\\,;:".]{2,63}$/u;

export function checkEmail(email: string): ChatRejection | undefined {
  return email.length <= 254 && EMAIL.test(email) ? undefined : reject('CHAT_EMAIL_INVALID');
}

/** The first words of a question, for the pending queue. */
export function firstWords(text: string, maxCharacters = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= maxCharacters ? flat : `${chars.slice(0, maxCharacters).join('').trimEnd()}…`;
}

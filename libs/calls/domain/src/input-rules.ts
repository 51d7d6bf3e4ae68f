/**
 * Limits and input rules of calls, as the console imports them: text lengths count characters as
 * people see them (code points).
 */
import { reject, type CallsRejection } from './errors';

export const NOTE_MAX_CHARACTERS = 4_000;
export const NOTES_PER_CALL_MAX = 200;
export const TOPIC_MAX_CHARACTERS = 200;
export const REQUESTER_TYPE_MAX_CHARACTERS = 64;
export const ATTEMPT_NOTE_MAX_CHARACTERS = 1_000;
export const ATTEMPTS_PER_CALLBACK_MAX = 50;
export const CALL_DURATION_MAX_SECONDS = 86_400;
export const CALL_LIST_NAME_MAX_CHARACTERS = 120;
export const CALL_LIST_DESCRIPTION_MAX_CHARACTERS = 2_000;
export const CALL_LIST_ENTRIES_MAX = 500;
export const CALL_LIST_LABEL_MAX_CHARACTERS = 120;
export const CALL_LIST_REFERENCE_MAX_CHARACTERS = 200;
/** How far back a call may be logged by hand. */
export const LOGGED_CALL_MAX_AGE_DAYS = 366;
export const CALL_PAGE_SIZE_MAX = 200;
/** The PBX's `user[]`: at most this many names of at most this many characters are kept. */
export const PBX_USERS_MAX = 50;
export const PBX_TEXT_MAX_CHARACTERS = 250;
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

export const characters = (text: string) => [...text].length;

/** Text kept as given but cut to a limit (for what a PBX sends, which is never refused for its length). */
export const cut = (text: string, max: number) => (characters(text) <= max ? text : [...text].slice(0, max).join(''));

const within = (text: string, max: number) => {
  const length = characters(text.trim());
  return length >= 1 && length <= max;
};

export function checkNote(text: string): string | CallsRejection {
  return within(text, NOTE_MAX_CHARACTERS) ? text.trim() : reject('CALL_NOTE_INVALID');
}

export function checkTopic(topic: string): string | CallsRejection {
  return within(topic, TOPIC_MAX_CHARACTERS) ? topic.trim() : reject('CALL_TOPIC_INVALID');
}

export function checkRequesterType(value: string | null | undefined): string | null | CallsRejection {
  if (value === null || value === undefined || value.trim() === '') return null;
  return within(value, REQUESTER_TYPE_MAX_CHARACTERS) ? value.trim() : reject('CALL_REQUESTER_TYPE_INVALID');
}

export function checkAttemptNote(note: string | null | undefined): string | null | CallsRejection {
  if (note === null || note === undefined || note.trim() === '') return null;
  return characters(note.trim()) <= ATTEMPT_NOTE_MAX_CHARACTERS ? note.trim() : reject('CALL_NOTE_INVALID');
}

export const isWholeDuration = (seconds: number) =>
  Number.isInteger(seconds) && seconds >= 0 && seconds <= CALL_DURATION_MAX_SECONDS;

/** A hand-logged call's start: an ISO instant no later than `now` (a minute's grace) and within the last year. */
export function checkLoggedStart(startedAt: string, now: string): string | CallsRejection {
  const start = Date.parse(startedAt);
  const at = Date.parse(now);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(startedAt) || Number.isNaN(start)) return reject('CALL_TIME_INVALID');
  if (start > at + 60_000 || start < at - LOGGED_CALL_MAX_AGE_DAYS * 86_400_000) return reject('CALL_TIME_INVALID');
  return new Date(start).toISOString();
}

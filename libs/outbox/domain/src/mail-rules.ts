/**
 * What a mail may be, the one copy the decider, the transports and the console share: one
 * recipient address, a one-line subject, a body, a bounded number of attempts. Nothing that
 * reaches a mail header may carry a control, format or line/paragraph-separator character
 * (Unicode Cc, Cf, Zl, Zp): mail programs read them as line breaks or hide them, so an address
 * with one could be written as another address or start a header of its own.
 */

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ATTEMPTS = 20;
/** The most mails one listing returns. */
export const MAX_LIST_LIMIT = 500;

const CONTROL_OR_SEPARATOR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const LINE_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** True when the value holds a control, format, line- or paragraph-separator character. */
export const hasControlCharacters = (value: string) => CONTROL_OR_SEPARATOR.test(value);

/** True when the value holds a control character or a line or paragraph separator (format characters such as ZWNJ are fine in text). */
export const hasLineBreakingCharacters = (value: string) => LINE_BREAKING.test(value);

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}\.[^\s@<>()[\]\\,;:".]{2,63}$/u;

/** One plain address (`name@example.org`), at most 254 characters, with no control or separator characters. */
export const isEmailAddress = (value: string) =>
  value.length <= 254 && !hasControlCharacters(value) && EMAIL.test(value);

/** 1 to 200 characters after trimming, on one line. */
export const isSubject = (subject: string) =>
  subject.trim().length > 0 && subject.length <= MAX_SUBJECT_LENGTH && !/[\r\n]/.test(subject);

export const isMailText = (text: string) => text.trim().length > 0 && text.length <= MAX_TEXT_LENGTH;

export const isMaxAttempts = (maxAttempts: number) =>
  Number.isInteger(maxAttempts) && maxAttempts >= 1 && maxAttempts <= MAX_ATTEMPTS;

export const isListLimit = (limit: number) => Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIST_LIMIT;

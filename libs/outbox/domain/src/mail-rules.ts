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

/** At most 10 files, 2 MB together (counted as stored: base64 counts its encoded length). */
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENTS_BYTES = 2 * 1024 * 1024;
/** At most 50 earlier messages named in References. */
export const MAX_REFERENCES = 50;

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(; ?[a-z0-9-]+=[a-z0-9-]+)?$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** `local@domain` as a Message-ID holds it between angle brackets: printable ASCII, no spaces or brackets. */
const MESSAGE_ID = /^[!#-'*+\-/-9=?A-Z^-~.]{1,200}@[A-Za-z0-9.-]{1,200}$/;

interface AttachmentShape {
  filename: string;
  contentType: string;
  content: string;
  encoding?: string;
}

/** A file name of 1 to 200 characters on one line, without path separators. */
const isFilename = (name: string) =>
  name.trim().length > 0 && name.length <= 200 && !hasControlCharacters(name) && !/[/\\]/.test(name);

export function areAttachments(attachments: readonly AttachmentShape[] | undefined): boolean {
  if (attachments === undefined) return true;
  if (attachments.length > MAX_ATTACHMENTS) return false;
  let bytes = 0;
  for (const file of attachments) {
    if (!isFilename(file.filename) || !CONTENT_TYPE.test(file.contentType)) return false;
    if (file.encoding !== undefined && file.encoding !== 'utf-8' && file.encoding !== 'base64') return false;
    if (file.encoding === 'base64' && !BASE64.test(file.content)) return false;
    bytes += file.content.length;
  }
  return bytes <= MAX_ATTACHMENTS_BYTES;
}

export const isMessageId = (value: string) => MESSAGE_ID.test(value);

export function isThreading(threading: { messageId?: string; inReplyTo?: string; references?: string[] } | undefined) {
  if (threading === undefined) return true;
  const { messageId, inReplyTo, references = [] } = threading;
  if (messageId !== undefined && !isMessageId(messageId)) return false;
  if (inReplyTo !== undefined && !isMessageId(inReplyTo)) return false;
  return references.length <= MAX_REFERENCES && references.every(isMessageId);
}

/**
 * How a mail leaves: the message as nodemailer builds it (plain UTF-8 text, a Message-ID made
 * from the mail id so a receiver can tell a repeat), handed to a transport. No header value is
 * ever written with a control, format or line-separator character in it: an address or id with
 * one is refused (the attempt fails), and such characters in the subject become spaces.
 */
import { hasControlCharacters, type MailExtras, type MailTransportKind } from '@deskstream/outbox-domain';
import type { MailRecord } from '@deskstream/outbox-read-models';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  queuedAt: string;
  extras?: MailExtras;
}

export interface Delivery {
  transport: MailTransportKind;
  /** The server's answer, or where the file was written (relative to the data dir). */
  detail: string;
}

export interface MailTransport {
  readonly kind: MailTransportKind;
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): void;
}

export const DEFAULT_FROM = 'Deskstream <desk@deskstream.localhost>';

export const outgoing = (mail: MailRecord): OutgoingMail => ({
  id: mail.id,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  queuedAt: mail.queuedAt,
  extras: mail.extras,
});

/** Thrown (so the attempt fails) rather than write a header that mail programs would read differently. */
export class UnsafeHeaderError extends Error {
  constructor(header: string) {
    super(`The ${header} header holds a control or line-separator character; the mail is not written.`);
    this.name = 'UnsafeHeaderError';
  }
}

const LINE_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

function safeHeader(header: string, value: string): string {
  if (hasControlCharacters(value)) throw new UnsafeHeaderError(header);
  return value;
}

/** The message fields nodemailer takes, the same for every transport. */
export function messageOf(mail: OutgoingMail, from: string) {
  const id = safeHeader('Message-ID', mail.id);
  const { replyTo, threading, attachments = [], autoSubmitted } = mail.extras ?? {};
  const bracketed = (header: string, value: string) => `<${safeHeader(header, value)}>`;
  return {
    from: safeHeader('From', from),
    to: safeHeader('To', mail.to),
    ...(replyTo ? { replyTo: safeHeader('Reply-To', replyTo) } : {}),
    // Format characters (ZWNJ in Persian, say) stay: nodemailer encodes any non-ASCII subject.
    subject: mail.subject.replace(LINE_BREAKING, ' '),
    text: mail.text,
    date: new Date(mail.queuedAt),
    messageId: threading?.messageId ? bracketed('Message-ID', threading.messageId) : `<${id}@deskstream.localhost>`,
    ...(threading?.inReplyTo ? { inReplyTo: bracketed('In-Reply-To', threading.inReplyTo) } : {}),
    ...(threading?.references?.length
      ? { references: threading.references.map((reference) => bracketed('References', reference)) }
      : {}),
    attachments: attachments.map((file) => ({
      filename: safeHeader('Content-Disposition', file.filename),
      contentType: safeHeader('Content-Type', file.contentType),
      content: file.content,
      encoding: file.encoding === 'base64' ? 'base64' : 'utf-8',
    })),
    headers: { 'X-Deskstream-Mail-Id': id, ...(autoSubmitted ? { 'Auto-Submitted': autoSubmitted } : {}) },
  };
}

/**
 * How a mail leaves: the message as nodemailer builds it (plain UTF-8 text, a Message-ID made
 * from the mail id so a receiver can tell a repeat), handed to a transport.
 */
import type { MailTransportKind } from './events';
import type { MailRecord } from './read-model';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  queuedAt: string;
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

export const outgoing = (mail: MailRecord): OutgoingMail => ({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, queuedAt: mail.queuedAt });

/** The message fields nodemailer takes, the same for every transport. */
export function messageOf(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    date: new Date(mail.queuedAt),
    messageId: `<${mail.id}@deskstream.localhost>`,
    headers: { 'X-Deskstream-Mail-Id': mail.id },
  };
}

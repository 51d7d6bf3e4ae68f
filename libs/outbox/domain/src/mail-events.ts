/**
 * The outbox's events: every outgoing mail is a stream `mail-<id>`. A mail is queued once, each
 * delivery attempt is claimed before it runs (so two senders never run the same attempt), and
 * ends as sent or failed; a failure names when the next attempt is due, or none after the last.
 */

export const mailStream = (mailId: string) => `mail-${mailId}`;

/**
 * What a mail is about, so staff can trace it back (e.g. `{ kind: 'offline-question', id,
 * departmentId }`). The department (added later; older mails have none) decides who may read
 * the mail: agents of that department, supervisors and admins. A mail without one is for
 * supervisors and admins only.
 */
export interface MailPurpose {
  kind: string;
  id: string;
  departmentId?: string;
}

export type MailTransportKind = 'SMTP' | 'LOCAL_FILE';

/**
 * A file sent with the mail, held in the event itself (an invitation's .ics, a small document):
 * `content` is UTF-8 text, or base64 when `encoding` says so. Limits in `mail-rules.ts`.
 */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'utf-8' | 'base64';
}

/**
 * How the mail joins a conversation in the recipient's mail program: its own Message-ID (a
 * bare `id@domain`, without angle brackets), the message it answers and the thread before it.
 * Without it the Message-ID is made from the mail id.
 */
export interface MailThreading {
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
}

/** What a mail may carry besides its text (added later: older mails have none of it). */
export interface MailExtras {
  /** Where the recipient's answer goes, e.g. a department's inbound address. */
  replyTo?: string;
  threading?: MailThreading;
  attachments?: MailAttachment[];
  /**
   * The desk's own automatic mail (a receipt, a refusal) says so in `Auto-Submitted` (RFC 3834),
   * so the other side's auto-responders do not answer it and no mail loop starts.
   */
  autoSubmitted?: 'auto-generated' | 'auto-replied';
}

export type MailQueued = {
  type: 'MailQueued';
  data: {
    mailId: string;
    to: string;
    subject: string;
    text: string;
    purpose: MailPurpose;
    maxAttempts: number;
    queuedAt: string;
  } & MailExtras;
};
/** An attempt was claimed by one sender until `leaseUntil`; after that another may try again. */
export type MailSendStarted = {
  type: 'MailSendStarted';
  data: { mailId: string; attempt: number; startedAt: string; leaseUntil: string };
};
export type MailSent = {
  type: 'MailSent';
  data: { mailId: string; attempt: number; sentAt: string; transport: MailTransportKind; detail: string };
};
/** `retryAt` null: no attempts are left, the mail has failed for good. */
export type MailFailed = {
  type: 'MailFailed';
  data: { mailId: string; attempt: number; failedAt: string; reason: string; retryAt: string | null };
};

export type MailEvent = MailQueued | MailSendStarted | MailSent | MailFailed;

export const OUTBOX_EVENT_TYPES = [
  'MailQueued',
  'MailSendStarted',
  'MailSent',
  'MailFailed',
] as const satisfies readonly MailEvent['type'][];

/** How much a ticket's files and an inbound mail may weigh, and how often one sender may write. */
import { TICKET_LIMITS } from '../limits';

export const ATTACHMENT_LIMITS = {
  /** Files in one upload or one mail. */
  maxFiles: TICKET_LIMITS.maxAttachments,
  /** Bytes of one file. */
  maxFileBytes: TICKET_LIMITS.maxAttachmentBytes,
  /** Characters of a kept file name. */
  maxFileNameLength: 120,
} as const;

export const INBOUND_MAIL_LIMITS = {
  /** Bytes of one raw message, checked while it is received (SMTP `SIZE`, then during DATA). */
  maxMessageBytes: 30 * 1024 * 1024,
  /** Recipients of one message. */
  maxRecipients: 50,
} as const;

/** A mail loop is a sender writing more than `max` mails within `windowMs`; the rest are kept, with no ticket. */
export const SENDER_LIMIT = { max: 20, windowMs: 10 * 60_000 } as const;

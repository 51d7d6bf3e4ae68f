/**
 * A reply's mail: to the requester when they chose email and their address has not bounced,
 * through the outbox (a port the api connects), with the department's inbound address as
 * Reply-To and threading headers so the requester's mail program keeps the thread:
 * Message-ID `ticket-<number>.<reply id>@<mail domain>`, In-Reply-To their last mail, References
 * the thread.
 */
import type { MailAttachment, MailThreading } from '@deskstream/outbox-domain';
import type { MailHeaders, TicketActor, TicketAttachment } from '@deskstream/tickets-domain';
import type { TicketRecord } from '@deskstream/tickets-read-models';
import { TICKET_REPLY_MAIL } from '@deskstream/tickets-read-models';
import type { Actor } from '@deskstream/domain-kit';

/** The outbox's `MailToQueue`, as tickets need it. */
export interface TicketMail {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: { kind: string; id: string; departmentId?: string };
  replyTo?: string;
  threading?: MailThreading;
  attachments?: MailAttachment[];
}

export interface TicketMailbox {
  queue(mail: TicketMail, commandId: string, actor: Actor): Promise<{ ok: true } | { ok: false; message: string }>;
}

export interface ReplyToMail {
  mailId: string;
  messageId: string;
  text: string;
  attachments: TicketAttachment[];
  author: TicketActor;
  headers: MailHeaders;
}

/** Builds a reply's mail from the ticket and the reply; the api may put the mail context's wording in its place. */
export type ReplyMailBuilder = (ticket: TicketRecord, reply: ReplyToMail, replyTo: string | null) => TicketMail;

/** Where a reply would go by mail; null when it is not mailed (phone, no contact, or the address bounced). */
export const mailRecipient = (ticket: TicketRecord): string | null =>
  ticket.requester.contactMethod === 'EMAIL' && ticket.requester.email && !ticket.requester.emailUndeliverable
    ? ticket.requester.email
    : null;

/** The threading headers of a reply on this ticket. */
export function replyHeaders(ticket: TicketRecord, replyId: string, mailDomain: string): MailHeaders {
  return {
    messageId: `ticket-${ticket.number}.${replyId}@${mailDomain}`,
    inReplyTo: ticket.lastInboundMessageId,
    references: ticket.mailMessageIds.slice(-20),
  };
}

export const defaultReplyMail: ReplyMailBuilder = (ticket, reply, replyTo) => {
  const files = reply.attachments.map((file) => `- ${file.filename}`).join('\n');
  return {
    mailId: reply.mailId,
    to: mailRecipient(ticket) ?? '',
    subject: `[#${ticket.number}] ${ticket.subject}`,
    text: files ? `${reply.text}\n\n${files}` : reply.text,
    purpose: { kind: TICKET_REPLY_MAIL, id: ticket.id, departmentId: ticket.departmentId },
    ...(replyTo ? { replyTo } : {}),
    threading: {
      messageId: reply.headers.messageId,
      ...(reply.headers.inReplyTo ? { inReplyTo: reply.headers.inReplyTo } : {}),
      references: reply.headers.references,
    },
  };
};

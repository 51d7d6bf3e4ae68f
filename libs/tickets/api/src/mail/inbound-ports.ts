/** What the inbound mail pipeline needs from the rest of the tickets module, as small structural ports. */
import type { MailPurpose } from '@deskstream/outbox-domain';
import type { ThreadCandidate } from '@deskstream/tickets-domain';
import type { TicketCommands } from '../ticket-commands';

export type InboundTicketCommands = Pick<TicketCommands, 'open' | 'receiveMessage' | 'recordBounce' | 'run'>;

/** A ticket as threading sees it, with its department. */
export type InboundTicket = ThreadCandidate & { departmentId: string };

export interface InboundLookup {
  byMessageId(messageId: string): InboundTicket | undefined;
  byNumber(number: number): InboundTicket | undefined;
  byId(id: string): InboundTicket | undefined;
  /** The department of the first recipient that is a configured inbound address, else the default inbox's; null when none is configured. */
  departmentForRecipients(addresses: readonly string[]): string | null;
  /** The requester type a mail's ticket gets (the configured list's `customer`, else its first). */
  defaultRequesterType(): string;
}

/** The outbox, for the few mails the pipeline itself sends (a refusal to a polled mailbox's sender). */
export interface InboundMailer {
  queue(
    mail: { mailId: string; to: string; subject: string; text: string; purpose: MailPurpose },
    commandId: string,
    actor: { kind: 'system'; id: string },
  ): Promise<unknown>;
}

/** Where a mail came in: the SMTP listener (the sending server bounces a refusal) or a polled mailbox. */
export type InboundSource = 'smtp' | 'imap';

export interface Envelope {
  /** The SMTP envelope sender; '' for the null sender `<>` (bounces), null when unknown (a polled mailbox). */
  from: string | null;
  to: string[];
}

export type InboundResult =
  | { kind: 'ACCEPTED'; outcome: string; ticketId: string | null; detail: string }
  | { kind: 'DUPLICATE' }
  | { kind: 'REFUSED'; smtpCode: 550 | 552; message: string };

/** Each received mail (`inbound-mail-<key>`): kept once per Message-ID, and what became of it. */
import type { TicketEvent, TicketNumberAllocated } from './tickets-events';
import type { TicketSettingsEvent, TicketViewEvent } from './ticket-settings-events';

/** What became of a received mail. */
export const INBOUND_MAIL_OUTCOMES = [
  /** Opened a ticket. */
  'OPENED',
  /** Threaded into an existing ticket. */
  'THREADED',
  /** An auto-reply, mailing-list mail or other automatic mail: kept, never answered, no ticket. */
  'IGNORED_AUTOMATIC',
  /** A delivery status report: the bounced address was marked undeliverable. */
  'BOUNCE_RECORDED',
  /** Too many mails from this sender in a short time (a mail loop): kept, no ticket. */
  'SENDER_LIMITED',
  /** Refused (malformed, too large, too many attachments): the sender was told why. */
  'REFUSED',
] as const;
export type InboundMailOutcome = (typeof INBOUND_MAIL_OUTCOMES)[number];

export type InboundMailReceived = {
  type: 'InboundMailReceived';
  data: {
    key: string;
    messageId: string | null;
    from: string;
    to: string[];
    subject: string;
    /** The raw message, kept content-addressed. */
    rawHash: string;
    size: number;
    /** `smtp` (the listener) or `imap` (a polled mailbox). */
    source: 'smtp' | 'imap';
    receivedAt: string;
  };
};
export type InboundMailProcessed = {
  type: 'InboundMailProcessed';
  data: {
    key: string;
    outcome: InboundMailOutcome;
    ticketId: string | null;
    departmentId: string | null;
    /** Why, in a few words (e.g. `Auto-Submitted: auto-replied`, the refusal's reason). */
    detail: string;
    processedAt: string;
  };
};
export type InboundMailEvent = InboundMailReceived | InboundMailProcessed;

export const INBOUND_MAIL_EVENT_TYPES = [
  'InboundMailReceived',
  'InboundMailProcessed',
] as const satisfies readonly InboundMailEvent['type'][];
/** Every event the tickets context writes. */
export type TicketsContextEvent =
  TicketEvent | TicketNumberAllocated | TicketSettingsEvent | TicketViewEvent | InboundMailEvent;

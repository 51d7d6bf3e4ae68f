/**
 * What feedback needs from the other contexts, as ports the api connects (feedback imports none of
 * them): the conversation items it captures from, the staff it checks for the PRODUCT role, the
 * tickets (an answer as a reply on the reporter's ticket) and the outbox (an answer by mail).
 */
import type { SignedInStaff } from '@deskstream/access';
import type { Actor } from '@deskstream/domain-kit';
import type {
  FeedbackChannel,
  FeedbackReporter,
  FeedbackSource,
  FeedbackSourceKind,
} from '@deskstream/feedback-domain';

/** The refs a client gives to capture a conversation item. */
export interface FeedbackSourceRefs {
  kind: FeedbackSourceKind;
  chatId?: string | null;
  ticketId?: string | null;
  messageId?: string | null;
  callId?: string | null;
  noteId?: string | null;
  questionId?: string | null;
}

/** A conversation item as the source context holds it: what a capture keeps of it. */
export interface FoundSource {
  source: FeedbackSource;
  channel: FeedbackChannel;
  text: string;
  /** As the source knows it (a chat's page, a ticket's requester), else read from the text. */
  language: string | null;
  reporter: FeedbackReporter;
  product: string | null;
  version: string | null;
}

export interface FeedbackSources {
  /** The item, if it exists and the staff member may see it; undefined otherwise. */
  find(refs: FeedbackSourceRefs, staff: SignedInStaff): FoundSource | undefined;
}

export interface FeedbackStaff {
  /** Whether a staff member exists and holds the PRODUCT role. */
  isProductStaff(staffId: string): boolean;
  /** A staff member's display name, if they exist. */
  nameOf(staffId: string): string | undefined;
}

export type TicketReplyOutcome = { ok: true; ticketId: string } | { ok: false; reason: 'NOT_FOUND' | 'REJECTED' };

export interface FeedbackTicketReplies {
  /** Replies on the ticket (or the ticket it was merged into); the same command id again replies once. */
  reply(ticketId: string, text: string, commandId: string): Promise<TicketReplyOutcome>;
  /** A ticket's number, if it exists. */
  numberOf(ticketId: string): number | undefined;
}

export interface FeedbackMail {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: { kind: string; id: string };
}

/** The outbox as feedback needs it. `exists`: a mail with this id was queued by another command. */
export interface FeedbackMailbox {
  queue(
    mail: FeedbackMail,
    commandId: string,
    actor: Actor,
  ): Promise<{ ok: true } | { ok: false; exists: boolean; message: string }>;
}

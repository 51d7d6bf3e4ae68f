/**
 * What a ticket (`ticket-<id>`) can be asked. Time comes in the command (`at`), so deciders stay
 * pure; the actor is who asks. Edits that staff make from a page they have been looking at carry
 * the revision they saw (`expectedRevision`): a ticket changed meanwhile answers a conflict the
 * agent resolves, never a silent overwrite.
 */
import type {
  MailHeaders,
  TicketActor,
  TicketAttachment,
  TicketChannel,
  TicketFieldValue,
  TicketLinkKind,
  TicketOrigin,
  TicketPriority,
  TicketRequester,
  TicketStatus,
} from './tickets-events';

export interface OpenTicketData {
  ticketId: string;
  /** Allocated from `ticket-numbers` before the ticket is opened. */
  number: number;
  channel: TicketChannel;
  requester: TicketRequester;
  requesterType: string;
  departmentId: string;
  subject: string;
  priority: TicketPriority;
  product: string | null;
  version: string | null;
  fields: Record<string, TicketFieldValue>;
  tags: string[];
  origin: TicketOrigin | null;
  accessTokenHash: string | null;
  /** The first message (the form's text, the mail's body, the call's notes); none for an empty ticket staff fill in later. */
  firstMessage: ReceiveMessageData | null;
}

export interface ReceiveMessageData {
  messageId: string;
  via: TicketChannel;
  from: { name: string; address: string | null };
  text: string;
  attachments: TicketAttachment[];
  mail: (MailHeaders & { rawHash: string; cc: string[] }) | null;
}

export interface ReplyData {
  messageId: string;
  text: string;
  attachments: TicketAttachment[];
  mailId: string | null;
  to: string | null;
  mail: MailHeaders | null;
  /** The status to leave the ticket in after the reply (e.g. WAITING_FOR_CUSTOMER, SOLVED); null keeps the decider's default. */
  status: TicketStatus | null;
}

type Stamped<D> = { data: D; at: string; actor: TicketActor; expectedRevision?: number };

export type TicketCommand =
  | ({ type: 'OpenTicket' } & Stamped<OpenTicketData>)
  | ({ type: 'ReceiveMessage' } & Stamped<ReceiveMessageData>)
  | ({ type: 'Reply' } & Stamped<ReplyData>)
  | ({ type: 'AddNote' } & Stamped<{ noteId: string; text: string; mentions: string[] }>)
  | ({ type: 'ChangeStatus' } & Stamped<{ status: TicketStatus }>)
  | ({ type: 'ChangePriority' } & Stamped<{ priority: TicketPriority }>)
  | ({ type: 'Assign' } & Stamped<{
      departmentId: string;
      agentId: string | null;
      agentName: string | null;
      automatic: boolean;
    }>)
  | ({ type: 'ChangeTags' } & Stamped<{ add: string[]; remove: string[] }>)
  | ({ type: 'SetFields' } & Stamped<{ fields: Record<string, TicketFieldValue> }>)
  | ({ type: 'ChangeDetails' } & Stamped<{
      subject?: string;
      product?: string | null;
      version?: string | null;
      requesterType?: string;
    }>)
  | ({ type: 'MergeInto' } & Stamped<{ survivorId: string; survivorNumber: number }>)
  | ({ type: 'Absorb' } & Stamped<{ mergedId: string; mergedNumber: number }>)
  | ({ type: 'Link' } & Stamped<{ otherId: string; otherNumber: number; kind: TicketLinkKind }>)
  | ({ type: 'Unlink' } & Stamped<{ otherId: string }>)
  | ({ type: 'RecordBounce' } & Stamped<{ messageId: string | null; address: string; reason: string }>)
  | ({ type: 'RecordArticleDraft' } & Stamped<{ articleId: string }>);

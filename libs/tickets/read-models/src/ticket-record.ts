/** A ticket as the read model keeps it: what lists show, its timeline, and the moments its SLA is computed from. */
import type {
  SlaMoment,
  TicketActor,
  TicketAttachment,
  TicketChannel,
  TicketFieldValue,
  TicketLinkKind,
  TicketOrigin,
  TicketPriority,
  TicketRequester,
  TicketStatus,
} from '@deskstream/tickets-domain';

export type TimelineKind =
  | 'OPENED'
  | 'MESSAGE'
  | 'REPLY'
  | 'NOTE'
  | 'STATUS_CHANGED'
  | 'PRIORITY_CHANGED'
  | 'ASSIGNED'
  | 'TAGS_CHANGED'
  | 'FIELDS_CHANGED'
  | 'DETAILS_CHANGED'
  | 'MERGED_INTO'
  | 'ABSORBED'
  | 'LINKED'
  | 'UNLINKED'
  | 'REPLY_BOUNCED'
  | 'SLA_BREACHED'
  | 'ARTICLE_DRAFTED';

export interface TimelineEntryRecord {
  id: string;
  kind: TimelineKind;
  at: string;
  actor: TicketActor;
  text?: string;
  attachments?: TicketAttachment[];
  via?: TicketChannel;
  /** MESSAGE, REPLY: the message id (a reply's delivery is looked up by it). */
  messageId?: string;
  /** REPLY: the outbox mail and address. */
  mailId?: string | null;
  to?: string | null;
  /** NOTE: mentioned staff ids. */
  mentions?: string[];
  status?: TicketStatus;
  previousStatus?: TicketStatus;
  priority?: TicketPriority;
  departmentId?: string;
  assignee?: { id: string; name: string } | null;
  automatic?: boolean;
  tagsAdded?: string[];
  tagsRemoved?: string[];
  fields?: Record<string, TicketFieldValue>;
  otherTicketId?: string;
  linkKind?: TicketLinkKind;
  slaMetric?: 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION';
  detail?: string | null;
  articleId?: string;
  /** Set on entries of a ticket merged into this one. */
  fromTicketId?: string;
}

export interface TicketRecord {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: TicketChannel;
  requester: TicketRequester & { emailUndeliverable: boolean };
  requesterType: string;
  departmentId: string;
  assignee: { id: string; name: string } | null;
  product: string | null;
  version: string | null;
  tags: string[];
  fields: Record<string, TicketFieldValue>;
  origin: TicketOrigin | null;
  accessTokenHash: string | null;
  openedAt: string;
  updatedAt: string;
  /** `updatedAt` in milliseconds, for sorting without parsing. */
  updatedMs: number;
  firstResponseAt: string | null;
  solvedAt: string | null;
  closedAt: string | null;
  preview: string;
  messageCount: number;
  mergedInto: { id: string; number: number } | null;
  absorbed: string[];
  links: { otherId: string; kind: TicketLinkKind }[];
  /** The ticket stream's revision (its last event's). */
  revision: number;
  timeline: TimelineEntryRecord[];
  /** What the SLA clock reads: requester messages, replies and status changes, in order. */
  sla: SlaMoment[];
  /** Every Message-ID received or sent on this ticket, and the addresses that took part (for mail threading). */
  mailMessageIds: string[];
  participants: string[];
  /** The requester's last mail's Message-ID and the thread's references, for a reply's headers. */
  lastInboundMessageId: string | null;
}

/** A few words of a text, on one line. */
export const previewOf = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
};

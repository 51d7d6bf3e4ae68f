/**
 * The tickets context's published language: every ticket is a stream `ticket-<id>`; its number
 * comes from one sequence stream, allocated through the store's expected revision (the stream's
 * revision + 1 is the number, so a number never repeats); the desk's ticket settings (requester
 * types, inbound addresses, custom fields, automatic assignment, business calendars, SLA
 * policies) live in `ticket-settings`; each saved view in `ticket-view-<id>`; each inbound mail,
 * keyed by its Message-ID, in `inbound-mail-<key>` (so the same mail delivered twice is written
 * once). Every event says who and when. Payload changes are additive only.
 */

export const ticketStream = (ticketId: string) => `ticket-${ticketId}`;
export const TICKET_NUMBER_STREAM = 'ticket-numbers';
export const TICKET_SETTINGS_STREAM = 'ticket-settings';
export const ticketViewStream = (viewId: string) => `ticket-view-${viewId}`;
/** `key`: a hash of the normalised Message-ID (or of the raw message when it has none). */
export const inboundMailStream = (key: string) => `inbound-mail-${key}`;

export const TICKET_STATUSES = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD', 'SOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CHANNELS = ['WEB_FORM', 'EMAIL', 'PHONE', 'LETTER', 'CHAT', 'OFFLINE_QUESTION', 'WALK_IN'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const CONTACT_METHODS = ['EMAIL', 'PHONE', 'NONE'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const TICKET_LINK_KINDS = ['RELATED', 'DUPLICATE', 'PARENT', 'CHILD'] as const;
export type TicketLinkKind = (typeof TICKET_LINK_KINDS)[number];

export const TICKET_FIELD_KINDS = ['TEXT', 'NUMBER', 'SELECT', 'DATE'] as const;
export type TicketFieldKind = (typeof TICKET_FIELD_KINDS)[number];

export const SLA_METRICS = ['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

export interface LocalizedName {
  fa: string;
  en: string;
  ja: string;
  vi: string;
}

/** Who did it: a staff member, the requester (through mail, the form or the secret link), or the desk itself. */
export type TicketActor =
  { kind: 'STAFF'; id: string; name: string } | { kind: 'REQUESTER'; name: string } | { kind: 'SYSTEM'; name: string };

/** The person the ticket is for; until customer records exist, their name and contact points on the ticket. */
export interface TicketRequester {
  name: string;
  email: string | null;
  /** E.164 when it could be read as a phone number, else as given. */
  phone: string | null;
  /** fa, en, ja or vi: the language answers are worded in. */
  language: string;
  contactMethod: ContactMethod;
  /** Set once a customer record exists (the calls-and-customers context). */
  customerId?: string;
}

/** A file kept content-addressed under the data folder (or an S3-compatible store); the event holds only this. */
export interface TicketAttachment {
  /** sha256 of the content, hex. */
  hash: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A mail's own threading headers, bare `id@domain` without angle brackets. */
export interface MailHeaders {
  messageId: string;
  inReplyTo: string | null;
  references: string[];
}

export type TicketFieldValue = string | number | null;

/** Where a ticket came from when another part of the desk started it. */
export interface TicketOrigin {
  kind: 'chat' | 'offline-question' | 'inbound-mail' | 'web-form';
  id: string;
}

export type TicketOpened = {
  type: 'TicketOpened';
  data: {
    ticketId: string;
    number: number;
    channel: TicketChannel;
    requester: TicketRequester;
    /** A key of the configured requester types (patron, publisher, buyer, customer, …). */
    requesterType: string;
    departmentId: string;
    subject: string;
    priority: TicketPriority;
    product: string | null;
    version: string | null;
    fields: Record<string, TicketFieldValue>;
    tags: string[];
    origin: TicketOrigin | null;
    /** sha256 (hex) of the secret link's token; null when no link was made (e.g. a letter). */
    accessTokenHash: string | null;
    openedAt: string;
    openedBy: TicketActor;
  };
};

/** A message from the requester (or a participant) by mail, the web form, the secret link, or typed in by staff from a call or a letter. */
export type TicketMessageReceived = {
  type: 'TicketMessageReceived';
  data: {
    ticketId: string;
    messageId: string;
    via: TicketChannel;
    from: { name: string; address: string | null };
    text: string;
    attachments: TicketAttachment[];
    /** For mail: its threading headers and the kept raw message (content hash). */
    mail: (MailHeaders & { rawHash: string; cc: string[] }) | null;
    receivedAt: string;
    /** Staff who typed it in, for a call or a letter; the requester otherwise. */
    recordedBy: TicketActor;
  };
};

/** A public reply to the requester, queued in the outbox (mail) or, with contact method NONE or PHONE, only shown on the secret link. */
export type TicketReplied = {
  type: 'TicketReplied';
  data: {
    ticketId: string;
    messageId: string;
    text: string;
    attachments: TicketAttachment[];
    /** The outbox mail carrying it; null when it was not mailed. */
    mailId: string | null;
    to: string | null;
    mail: MailHeaders | null;
    repliedAt: string;
    author: TicketActor;
  };
};

export type TicketNoteAdded = {
  type: 'TicketNoteAdded';
  data: { ticketId: string; noteId: string; text: string; mentions: string[]; addedAt: string; author: TicketActor };
};

export type TicketStatusChanged = {
  type: 'TicketStatusChanged';
  data: {
    ticketId: string;
    from: TicketStatus;
    to: TicketStatus;
    /** Why, when the desk changed it: e.g. CUSTOMER_REPLIED (reopened), AUTO_CLOSED, MERGED. */
    cause: string | null;
    changedAt: string;
    by: TicketActor;
  };
};

export type TicketPriorityChanged = {
  type: 'TicketPriorityChanged';
  data: { ticketId: string; from: TicketPriority; to: TicketPriority; changedAt: string; by: TicketActor };
};

export type TicketAssigned = {
  type: 'TicketAssigned';
  data: {
    ticketId: string;
    departmentId: string;
    /** null: the department's queue, nobody in particular. */
    agentId: string | null;
    agentName: string | null;
    /** True when the department's round-robin chose the agent. */
    automatic: boolean;
    assignedAt: string;
    by: TicketActor;
  };
};

export type TicketTagsChanged = {
  type: 'TicketTagsChanged';
  data: { ticketId: string; added: string[]; removed: string[]; changedAt: string; by: TicketActor };
};

export type TicketFieldsChanged = {
  type: 'TicketFieldsChanged';
  data: { ticketId: string; fields: Record<string, TicketFieldValue>; changedAt: string; by: TicketActor };
};

/** Subject, product, version or requester type corrected by staff (only the ones that changed are present). */
export type TicketDetailsChanged = {
  type: 'TicketDetailsChanged';
  data: {
    ticketId: string;
    subject?: string;
    product?: string | null;
    version?: string | null;
    requesterType?: string;
    changedAt: string;
    by: TicketActor;
  };
};

/** On the merged ticket: it now points to the survivor (mail to it still threads, into the survivor). */
export type TicketMergedInto = {
  type: 'TicketMergedInto';
  data: { ticketId: string; survivorId: string; survivorNumber: number; mergedAt: string; by: TicketActor };
};

/** On the survivor: another ticket's history now shows in its timeline. */
export type TicketAbsorbed = {
  type: 'TicketAbsorbed';
  data: { ticketId: string; mergedId: string; mergedNumber: number; mergedAt: string; by: TicketActor };
};

export type TicketLinked = {
  type: 'TicketLinked';
  data: {
    ticketId: string;
    otherId: string;
    otherNumber: number;
    kind: TicketLinkKind;
    linkedAt: string;
    by: TicketActor;
  };
};

export type TicketUnlinked = {
  type: 'TicketUnlinked';
  data: { ticketId: string; otherId: string; unlinkedAt: string; by: TicketActor };
};

/** A reply could not be delivered: a bounce (DSN) came back for it. The address is marked undeliverable. */
export type TicketReplyBounced = {
  type: 'TicketReplyBounced';
  data: { ticketId: string; messageId: string | null; address: string; reason: string; bouncedAt: string };
};

/** A knowledge-base article draft was started from this ticket's answer. */
export type TicketArticleDrafted = {
  type: 'TicketArticleDrafted';
  data: { ticketId: string; articleId: string; draftedAt: string; by: TicketActor };
};

export type TicketEvent =
  | TicketOpened
  | TicketMessageReceived
  | TicketReplied
  | TicketNoteAdded
  | TicketStatusChanged
  | TicketPriorityChanged
  | TicketAssigned
  | TicketTagsChanged
  | TicketFieldsChanged
  | TicketDetailsChanged
  | TicketMergedInto
  | TicketAbsorbed
  | TicketLinked
  | TicketUnlinked
  | TicketReplyBounced
  | TicketArticleDrafted;

/** In `ticket-numbers`: the event at revision n allocates number n + 1. */
export type TicketNumberAllocated = {
  type: 'TicketNumberAllocated';
  data: { number: number; ticketId: string; allocatedAt: string };
};

export const TICKET_EVENT_TYPES = [
  'TicketOpened',
  'TicketMessageReceived',
  'TicketReplied',
  'TicketNoteAdded',
  'TicketStatusChanged',
  'TicketPriorityChanged',
  'TicketAssigned',
  'TicketTagsChanged',
  'TicketFieldsChanged',
  'TicketDetailsChanged',
  'TicketMergedInto',
  'TicketAbsorbed',
  'TicketLinked',
  'TicketUnlinked',
  'TicketReplyBounced',
  'TicketArticleDrafted',
] as const satisfies readonly TicketEvent['type'][];

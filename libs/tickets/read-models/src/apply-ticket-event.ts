/**
 * One ticket event folded into its record: the fields lists show, a timeline entry, the SLA
 * moments and the mail threading facts. Pure apart from mutating the record it is given.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { TicketEvent, TicketOpened } from '@deskstream/tickets-domain';
import { previewOf, type TicketRecord, type TimelineEntryRecord } from './ticket-record';

export function newRecord(event: TicketOpened, revision: number): TicketRecord {
  const data = event.data;
  return {
    id: data.ticketId,
    number: data.number,
    subject: data.subject,
    status: 'NEW',
    priority: data.priority,
    channel: data.channel,
    requester: { ...data.requester, emailUndeliverable: false },
    requesterType: data.requesterType,
    departmentId: data.departmentId,
    assignee: null,
    product: data.product,
    version: data.version,
    tags: [...data.tags],
    fields: { ...data.fields },
    origin: data.origin,
    accessTokenHash: data.accessTokenHash,
    openedAt: data.openedAt,
    updatedAt: data.openedAt,
    updatedMs: Date.parse(data.openedAt),
    firstResponseAt: null,
    solvedAt: null,
    closedAt: null,
    preview: '',
    messageCount: 0,
    mergedInto: null,
    absorbed: [],
    links: [],
    revision,
    timeline: [],
    sla: [],
    mailMessageIds: [],
    participants: data.requester.email ? [data.requester.email.toLowerCase()] : [],
    lastInboundMessageId: null,
  };
}

const addParticipant = (record: TicketRecord, address: string | null) => {
  const lower = address?.trim().toLowerCase();
  if (lower && !record.participants.includes(lower)) record.participants.push(lower);
};

/** Applies an event to its ticket's record; answers the timeline entry it added, if any. */
export function applyTicketEvent(record: TicketRecord, event: TicketEvent, entryId: string): TimelineEntryRecord {
  const entry = (fields: Omit<TimelineEntryRecord, 'id'>): TimelineEntryRecord => {
    const added = { id: entryId, ...fields };
    record.timeline.push(added);
    if (fields.at > record.updatedAt) {
      record.updatedAt = fields.at;
      record.updatedMs = Date.parse(fields.at);
    }
    return added;
  };
  switch (event.type) {
    case 'TicketOpened':
      return entry({ kind: 'OPENED', at: event.data.openedAt, actor: event.data.openedBy, via: event.data.channel });
    case 'TicketMessageReceived': {
      const { data } = event;
      record.messageCount += 1;
      record.preview = previewOf(data.text);
      record.sla.push({ at: data.receivedAt, kind: 'message' });
      addParticipant(record, data.from.address);
      for (const cc of data.mail?.cc ?? []) addParticipant(record, cc);
      if (data.mail) {
        record.mailMessageIds.push(data.mail.messageId);
        record.lastInboundMessageId = data.mail.messageId;
      }
      return entry({
        kind: 'MESSAGE',
        at: data.receivedAt,
        actor: data.recordedBy.kind === 'STAFF' ? data.recordedBy : { kind: 'REQUESTER', name: data.from.name },
        text: data.text,
        attachments: data.attachments,
        via: data.via,
        messageId: data.messageId,
      });
    }
    case 'TicketReplied': {
      const { data } = event;
      record.messageCount += 1;
      record.preview = previewOf(data.text);
      record.firstResponseAt ??= data.repliedAt;
      record.sla.push({ at: data.repliedAt, kind: 'reply' });
      if (data.mail) record.mailMessageIds.push(data.mail.messageId);
      return entry({
        kind: 'REPLY',
        at: data.repliedAt,
        actor: data.author,
        text: data.text,
        attachments: data.attachments,
        messageId: data.messageId,
        mailId: data.mailId,
        to: data.to,
      });
    }
    case 'TicketNoteAdded':
      return entry({
        kind: 'NOTE',
        at: event.data.addedAt,
        actor: event.data.author,
        text: event.data.text,
        mentions: event.data.mentions,
      });
    case 'TicketStatusChanged': {
      const { data } = event;
      record.status = data.to;
      if (data.to === 'SOLVED') record.solvedAt = data.changedAt;
      if (data.to === 'CLOSED') record.closedAt = data.changedAt;
      if (data.to !== 'SOLVED' && data.to !== 'CLOSED') {
        record.solvedAt = null;
        record.closedAt = null;
      }
      record.sla.push({ at: data.changedAt, kind: 'status', to: data.to });
      return entry({
        kind: 'STATUS_CHANGED',
        at: data.changedAt,
        actor: data.by,
        status: data.to,
        previousStatus: data.from,
        detail: data.cause,
      });
    }
    case 'TicketPriorityChanged':
      record.priority = event.data.to;
      return entry({
        kind: 'PRIORITY_CHANGED',
        at: event.data.changedAt,
        actor: event.data.by,
        priority: event.data.to,
      });
    case 'TicketAssigned': {
      const { data } = event;
      record.departmentId = data.departmentId;
      record.assignee = data.agentId ? { id: data.agentId, name: data.agentName ?? '' } : null;
      return entry({
        kind: 'ASSIGNED',
        at: data.assignedAt,
        actor: data.by,
        departmentId: data.departmentId,
        assignee: record.assignee,
        automatic: data.automatic,
      });
    }
    case 'TicketTagsChanged': {
      const { data } = event;
      record.tags = [...record.tags.filter((tag) => !data.removed.includes(tag)), ...data.added];
      return entry({
        kind: 'TAGS_CHANGED',
        at: data.changedAt,
        actor: data.by,
        tagsAdded: data.added,
        tagsRemoved: data.removed,
      });
    }
    case 'TicketFieldsChanged':
      record.fields = { ...record.fields, ...event.data.fields };
      return entry({
        kind: 'FIELDS_CHANGED',
        at: event.data.changedAt,
        actor: event.data.by,
        fields: event.data.fields,
      });
    case 'TicketDetailsChanged': {
      const { subject, product, version, requesterType, changedAt, by } = event.data;
      if (subject !== undefined) record.subject = subject;
      if (product !== undefined) record.product = product;
      if (version !== undefined) record.version = version;
      if (requesterType !== undefined) record.requesterType = requesterType;
      const changed = Object.entries({ subject, product, version, requesterType })
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}: ${value ?? '—'}`);
      return entry({ kind: 'DETAILS_CHANGED', at: changedAt, actor: by, detail: changed.join('; ') });
    }
    case 'TicketMergedInto':
      record.mergedInto = { id: event.data.survivorId, number: event.data.survivorNumber };
      return entry({
        kind: 'MERGED_INTO',
        at: event.data.mergedAt,
        actor: event.data.by,
        otherTicketId: event.data.survivorId,
      });
    case 'TicketAbsorbed':
      record.absorbed.push(event.data.mergedId);
      return entry({
        kind: 'ABSORBED',
        at: event.data.mergedAt,
        actor: event.data.by,
        otherTicketId: event.data.mergedId,
      });
    case 'TicketLinked': {
      const { data } = event;
      record.links = [
        ...record.links.filter((link) => link.otherId !== data.otherId),
        { otherId: data.otherId, kind: data.kind },
      ];
      return entry({
        kind: 'LINKED',
        at: data.linkedAt,
        actor: data.by,
        otherTicketId: data.otherId,
        linkKind: data.kind,
      });
    }
    case 'TicketUnlinked':
      record.links = record.links.filter((link) => link.otherId !== event.data.otherId);
      return entry({
        kind: 'UNLINKED',
        at: event.data.unlinkedAt,
        actor: event.data.by,
        otherTicketId: event.data.otherId,
      });
    case 'TicketReplyBounced': {
      const { data } = event;
      if (data.address.toLowerCase() === record.requester.email?.toLowerCase())
        record.requester.emailUndeliverable = true;
      return entry({
        kind: 'REPLY_BOUNCED',
        at: data.bouncedAt,
        actor: { kind: 'SYSTEM', name: 'mail' },
        messageId: data.messageId ?? undefined,
        to: data.address,
        detail: data.reason,
      });
    }
    case 'TicketArticleDrafted':
      return entry({
        kind: 'ARTICLE_DRAFTED',
        at: event.data.draftedAt,
        actor: event.data.by,
        articleId: event.data.articleId,
      });
    default:
      return assertNever(event);
  }
}

import type {
  TicketFieldsFragment as Ticket,
  TicketRowFieldsFragment as TicketRow,
  TicketTimelineEntryFieldsFragment as Entry,
} from '../../generated/graphql';

const letters = { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } };

/** A ticket as a list row, for tests. */
export function ticketRow(overrides: Partial<TicketRow> = {}): TicketRow {
  return {
    id: 'ticket-1',
    number: 1042,
    subject: 'Cannot renew my loan',
    status: 'OPEN',
    priority: 'NORMAL',
    channel: 'EMAIL',
    requester: { name: 'Leila Karimi', email: 'leila@example.ir', emailUndeliverable: false },
    requesterType: 'patron',
    department: letters,
    assignee: { id: 'agent-1', name: 'Sara Ahmadi' },
    tags: [],
    openedAt: '2026-03-21T08:00:00.000Z',
    updatedAt: '2026-03-21T08:30:00.000Z',
    preview: 'The renew button says my card expired.',
    messageCount: 1,
    nextDueAt: null,
    revision: 3,
    mergedInto: null,
    sla: [],
    ...overrides,
  };
}

/** One timeline entry, for tests. */
export function timelineEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'entry-1',
    kind: 'MESSAGE',
    at: '2026-03-21T08:00:00.000Z',
    actor: { kind: 'REQUESTER', id: null, name: 'Leila Karimi' },
    text: 'The renew button says my card expired.',
    attachments: [],
    via: 'EMAIL',
    delivery: null,
    mentions: [],
    status: null,
    previousStatus: null,
    priority: null,
    department: null,
    assignee: null,
    automatic: null,
    tagsAdded: [],
    tagsRemoved: [],
    fields: [],
    otherTicket: null,
    linkKind: null,
    slaMetric: null,
    fromTicket: null,
    detail: null,
    articleId: null,
    ...overrides,
  };
}

/** A ticket as its page shows it, for tests. */
export function fullTicket(overrides: Partial<Ticket> = {}): Ticket {
  const row = ticketRow();
  return {
    ...row,
    requester: {
      ...row.requester,
      phone: null,
      language: 'fa',
      contactMethod: 'EMAIL',
      customerId: null,
    },
    product: null,
    version: null,
    fields: [],
    firstResponseAt: null,
    solvedAt: null,
    closedAt: null,
    links: [],
    timeline: [timelineEntry()],
    ...overrides,
  };
}

/** Tickets through the real api, store and projection runner: opening, numbering, replies, the list, conflicts, roles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let admin: string;
let sara: string;
let minh: string;
let pouya: string;

beforeAll(async () => {
  api = await startTestApi();
  [admin, sara, minh, pouya] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
    api.signIn('pouya', 'deskstream-product'),
  ]);
}, 60_000);
afterAll(() => api?.close());

const TICKET =
  'id number subject status priority revision messageCount preview department { id } assignee { id name } tags timeline { kind text actor { kind name } status delivery { state } }';
const OPEN = `mutation ($input: OpenTicketInput!, $c: ID!) { openTicket(input: $input, commandId: $c) { ${TICKET} } }`;
const REPLY = `mutation ($id: ID!, $t: String!, $s: TicketStatus, $r: Int, $c: ID!) {
  replyToTicket(ticketId: $id, text: $t, status: $s, expectedRevision: $r, commandId: $c) { ${TICKET} } }`;
const STATUS = `mutation ($id: ID!, $s: TicketStatus!, $r: Int, $c: ID!) {
  changeTicketStatus(ticketId: $id, status: $s, expectedRevision: $r, commandId: $c) { ${TICKET} } }`;
const LIST = `query ($f: TicketFilter, $s: TicketSort, $n: Int, $a: String) {
  tickets(filter: $f, sort: $s, first: $n, after: $a) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id number subject status department { id } } } } }`;
const ONE = `query ($id: ID, $n: Int) { ticket(id: $id, number: $n) { ${TICKET} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  channel: 'PHONE',
  requester: { name: 'Parisa Rahimi', email: 'parisa@example.org', language: 'fa', contactMethod: 'EMAIL' },
  requesterType: 'patron',
  departmentId: 'law',
  subject: 'Access to the case-law archive',
  text: 'I cannot open the archive from home.',
  ...overrides,
});

describe('opening tickets', () => {
  it('opens a ticket with a number, its first message and a NEW status', async () => {
    const opened = await api.gql(OPEN, { input: input(), c: 'open-1' }, sara);
    expect(opened.errors).toBeUndefined();
    const ticket = opened.data!.openTicket;
    expect(ticket).toMatchObject({ status: 'NEW', messageCount: 1, department: { id: 'law' } });
    expect(ticket.number).toBeGreaterThan(0);
    expect(ticket.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['OPENED', 'MESSAGE']);
    // The same command again answers the same ticket.
    const again = await api.gql(OPEN, { input: input(), c: 'open-1' }, sara);
    expect(again.data!.openTicket).toMatchObject({ id: ticket.id, number: ticket.number });
    const found = await api.gql(ONE, { n: ticket.number }, sara);
    expect(found.data!.ticket.id).toBe(ticket.id);
  });

  it('gives 50 concurrent openings 50 distinct consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        api.gql(OPEN, { input: input({ subject: `Concurrent ${index}` }), c: `concurrent-${index}` }, sara),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const numbers = results.map((result) => result.data!.openTicket.number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers[49]! - numbers[0]!).toBe(49);
  });

  it('refuses bad input with a clear reason and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ subject: 'two\nlines' }, 'TICKET_SUBJECT_INVALID'],
      [{ subject: 'x'.repeat(201) }, 'TICKET_SUBJECT_INVALID'],
      [
        { requester: { name: 'A', email: 'not-an-address', language: 'fa', contactMethod: 'EMAIL' } },
        'TICKET_REQUESTER_EMAIL_INVALID',
      ],
      [{ requester: { name: 'A', language: 'de', contactMethod: 'NONE' } }, 'TICKET_REQUESTER_LANGUAGE_INVALID'],
      [{ requester: { name: 'A', language: 'en', contactMethod: 'PHONE' } }, 'TICKET_CONTACT_METHOD_INVALID'],
      [{ departmentId: 'nowhere' }, 'TICKET_DEPARTMENT_NOT_FOUND'],
    ];
    for (const [overrides, reason] of cases) {
      const result = await api.gql(OPEN, { input: input(overrides), c: `bad-${reason}-${Math.random()}` }, admin);
      expect(result.errors?.[0]?.extensions?.reason, JSON.stringify(overrides)).toBe(reason);
    }
  });

  it('lets an agent open tickets only in their departments, and PRODUCT staff not at all', async () => {
    const other = await api.gql(OPEN, { input: input({ departmentId: 'engineering' }), c: 'sara-engineering' }, sara);
    expect(other.errors?.[0]?.extensions?.reason).toBe('ACCESS_DEPARTMENT_REQUIRED');
    const product = await api.gql(OPEN, { input: input(), c: 'pouya-open' }, pouya);
    expect(product.errors?.[0]?.extensions?.reason).toBe('ACCESS_ROLE_REQUIRED');
    const anonymous = await api.gql(LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.reason).toBe('ACCESS_NOT_SIGNED_IN');
  });
});

describe('working a ticket', () => {
  it('replies, leaves it waiting for the customer, and refuses an edit from a stale revision', async () => {
    const ticket = (await api.gql(OPEN, { input: input({ subject: 'Reply test' }), c: 'reply-open' }, sara)).data!
      .openTicket;
    const replied = await api.gql(
      REPLY,
      { id: ticket.id, t: 'Try signing in again.', r: ticket.revision, c: 'reply-1' },
      sara,
    );
    expect(replied.errors).toBeUndefined();
    expect(replied.data!.replyToTicket).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', messageCount: 2 });
    const reply = replied.data!.replyToTicket.timeline.find((entry: { kind: string }) => entry.kind === 'REPLY');
    expect(reply).toMatchObject({ text: 'Try signing in again.', actor: { kind: 'STAFF', name: 'Sara Ahmadi' } });
    expect(['QUEUED', 'SENT']).toContain(reply.delivery.state);
    const stale = await api.gql(STATUS, { id: ticket.id, s: 'SOLVED', r: ticket.revision, c: 'stale-status' }, sara);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TICKET_REVISION_CONFLICT' });
    const fresh = await api.gql(
      STATUS,
      { id: ticket.id, s: 'SOLVED', r: replied.data!.replyToTicket.revision, c: 'fresh-status' },
      sara,
    );
    expect(fresh.data!.changeTicketStatus.status).toBe('SOLVED');
  });

  it('keeps another department’s tickets from an agent', async () => {
    const ticket = (await api.gql(OPEN, { input: input({ departmentId: 'engineering' }), c: 'eng-open' }, admin)).data!
      .openTicket;
    const seen = await api.gql(ONE, { id: ticket.id }, sara);
    expect(seen.errors?.[0]?.extensions?.reason).toBe('ACCESS_DEPARTMENT_REQUIRED');
    const reply = await api.gql(REPLY, { id: ticket.id, t: 'Hello', c: 'sara-eng-reply' }, sara);
    expect(reply.errors?.[0]?.extensions?.reason).toBe('ACCESS_DEPARTMENT_REQUIRED');
    const list = await api.gql(LIST, { f: { departmentIds: ['engineering'] } }, sara);
    expect(list.data!.tickets.totalCount).toBe(0);
    const minhList = await api.gql(LIST, { f: { departmentIds: ['engineering'] } }, minh);
    expect(minhList.data!.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(ticket.id);
  });
});

describe('the ticket list', () => {
  it('pages by cursor without repeats and filters by status', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          tickets: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
        } | null;
      } = await api.gql(LIST, { n: 7, a: after }, admin);
      seen.push(...page.data!.tickets.edges.map((edge) => edge.node.id));
      if (!page.data!.tickets.pageInfo.hasNextPage) break;
      after = page.data!.tickets.pageInfo.endCursor;
    }
    const total = (await api.gql(LIST, { n: 1 }, admin)).data!.tickets.totalCount;
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const solved = await api.gql(LIST, { f: { statuses: ['SOLVED'] } }, admin);
    expect(
      solved.data!.tickets.edges.every((edge: { node: { status: string } }) => edge.node.status === 'SOLVED'),
    ).toBe(true);
    expect(solved.data!.tickets.totalCount).toBeGreaterThan(0);
    const bad = await api.gql(LIST, { a: 'nonsense' }, admin);
    expect(bad.errors?.[0]?.extensions?.reason).toBe('TICKET_CURSOR_INVALID');
  });

  it('finds tickets by full text', async () => {
    await api.gql(
      OPEN,
      { input: input({ subject: 'کتابخانه دیجیتال باز نمی‌شود', text: 'از خانه وصل نمی شود' }), c: 'fa-open' },
      sara,
    );
    const found = await api.gql(LIST, { f: { query: 'کتابخانه' } }, sara);
    expect(found.data!.tickets.edges[0]?.node.subject).toBe('کتابخانه دیجیتال باز نمی‌شود');
  });
});

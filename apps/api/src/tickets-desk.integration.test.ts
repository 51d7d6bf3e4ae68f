/** Tickets' settings, SLA recomputation, merges, links and live changes through the real api, store and runner. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';

let api: TestApi;
let admin: string;
let sara: string;
let minh: string;
let url = '';
const live = liveClients(() => url);

beforeAll(async () => {
  api = await startTestApi();
  url = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
  [admin, sara, minh] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
  ]);
}, 60_000);
afterAll(async () => {
  await live.disposeAll();
  await api?.close();
});

const OPEN = `mutation ($input: OpenTicketInput!, $c: ID!) { openTicket(input: $input, commandId: $c) {
  id number status revision sla { metric state dueAt } nextDueAt } }`;
const SLA = `query ($id: ID) { ticket(id: $id) { sla { metric state dueAt } nextDueAt } }`;
const POLICY = `mutation ($p: SlaPolicyInput!, $c: ID!) { setSlaPolicy(policy: $p, commandId: $c) { slaPolicies { priority firstResponseMinutes } } }`;
const CALENDAR = `mutation ($cal: BusinessCalendarInput!, $c: ID!) { setBusinessCalendar(calendar: $cal, commandId: $c) { calendars { id timeZone } } }`;
const input = (subject: string, departmentId = 'law') => ({
  channel: 'PHONE',
  requester: { name: 'Reza', email: 'reza@example.org', language: 'en', contactMethod: 'EMAIL' },
  requesterType: 'patron',
  departmentId,
  subject,
  text: 'Please help.',
});

describe('settings and SLA', () => {
  it('refuses a calendar in an unknown zone or with hours out of order, and a policy on a missing calendar', async () => {
    const zone = await api.gql(
      CALENDAR,
      {
        cal: { id: 'mars', name: 'Mars', timeZone: 'Mars/Olympus', hours: [{ day: 1, start: '08:00', end: '16:00' }] },
        c: 'cal-1',
      },
      admin,
    );
    expect(zone.errors?.[0]?.extensions?.reason).toBe('TICKET_CALENDAR_INVALID');
    const hours = await api.gql(
      CALENDAR,
      {
        cal: { id: 'late', name: 'Late', timeZone: 'Asia/Tehran', hours: [{ day: 1, start: '16:00', end: '08:00' }] },
        c: 'cal-2',
      },
      admin,
    );
    expect(hours.errors?.[0]?.extensions?.reason).toBe('TICKET_CALENDAR_INVALID');
    const policy = await api.gql(
      POLICY,
      { p: { departmentId: 'law', priority: 'LOW', calendarId: 'nowhere', firstResponseMinutes: 10 }, c: 'pol-1' },
      admin,
    );
    expect(policy.errors?.[0]?.extensions?.reason).toBe('TICKET_CALENDAR_NOT_FOUND');
    const agent = await api.gql(
      POLICY,
      { p: { departmentId: 'law', priority: 'LOW', calendarId: 'book-fair', firstResponseMinutes: 10 }, c: 'pol-2' },
      sara,
    );
    expect(agent.errors?.[0]?.extensions?.reason).toBe('ACCESS_ROLE_REQUIRED');
  });

  it('recomputes an open ticket’s due times when its policy changes', async () => {
    await api.gql(
      CALENDAR,
      {
        cal: {
          id: 'always',
          name: 'Always',
          timeZone: 'UTC',
          hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })),
        },
        c: 'cal-always',
      },
      admin,
    );
    const set = (minutes: number, c: string) =>
      api.gql(
        POLICY,
        {
          p: {
            departmentId: 'medicine',
            priority: 'HIGH',
            calendarId: 'always',
            firstResponseMinutes: minutes,
            resolutionMinutes: 600,
          },
          c,
        },
        admin,
      );
    expect((await set(60, 'pol-60')).errors).toBeUndefined();
    const opened = await api.gql(
      OPEN,
      { input: { ...input('SLA test', 'medicine'), priority: 'HIGH' }, c: 'sla-open' },
      admin,
    );
    const ticket = opened.data!.openTicket;
    const first = ticket.sla.find((target: { metric: string }) => target.metric === 'FIRST_RESPONSE');
    expect(first.state).toBe('RUNNING');
    const dueBefore = Date.parse(first.dueAt);
    expect((await set(120, 'pol-120')).errors).toBeUndefined();
    const after = (await api.gql(SLA, { id: ticket.id }, admin)).data!.ticket;
    const firstAfter = after.sla.find((target: { metric: string }) => target.metric === 'FIRST_RESPONSE');
    expect(Date.parse(firstAfter.dueAt) - dueBefore).toBe(60 * 60_000);
    expect(after.nextDueAt).toBe(firstAfter.dueAt);
  });
});

describe('merges and links', () => {
  it('merges a ticket into another: the survivor shows its entries, the merged one points to it and is closed', async () => {
    const a = (await api.gql(OPEN, { input: input('Merge survivor'), c: 'merge-a' }, sara)).data!.openTicket;
    const b = (await api.gql(OPEN, { input: input('Merge me'), c: 'merge-b' }, sara)).data!.openTicket;
    const self = await api.gql(
      'mutation ($a: ID!, $c: ID!) { mergeTicket(ticketId: $a, intoTicketId: $a, commandId: $c) { id } }',
      { a: a.id, c: 'merge-self' },
      sara,
    );
    expect(self.errors?.[0]?.extensions?.reason).toBe('TICKET_MERGE_INTO_ITSELF');
    const merged = await api.gql(
      `mutation ($a: ID!, $b: ID!, $c: ID!) { mergeTicket(ticketId: $b, intoTicketId: $a, commandId: $c) {
        id timeline { kind fromTicket { number } } } }`,
      { a: a.id, b: b.id, c: 'merge-1' },
      sara,
    );
    expect(merged.errors).toBeUndefined();
    expect(
      merged.data!.mergeTicket.timeline.some(
        (entry: { fromTicket: { number: number } | null }) => entry.fromTicket?.number === b.number,
      ),
    ).toBe(true);
    const old = await api.gql('query ($id: ID) { ticket(id: $id) { status mergedInto { id } } }', { id: b.id }, sara);
    expect(old.data!.ticket).toEqual({ status: 'CLOSED', mergedInto: { id: a.id } });
    const again = await api.gql(
      'mutation ($a: ID!, $b: ID!, $c: ID!) { mergeTicket(ticketId: $a, intoTicketId: $b, commandId: $c) { id } }',
      { a: a.id, b: b.id, c: 'merge-2' },
      sara,
    );
    expect(again.errors?.[0]?.extensions?.reason).toBe('TICKET_MERGE_TARGET_INVALID');
  });

  it('links two tickets both ways, parent and child', async () => {
    const a = (await api.gql(OPEN, { input: input('Parent'), c: 'link-a' }, sara)).data!.openTicket;
    const b = (await api.gql(OPEN, { input: input('Child'), c: 'link-b' }, sara)).data!.openTicket;
    await api.gql(
      'mutation ($a: ID!, $b: ID!, $c: ID!) { linkTickets(ticketId: $a, otherTicketId: $b, kind: PARENT, commandId: $c) { id } }',
      { a: a.id, b: b.id, c: 'link-1' },
      sara,
    );
    const links = 'query ($id: ID) { ticket(id: $id) { links { kind ticket { id } } } }';
    expect((await api.gql(links, { id: a.id }, sara)).data!.ticket.links).toEqual([
      { kind: 'PARENT', ticket: { id: b.id } },
    ]);
    expect((await api.gql(links, { id: b.id }, sara)).data!.ticket.links).toEqual([
      { kind: 'CHILD', ticket: { id: a.id } },
    ]);
  });
});

describe('live changes', () => {
  it('pushes opened and changed tickets to staff who may see them, and not to others', async () => {
    const query = 'subscription { ticketsChanged { kind ticket { id subject department { id } } } }';
    type Push = { ticketsChanged: { kind: string; ticket: { id: string; subject: string } } };
    const saraFeed = watch<Push>(live.connect(sara), query);
    const minhFeed = watch<Push>(live.connect(minh), query);
    let opened: { id: string } | undefined;
    const push = await saraFeed.until(
      (each) => each.ticketsChanged.kind === 'OPENED' && each.ticketsChanged.ticket.subject === 'Live ticket',
      async (attempt) => {
        if (attempt === 0)
          opened = (await api.gql(OPEN, { input: input('Live ticket'), c: 'live-open' }, sara)).data!.openTicket;
      },
    );
    expect(push.ticketsChanged.ticket.id).toBe(opened!.id);
    // Minh works engineering only: a ticket of his own shows up, the law ticket never did.
    await minhFeed.until(
      (each) => each.ticketsChanged.ticket.subject === 'Engineering live',
      async (attempt) => {
        if (attempt === 0)
          await api.gql(OPEN, { input: input('Engineering live', 'engineering'), c: 'live-eng' }, minh);
      },
    );
    expect(minhFeed.pushes.some((each) => each.ticketsChanged.ticket.subject === 'Live ticket')).toBe(false);
  });

  it('tells staff of notes that mention them', async () => {
    const ticket = (await api.gql(OPEN, { input: input('Mention test'), c: 'mention-open' }, sara)).data!.openTicket;
    type Push = { ticketMentions: { text: string; ticket: { id: string }; by: { name: string } } };
    const feed = watch<Push>(live.connect(sara), 'subscription { ticketMentions { text ticket { id } by { name } } }');
    const NOTE = `mutation ($id: ID!, $t: String!, $c: ID!) { addTicketNote(ticketId: $id, text: $t, commandId: $c) {
      status timeline { kind mentions { id name } } } }`;
    let noted: { status: string; timeline: { kind: string; mentions: { name: string }[] }[] } | undefined;
    const push = await feed.until(
      (each) => each.ticketMentions.ticket.id === ticket.id,
      async (attempt) => {
        noted = (
          await api.gql(NOTE, { id: ticket.id, t: `Please look, @sara (${attempt})`, c: `note-${attempt}` }, admin)
        ).data!.addTicketNote;
      },
    );
    expect(push.ticketMentions.by.name).toBe('Desk Administrator');
    expect(noted!.status).toBe('OPEN');
    expect(noted!.timeline.find((entry) => entry.kind === 'NOTE')!.mentions).toEqual([
      { id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002', name: 'Sara Ahmadi' },
    ]);
  });
});

/**
 * Working many tickets through the real api, store and runner: bulk changes, automatic assignment
 * to agents online, saved views and the SLA views on the api's clock, and live feeds ending with
 * the caller's session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';

let api: TestApi;
let admin: string;
let sara: string;
let yuki: string;
let minh: string;
let url = '';
const live = liveClients(() => url);
/** The tickets' clock, moved by the SLA views' test. */
let clock = Date.now();

beforeAll(async () => {
  api = await startTestApi({ tickets: { now: () => new Date(clock) } });
  url = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
  [admin, sara, yuki, minh] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('yuki', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
  ]);
}, 60_000);
afterAll(async () => {
  await live.disposeAll();
  await api?.close();
});

const OPEN = `mutation ($input: OpenTicketInput!, $c: ID!) { openTicket(input: $input, commandId: $c) {
  id number status revision assignee { id } } }`;
const ASSIGNEE = 'query ($id: ID) { ticket(id: $id) { assignee { id } } }';
const AUTO = `mutation ($d: ID!, $e: Boolean!, $cap: Int!, $c: ID!) {
  setAutoAssignment(departmentId: $d, enabled: $e, capPerAgent: $cap, commandId: $c) { departments { department { id } } } }`;
const PRESENCE = 'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';
const BULK = `mutation ($ids: [ID!]!, $change: BulkTicketChange!, $c: ID!) {
  bulkUpdateTickets(ticketIds: $ids, change: $change, commandId: $c) {
    updated { id status tags assignee { id } } failed { ticketId reason message } } }`;
const COUNT = 'query ($f: TicketFilter) { tickets(filter: $f) { totalCount edges { node { id } } } }';
const input = (subject: string, departmentId = 'law', more: Record<string, unknown> = {}) => ({
  channel: 'PHONE',
  requester: { name: 'Reza', email: 'reza@example.org', language: 'en', contactMethod: 'EMAIL' },
  requesterType: 'patron',
  departmentId,
  subject,
  text: 'Please help.',
  ...more,
});
const open = async (subject: string, departmentId: string, c: string, more: Record<string, unknown> = {}) => {
  const opened = await api.gql(OPEN, { input: input(subject, departmentId, more), c }, admin);
  expect(opened.errors).toBeUndefined();
  return opened.data!.openTicket as { id: string; number: number; revision: number };
};
const idOf = async (username: string, departmentId: string) => {
  const agents = await api.gql(
    'query ($d: ID!) { ticketAgents(departmentId: $d) { id username } }',
    { d: departmentId },
    admin,
  );
  return agents.data!.ticketAgents.find((agent: { username: string }) => agent.username === username)!.id as string;
};
/** Waits (polling, never a fixed sleep) until the ticket has an agent; answers the agent's id. */
async function assigneeOf(ticketId: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = (await api.gql(ASSIGNEE, { id: ticketId }, admin)).data!.ticket.assignee;
    if (found) return found.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`ticket ${ticketId} was never assigned`);
}
const UNRESOLVED = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD'];
const loadOf = async (agentId: string) =>
  (await api.gql(COUNT, { f: { assigneeId: agentId, statuses: UNRESOLVED } }, admin)).data!.tickets
    .totalCount as number;

describe('bulk changes', () => {
  it('assigns, tags and changes status of several tickets; one the agent may not touch fails alone', async () => {
    const a = await open('Bulk one', 'law', 'bulk-a');
    const b = await open('Bulk two', 'humanities', 'bulk-b');
    const foreign = await open('Bulk foreign', 'engineering', 'bulk-eng');
    const saraId = await idOf('sara', 'law');
    const tagged = await api.gql(
      BULK,
      { ids: [a.id, foreign.id, b.id], change: { addTags: ['Archive'], status: 'OPEN' }, c: 'bulk-1' },
      sara,
    );
    expect(tagged.errors).toBeUndefined();
    const result = tagged.data!.bulkUpdateTickets;
    expect(result.updated.map((ticket: { id: string }) => ticket.id).sort()).toEqual([a.id, b.id].sort());
    for (const ticket of result.updated) expect(ticket).toMatchObject({ status: 'OPEN', tags: ['archive'] });
    expect(result.failed).toEqual([
      { ticketId: foreign.id, reason: 'ACCESS_DEPARTMENT_REQUIRED', message: expect.any(String) },
    ]);
    const untouched = await api.gql('query ($id: ID) { ticket(id: $id) { status tags } }', { id: foreign.id }, admin);
    expect(untouched.data!.ticket).toEqual({ status: 'NEW', tags: [] });

    const assigned = await api.gql(
      BULK,
      { ids: [a.id], change: { departmentId: 'law', assigneeId: saraId }, c: 'bulk-2' },
      sara,
    );
    expect(assigned.data!.bulkUpdateTickets).toMatchObject({ updated: [{ assignee: { id: saraId } }], failed: [] });
    // The same command again changes nothing more and fails nothing.
    const again = await api.gql(
      BULK,
      { ids: [a.id], change: { departmentId: 'law', assigneeId: saraId }, c: 'bulk-2' },
      sara,
    );
    expect(again.data!.bulkUpdateTickets.failed).toEqual([]);
  });
});

describe('automatic assignment', () => {
  it('leaves a new ticket unassigned when nobody of its department is online', async () => {
    for (const [d, c] of [
      ['law', 'auto-law'],
      ['engineering', 'auto-eng'],
    ])
      expect((await api.gql(AUTO, { d, e: true, cap: 100, c }, admin)).errors).toBeUndefined();
    expect((await api.gql(PRESENCE, { s: 'ONLINE', c: 'minh-online' }, minh)).errors).toBeUndefined();
    const lonely = await open('Nobody online', 'law', 'auto-lonely');
    // New tickets are assigned one after another: once the next one has its agent, the first was decided.
    const next = await open('Minh is online', 'engineering', 'auto-minh');
    expect(await assigneeOf(next.id)).toBe(await idOf('minh', 'engineering'));
    expect((await api.gql(ASSIGNEE, { id: lonely.id }, admin)).data!.ticket.assignee).toBeNull();
  });

  it('goes round-robin to the agents online and passes over an agent at the cap', async () => {
    const [saraId, yukiId, minhId] = [
      await idOf('sara', 'humanities'),
      await idOf('yuki', 'humanities'),
      await idOf('minh', 'engineering'),
    ];
    expect((await api.gql(PRESENCE, { s: 'ONLINE', c: 'sara-online' }, sara)).errors).toBeUndefined();
    expect((await api.gql(PRESENCE, { s: 'ONLINE', c: 'yuki-online' }, yuki)).errors).toBeUndefined();
    const cap = Math.max(await loadOf(saraId), await loadOf(yukiId)) + 2;
    expect((await api.gql(AUTO, { d: 'humanities', e: true, cap, c: 'auto-hum' }, admin)).errors).toBeUndefined();
    const first = await assigneeOf((await open('Round 1', 'humanities', 'rr-1')).id);
    const second = await assigneeOf((await open('Round 2', 'humanities', 'rr-2')).id);
    expect([first, second].sort()).toEqual([saraId, yukiId].sort());
    // Until both hold `cap` unresolved tickets, each new one goes to whoever has room.
    let round = 3;
    while ((await loadOf(saraId)) < cap || (await loadOf(yukiId)) < cap) {
      const [saraBefore, yukiBefore] = [await loadOf(saraId), await loadOf(yukiId)];
      const agent = await assigneeOf((await open(`Round ${round}`, 'humanities', `rr-${round}`)).id);
      expect(agent === saraId ? saraBefore : yukiBefore).toBeLessThan(cap);
      round++;
      expect(round).toBeLessThan(20);
    }
    const full = await open('Nobody has room', 'humanities', 'rr-full');
    const witness = await open('Minh has room', 'engineering', 'rr-witness');
    expect(await assigneeOf(witness.id)).toBe(minhId);
    expect((await api.gql(ASSIGNEE, { id: full.id }, admin)).data!.ticket.assignee).toBeNull();
    expect([await loadOf(saraId), await loadOf(yukiId)]).toEqual([cap, cap]);
    // With more room and Yuki gone offline, every new ticket goes to Sara.
    expect((await api.gql(PRESENCE, { s: 'OFFLINE', c: 'yuki-offline' }, yuki)).errors).toBeUndefined();
    expect(
      (await api.gql(AUTO, { d: 'humanities', e: true, cap: cap + 5, c: 'auto-hum-2' }, admin)).errors,
    ).toBeUndefined();
    for (const c of ['after-1', 'after-2'])
      expect(await assigneeOf((await open(`Only Sara (${c})`, 'humanities', c)).id)).toBe(saraId);
  });
});

describe('views', () => {
  const SAVE = `mutation ($v: SavedTicketViewInput!, $c: ID!) { saveTicketView(view: $v, commandId: $c) {
    id name count filter { tags departmentIds } } }`;
  const VIEWS = '{ savedTicketViews { id name count } }';

  it('saves, lists with counts and deletes a staff member’s own views, unseen by others', async () => {
    await open('View tagged', 'law', 'view-1', { tags: ['fair-view'] });
    await open('View tagged too', 'law', 'view-2', { tags: ['fair-view'] });
    const saved = await api.gql(
      SAVE,
      { v: { name: 'Fair', tags: ['fair-view'], departmentIds: ['law'] }, c: 'save-1' },
      sara,
    );
    expect(saved.errors).toBeUndefined();
    const view = saved.data!.saveTicketView;
    expect(view).toMatchObject({ name: 'Fair', count: 2, filter: { tags: ['fair-view'], departmentIds: ['law'] } });
    expect((await api.gql(VIEWS, {}, sara)).data!.savedTicketViews).toEqual([{ id: view.id, name: 'Fair', count: 2 }]);
    const listed = await api.gql(COUNT, { f: { savedViewId: view.id } }, sara);
    expect(listed.data!.tickets.totalCount).toBe(2);
    expect((await api.gql(VIEWS, {}, yuki)).data!.savedTicketViews).toEqual([]);
    // A view over a department the agent does not work counts and lists nothing of it.
    const peek = await api.gql(SAVE, { v: { name: 'Peek', departmentIds: ['law'] }, c: 'peek' }, minh);
    expect(peek.data!.saveTicketView.count).toBe(0);
    expect((await api.gql(COUNT, { f: { savedViewId: peek.data!.saveTicketView.id } }, minh)).data!.tickets).toEqual({
      totalCount: 0,
      edges: [],
    });
    // Nor may another staff member list by it.
    const borrowed = await api.gql(COUNT, { f: { savedViewId: view.id } }, yuki);
    expect(borrowed.errors?.[0]?.extensions?.reason).toBe('ACCESS_ROLE_REQUIRED');
    const stolen = await api.gql(
      'mutation ($v: ID!, $c: ID!) { deleteTicketView(viewId: $v, commandId: $c) }',
      { v: view.id, c: 'steal-1' },
      yuki,
    );
    expect(stolen.errors?.[0]?.extensions?.reason, JSON.stringify(stolen)).toBe('TICKET_VIEW_NOT_FOUND');
    expect((await api.gql(VIEWS, {}, sara)).data!.savedTicketViews).toHaveLength(1);
    const deleted = await api.gql(
      'mutation ($v: ID!, $c: ID!) { deleteTicketView(viewId: $v, commandId: $c) }',
      { v: view.id, c: 'delete-1' },
      sara,
    );
    expect(deleted.data).toEqual({ deleteTicketView: true });
    expect((await api.gql(VIEWS, {}, sara)).data!.savedTicketViews).toEqual([]);
  });

  it('shows a ticket as due soon, then overdue, as the clock passes its SLA target', async () => {
    const CALENDAR = `mutation ($cal: BusinessCalendarInput!, $c: ID!) { setBusinessCalendar(calendar: $cal, commandId: $c) { calendars { id } } }`;
    const POLICY = `mutation ($p: SlaPolicyInput!, $c: ID!) { setSlaPolicy(policy: $p, commandId: $c) { slaPolicies { priority } } }`;
    const hours = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' }));
    await api.gql(CALENDAR, { cal: { id: 'always', name: 'Always', timeZone: 'UTC', hours }, c: 'cal' }, admin);
    const policy = { departmentId: 'medicine', priority: 'URGENT', calendarId: 'always', firstResponseMinutes: 30 };
    expect((await api.gql(POLICY, { p: policy, c: 'pol' }, admin)).errors).toBeUndefined();
    const ticket = await open('Due soon', 'medicine', 'due-1', { priority: 'URGENT' });
    const listed = async (view: string) => (await api.gql(COUNT, { f: { view } }, yuki)).data!.tickets;
    const inView = async (view: string) =>
      (await listed(view)).edges.some((edge: { node: { id: string } }) => edge.node.id === ticket.id);
    const countOf = async (view: string) =>
      (await api.gql('{ ticketViewCounts { view count } }', {}, yuki)).data!.ticketViewCounts.find(
        (each: { view: string }) => each.view === view,
      ).count as number;
    expect([await inView('DUE_SOON'), await inView('OVERDUE')]).toEqual([true, false]);
    clock += 31 * 60_000;
    expect([await inView('DUE_SOON'), await inView('OVERDUE')]).toEqual([false, true]);
    // The built-in views' counts agree with their lists on the same clock.
    for (const view of ['DUE_SOON', 'OVERDUE']) expect(await countOf(view)).toBe((await listed(view)).totalCount);
  });
});

describe('live feeds and the session', () => {
  it('ends ticketChanged and ticketsChanged when the caller signs out', async () => {
    const ticket = await open('Signing out', 'law', 'live-out');
    const leaving = await api.signIn('sara', 'deskstream-agent');
    const client = live.connect(leaving);
    type One = { ticketChanged: { id: string; priority: string } };
    type Many = { ticketsChanged: { ticket: { id: string } } };
    const one = watch<One>(client, 'subscription ($id: ID!) { ticketChanged(id: $id) { id priority } }', {
      id: ticket.id,
    });
    const many = watch<Many>(client, 'subscription { ticketsChanged { ticket { id } } }');
    let revision = ticket.revision;
    let poke = 0;
    const change = async () => {
      const priority = poke++ % 2 === 0 ? 'HIGH' : 'LOW';
      const changed = await api.gql(
        `mutation ($id: ID!, $p: TicketPriority!, $c: ID!) { changeTicketPriority(ticketId: $id, priority: $p, commandId: $c) { revision } }`,
        { id: ticket.id, p: priority, c: `live-out-${poke}` },
        admin,
      );
      expect(changed.errors).toBeUndefined();
      revision = changed.data!.changeTicketPriority.revision;
    };
    await one.until((push) => push.ticketChanged.id === ticket.id, change);
    await many.until((push) => push.ticketsChanged.ticket.id === ticket.id, change);
    expect((await api.gql('mutation { signOut }', {}, leaving)).data).toEqual({ signOut: true });
    const ended = (failure: Promise<unknown>) =>
      Promise.race([failure, new Promise((resolve) => setTimeout(() => resolve('still open'), 100))]);
    let endings: unknown[] = ['still open', 'still open'];
    for (let attempt = 0; attempt < 50 && endings.includes('still open'); attempt++) {
      await change();
      endings = [await ended(one.failure), await ended(many.failure)];
    }
    const sessionEnded = [
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ];
    expect(endings).toEqual([sessionEnded, sessionEnded]);
    const pushed = [one.pushes.length, many.pushes.length];
    await change();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([one.pushes.length, many.pushes.length]).toEqual(pushed);
    expect(revision).toBeGreaterThan(ticket.revision);
  });
});

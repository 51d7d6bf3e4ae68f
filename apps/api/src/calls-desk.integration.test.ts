/**
 * Calls through GraphQL and the emulator: the demo's calls, the live panel's push when the PBX
 * rings, an agent taking, noting and wrapping up a call into a new phone ticket (once, however
 * often it is sent) or onto an existing ticket, the callback queue, follow-up lists, hand-logged
 * calls, the webhook token generated, shown to admins and rotated; and bad input (malformed
 * numbers, huge notes, a wrap-up before the end or with a department that does not exist)
 * answered with a stable reason and nothing half-written.
 */
import { ctiCallId } from '@deskstream/calls-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient } from '@eventstore/db-client';
import { readModelsSettled } from './testing/calls';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';

let api: TestApi;
let sara: string;
let minh: string;
let admin: string;
let address = '';
let store: EventStoreDBClient;
const live = liveClients(() => liveUrlOf(address));

beforeAll(async () => {
  api = await startTestApi({ calls: { phoneCountry: 'DE' } });
  address = await api.app.listen({ port: 0, host: '127.0.0.1' });
  store = EventStoreDBClient.connectionString(api.store.url);
  sara = await api.signIn('sara', 'deskstream-agent');
  minh = await api.signIn('minh', 'deskstream-agent');
  admin = await api.signIn('admin', 'deskstream-admin');
}, 60_000);
afterAll(async () => {
  await live.disposeAll();
  await store?.dispose();
  await api?.close();
});

/** The webhook's settings as admins see them, once the token generated at the first start is in the read model. */
async function settings(): Promise<{ webhookUrl: string; token: string; fromEnvironment: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const shown = (await api.gql('{ ctiSettings { webhookUrl token fromEnvironment } }', {}, admin)).data!.ctiSettings;
    if (shown.token !== '' || attempt === 100) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function webhook(fields: Record<string, string>, token?: string) {
  const response = await api.app.inject({
    method: 'POST',
    url: `/api/v1/cti/${token ?? (await settings()).token}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
  // The webhook answers once written; what the test asks next reads the read models.
  await readModelsSettled(api.app, store);
  return response.statusCode;
}

const reasonOf = (result: { errors?: { extensions?: { reason?: string } }[] }) =>
  result.errors?.[0]?.extensions?.reason;

const CALL_FIELDS = `id state outcome counterpart { raw e164 } takenBy { name }
  notes { text author { name } } wrapUp { topic outcome by { name } } tickets { ticketId mode ticket { subject status } }
  callback { state assignee { name } attempts { outcome note by { name } } }`;

describe('the demo calls', () => {
  it('shows answered calls, a missed call waiting for its callback, one being called back, and a follow-up list', async () => {
    const all = await api.gql(`{ calls(filter: { view: ALL }) { totalCount nodes { ${CALL_FIELDS} } } }`, {}, sara);
    expect(all.data!.calls.totalCount).toBeGreaterThanOrEqual(6);
    const queue = await api.gql('{ callbackQueue { state reason assignee { name } attempts { outcome } } }', {}, sara);
    expect(queue.data!.callbackQueue).toEqual(
      expect.arrayContaining([
        { state: 'WAITING', reason: 'MISSED', assignee: null, attempts: [] },
        {
          state: 'ASSIGNED',
          reason: 'ABANDONED',
          assignee: { name: 'Sara Ahmadi' },
          attempts: [{ outcome: 'NO_ANSWER' }],
        },
      ]),
    );
    const lists = await api.gql('{ callLists { name doneCount entries { label done } } }', {}, sara);
    expect(lists.data!.callLists[0]).toMatchObject({ name: 'Publishers with an open issue', doneCount: 1 });
    expect(lists.data!.callLists[0].entries).toHaveLength(3);
  });
});

describe('a call from ringing to a ticket', () => {
  const fields = { callId: 'desk-1', direction: 'in', from: '0221 4710334', to: '4930123456', 'user[]': 'Sara Ahmadi' };
  const id = ctiCallId('desk-1');

  it('rings on the live panel, is taken, noted and wrapped up into a new phone ticket, once', async () => {
    const panel = watch<{ callsChanged: { id: string; state: string } }>(
      live.connect(sara),
      'subscription { callsChanged { id state } }',
    );
    const rang = await panel.until(
      (push) => push.callsChanged.id === id,
      () => webhook({ event: 'newCall', ...fields }),
    );
    expect(rang.callsChanged.state).toBe('RINGING');

    const take = 'mutation ($id: ID!, $c: ID!) { takeCall(callId: $id, commandId: $c) { takenBy { name } } }';
    expect((await api.gql(take, { id, c: 't1' }, sara)).data!.takeCall.takenBy.name).toBe('Sara Ahmadi');
    expect(reasonOf(await api.gql(take, { id, c: 't2' }, minh))).toBe('CALL_ALREADY_TAKEN');
    expect(await webhook({ event: 'answer', ...fields })).toBe(200);

    const note = `mutation ($id: ID!, $t: String!, $c: ID!) { noteCall(callId: $id, text: $t, commandId: $c) { ${CALL_FIELDS} } }`;
    expect(reasonOf(await api.gql(note, { id, t: 'x'.repeat(4_001), c: 'n0' }, sara))).toBe('CALL_NOTE_INVALID');
    await api.gql(note, { id, t: 'Missing volume 3 of the Goethe edition.', c: 'n1' }, sara);
    const noted = await api.gql(note, { id, t: 'Missing volume 3 of the Goethe edition.', c: 'n1' }, sara);
    expect(noted.data!.noteCall.notes).toEqual([
      { text: 'Missing volume 3 of the Goethe edition.', author: { name: 'Sara Ahmadi' } },
    ]);

    const wrap = `mutation ($input: WrapUpCallInput!, $c: ID!) { wrapUpCall(input: $input, commandId: $c) { ${CALL_FIELDS} } }`;
    const open = { subject: 'Missing volume', departmentId: 'humanities', requesterName: 'Verlag West' };
    const input = { callId: id, topic: 'Missing volume', outcome: 'ANSWERED', ticket: { open } };
    expect(reasonOf(await api.gql(wrap, { input, c: 'w0' }, sara))).toBe('CALL_NOT_ENDED');
    expect(await webhook({ event: 'hangup', ...fields, cause: 'normalClearing' })).toBe(200);

    // A department that does not exist: the tickets' own reason, and the call is not wrapped up.
    const nowhere = { ...input, ticket: { open: { ...open, departmentId: 'nowhere' } } };
    expect(reasonOf(await api.gql(wrap, { input: nowhere, c: 'w1' }, sara))).toBe('TICKET_DEPARTMENT_NOT_FOUND');
    const both = { ...input, ticket: { open, attachToTicketId: 'any' } };
    expect(reasonOf(await api.gql(wrap, { input: both, c: 'w2' }, sara))).toBe('CALL_TICKET_CHOICE_INVALID');
    expect(
      (await api.gql(`query ($id: ID!) { call(id: $id) { wrapUp { topic } tickets { ticketId } } }`, { id }, sara))
        .data!.call,
    ).toEqual({
      wrapUp: null,
      tickets: [],
    });

    const first = await api.gql(wrap, { input, c: 'w3' }, sara);
    const again = await api.gql(wrap, { input, c: 'w3' }, sara);
    expect(first.data!.wrapUpCall).toEqual(again.data!.wrapUpCall);
    const call = first.data!.wrapUpCall;
    expect(call).toMatchObject({
      state: 'ENDED',
      outcome: 'ANSWERED',
      wrapUp: { topic: 'Missing volume', by: { name: 'Sara Ahmadi' } },
    });
    expect(call.tickets).toHaveLength(1);
    expect(call.tickets[0]).toMatchObject({ mode: 'OPENED', ticket: { subject: 'Missing volume', status: 'NEW' } });
    const ticket = await api.gql(
      'query ($id: ID) { ticket(id: $id) { channel subject requester { name phone } department { id } timeline { kind text } } }',
      { id: call.tickets[0].ticketId },
      sara,
    );
    expect(ticket.data!.ticket).toMatchObject({
      channel: 'PHONE',
      subject: 'Missing volume',
      requester: { name: 'Verlag West', phone: '+492214710334' },
      department: { id: 'humanities' },
    });
    expect(JSON.stringify(ticket.data!.ticket.timeline)).toContain('Missing volume 3 of the Goethe edition.');
    const count = await api.gql('{ tickets(filter: { query: "Missing volume" }) { totalCount } }', {}, sara);
    expect(count.data!.tickets.totalCount).toBe(1);
  });

  it('attaches a call to an existing ticket as a note', async () => {
    const other = { callId: 'desk-2', direction: 'in', from: '+4930555716', to: '4930123456', 'user[]': 'Sara Ahmadi' };
    await webhook({ event: 'newCall', ...other });
    await webhook({ event: 'hangup', ...other, cause: 'noAnswer' });
    const tickets = await api.gql(
      '{ tickets(filter: { departmentIds: ["humanities"] }, first: 1) { edges { node { id } } } }',
      {},
      sara,
    );
    const ticketId = tickets.data!.tickets.edges[0].node.id;
    const wrap =
      'mutation ($input: WrapUpCallInput!, $c: ID!) { wrapUpCall(input: $input, commandId: $c) { tickets { ticketId mode } } }';
    const input = {
      callId: ctiCallId('desk-2'),
      topic: 'Follow-up',
      outcome: 'MISSED',
      ticket: { attachToTicketId: ticketId },
    };
    expect((await api.gql(wrap, { input, c: 'a1' }, sara)).data!.wrapUpCall.tickets).toEqual([
      { ticketId, mode: 'ATTACHED' },
    ]);
    const missing = { ...input, ticket: { attachToTicketId: 'no-such-ticket' } };
    expect(reasonOf(await api.gql(wrap, { input: missing, c: 'a2' }, sara))).toBe('TICKET_NOT_FOUND');
  });
});

describe('the callback queue and follow-up lists', () => {
  it('assigns, attempts and completes a callback, which leaves the queue', async () => {
    const missed = { callId: 'desk-3', direction: 'in', from: '+982161112345', to: '4930123456' };
    await webhook({ event: 'newCall', ...missed });
    await webhook({ event: 'hangup', ...missed, cause: 'noAnswer' });
    const callId = ctiCallId('desk-3');
    const minhId = (await api.gql('{ me { id } }', {}, minh)).data!.me.id;
    const assign =
      'mutation ($id: ID!, $s: ID!, $c: ID!) { assignCallback(callId: $id, staffId: $s, commandId: $c) { state assignee { name } } }';
    expect((await api.gql(assign, { id: callId, s: minhId, c: 'as1' }, sara)).data!.assignCallback).toEqual({
      state: 'ASSIGNED',
      assignee: { name: 'Nguyễn Văn Minh' },
    });
    expect(reasonOf(await api.gql(assign, { id: callId, s: 'nobody', c: 'as2' }, sara))).toBe('CALL_STAFF_NOT_FOUND');
    const attempt =
      'mutation ($id: ID!, $c: ID!) { recordCallbackAttempt(callId: $id, outcome: REACHED, note: "Sent the form", commandId: $c) { attempts { outcome note by { name } } } }';
    expect((await api.gql(attempt, { id: callId, c: 'at1' }, minh)).data!.recordCallbackAttempt.attempts).toEqual([
      { outcome: 'REACHED', note: 'Sent the form', by: { name: 'Nguyễn Văn Minh' } },
    ]);
    const complete =
      'mutation ($id: ID!, $c: ID!) { completeCallback(callId: $id, commandId: $c) { state completedAt } }';
    expect((await api.gql(complete, { id: callId, c: 'co1' }, minh)).data!.completeCallback.state).toBe('DONE');
    const queue = await api.gql('{ callbackQueue { callId } }', {}, sara);
    expect(queue.data!.callbackQueue.map((callback: { callId: string }) => callback.callId)).not.toContain(callId);
    expect(reasonOf(await api.gql(attempt, { id: callId, c: 'at2' }, minh))).toBe('CALL_CALLBACK_CLOSED');
  });

  it('creates a follow-up list from numbers in any format and records attempts; a malformed number is refused', async () => {
    const create =
      'mutation ($input: CreateCallListInput!, $c: ID!) { createCallList(input: $input, commandId: $c) { id entries { id number { raw e164 } done } } }';
    const entries = [
      { number: '030 5557 1600', label: 'Verlag Nord' },
      { number: '+44 20 7946 0123', label: 'Harbour Press', reference: 'licence' },
    ];
    const list = (await api.gql(create, { input: { name: 'Licences', entries }, c: 'l1' }, sara)).data!.createCallList;
    expect(list.entries[0]).toEqual({ id: 'e1', number: { raw: '030 5557 1600', e164: '+493055571600' }, done: false });
    const bad = { name: 'Bad', entries: [{ number: 'call me maybe', label: 'Nobody' }] };
    expect(reasonOf(await api.gql(create, { input: bad, c: 'l2' }, sara))).toBe('CALL_LIST_ENTRIES_INVALID');
    const record =
      'mutation ($l: ID!, $e: ID!, $c: ID!) { recordCallListAttempt(listId: $l, entryId: $e, outcome: REACHED, done: true, commandId: $c) { doneCount } }';
    expect((await api.gql(record, { l: list.id, e: 'e2', c: 'r1' }, sara)).data!.recordCallListAttempt.doneCount).toBe(
      1,
    );
    expect(reasonOf(await api.gql(record, { l: list.id, e: 'e9', c: 'r2' }, sara))).toBe('CALL_LIST_ENTRY_NOT_FOUND');
  });
});

describe('hand-logged calls', () => {
  const log =
    'mutation ($input: LogCallInput!, $c: ID!) { logCall(input: $input, commandId: $c) { id source direction outcome durationSeconds counterpart { raw e164 } callback { state } notes { text } } }';
  const input = (more: Record<string, unknown> = {}) => ({
    direction: 'IN',
    number: '0221 4710334',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationSeconds: 0,
    outcome: 'VOICEMAIL',
    notes: 'Voicemail: asks for the opening hours at Easter.',
    ...more,
  });

  it('logs a call once per command id, with a callback for a voicemail', async () => {
    const first = (await api.gql(log, { input: input(), c: 'h1' }, sara)).data!.logCall;
    expect(first).toMatchObject({
      source: 'MANUAL',
      outcome: 'VOICEMAIL',
      counterpart: { e164: '+492214710334' },
      callback: { state: 'WAITING' },
    });
    expect((await api.gql(log, { input: input(), c: 'h1' }, sara)).data!.logCall.id).toBe(first.id);
  });

  it('refuses malformed numbers, times and durations, and huge notes, writing nothing', async () => {
    const before = (await api.gql('{ calls { totalCount } }', {}, sara)).data!.calls.totalCount;
    expect(reasonOf(await api.gql(log, { input: input({ number: '12' }), c: 'h2' }, sara))).toBe('CALL_NUMBER_INVALID');
    expect(reasonOf(await api.gql(log, { input: input({ number: '+1 (555) DROP TABLE' }), c: 'h3' }, sara))).toBe(
      'CALL_NUMBER_INVALID',
    );
    expect(reasonOf(await api.gql(log, { input: input({ startedAt: 'yesterday' }), c: 'h4' }, sara))).toBe(
      'CALL_TIME_INVALID',
    );
    expect(reasonOf(await api.gql(log, { input: input({ startedAt: '2099-01-01T00:00:00Z' }), c: 'h5' }, sara))).toBe(
      'CALL_TIME_INVALID',
    );
    expect(reasonOf(await api.gql(log, { input: input({ durationSeconds: -5 }), c: 'h6' }, sara))).toBe(
      'CALL_DURATION_INVALID',
    );
    expect(reasonOf(await api.gql(log, { input: input({ notes: 'n'.repeat(20_000) }), c: 'h7' }, sara))).toBe(
      'CALL_NOTE_INVALID',
    );
    expect(reasonOf(await api.gql('{ calls(filter: { first: 500 }) { totalCount } }', {}, sara))).toBe(
      'CALL_PAGE_SIZE_INVALID',
    );
    expect(reasonOf(await api.gql('{ calls(filter: { after: "abc" }) { totalCount } }', {}, sara))).toBe(
      'CALL_CURSOR_INVALID',
    );
    expect((await api.gql('{ calls { totalCount } }', {}, sara)).data!.calls.totalCount).toBe(before);
  });
});

describe('the webhook token', () => {
  it('is generated on the first start, shown to admins with the address, and rotated: the old one is refused', async () => {
    const shown = await settings();
    expect(shown.fromEnvironment).toBe(false);
    expect(shown.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(shown.webhookUrl).toBe(`/api/v1/cti/${shown.token}`);
    const fields = { event: 'newCall', callId: 'desk-token', direction: 'in', from: '+4930555716', to: '4930123456' };
    expect(await webhook(fields, shown.token)).toBe(200);
    const rotated = (await api.gql('mutation { rotateCtiToken(commandId: "r1") { token } }', {}, admin)).data!
      .rotateCtiToken;
    expect(rotated.token).not.toBe(shown.token);
    expect(await webhook(fields, shown.token)).toBe(401);
    expect(await webhook(fields, rotated.token)).toBe(200);
  });

  it('keeps the token a restart finds in the store', async () => {
    const before = await settings();
    const next = await api.restart();
    const answer = await next.inject({
      method: 'POST',
      url: `/api/v1/cti/${before.token}`,
      payload: { event: 'newCall', callId: 'desk-restart', direction: 'in', from: '+4930555716', to: '4930123456' },
    });
    expect(answer.statusCode).toBe(200);
  }, 60_000);
});

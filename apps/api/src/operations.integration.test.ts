/**
 * The operations dashboard through the api and the emulator, on a clock the test moves, in
 * Asia/Tehran (UTC+03:30, no daylight saving): calls from the PBX's webhook and logged by hand, a
 * ticket from the public form, a chat, and an agent signed in and online count on Tehran's days and hours (two calls
 * on the same UTC day fall on two Tehran days); supervisors' and admins' access; the definitions
 * changed and the shifts defined rebuild the same events' figures by replay; the report as CSV
 * and XLSX; and another api process folds the figures under the recorded settings from the start.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelsSettled } from './testing/calls';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { ACCEPT, goOnline, visitor } from './testing/reference-desk';

const TOKEN = 'cti-operations-token-0123456789';
// Far from the demo data, which is seeded around the clock's first value.
let clock = new Date('2026-02-01T08:00:00Z');
const now = () => clock;
const at = (iso: string) => {
  clock = new Date(iso);
};

let api: TestApi;
let store: EventStoreDBClient;
let admin: string;
let sara: string;
let ticketType: string;

const DASHBOARD = `query ($filter: OperationsFilter!) { operationsDashboard(filter: $filter) {
  from to granularity timeZone settingsVersion rebuilding
  volumes { received answered byChannel { channel received answered } byRequesterType { requesterType received answered }
    matrix { channel requesterType received answered } }
  staffing { agentsOnline personHours personDays }
  serviceLevels { callsOffered callsAnswered callsAbandoned answerRate averageWaitSeconds serviceLevelSeconds }
  buckets { key day hour shift start end backlog volumes { received byChannel { channel received answered } }
    staffing { agentsOnline personHours personDays } }
  peak { at waiting agentsOnline { name } }
} }`;
const SETTINGS = `{ version shifts { key start end } answeredMinTalkSeconds serviceLevelSeconds
  requesterTypes { key group } rebuild { state version eventsReplayed } }`;
const CHANGE = `mutation ($input: ChangeOperationsDefinitionsInput!) { changeOperationsDefinitions(input: $input) ${SETTINGS} }`;
const SHIFTS = `mutation ($input: DefineShiftsInput!) { defineShifts(input: $input) ${SETTINGS} }`;

type Volume = { channel: string; received: number; answered: number };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Dashboard = Record<string, any>;

async function dashboard(filter: Record<string, unknown>, token = admin, app = api.app): Promise<Dashboard> {
  await readModelsSettled(app, store);
  const answer = await gqlOn<{ operationsDashboard: Dashboard }>(app, DASHBOARD, { filter }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data!.operationsDashboard;
}

const channelOf = (volumes: { byChannel: Volume[] }, channel: string) =>
  volumes.byChannel.find((volume) => volume.channel === channel);

async function pbx(fields: Record<string, string>) {
  const response = await api.app.inject({ method: 'POST', url: `/api/v1/cti/${TOKEN}`, payload: fields });
  expect(response.statusCode).toBe(200);
}

const call = (callId: string) => ({ callId, direction: 'in', from: '+982166112233', to: '+982188776655' });

beforeAll(async () => {
  api = await startTestApi({
    referenceDesk: { timeZone: 'Asia/Tehran', now },
    identity: { now },
    tickets: { now },
    calls: { now, ctiToken: TOKEN },
    operations: { now },
  });
  store = EventStoreDBClient.connectionString(api.store.url);
  const offer = await api.gql('{ publicTicketForm { requesterTypes { key } } }');
  ticketType = offer.data!.publicTicketForm.requesterTypes[0].key;

  // 2026-04-10 23:45 in Tehran: Sara signs in; the admin (no agent) reads.
  at('2026-04-10T20:15:00Z');
  sara = await api.signIn('sara', 'deskstream-agent');
  admin = await api.signIn('admin', 'deskstream-admin');
  // 23:50: a call rings, is answered after 15 s and talks for two minutes.
  at('2026-04-10T20:20:00Z');
  await pbx({ event: 'newCall', ...call('ops-1') });
  at('2026-04-10T20:20:15Z');
  await pbx({ event: 'answer', ...call('ops-1'), answeringNumber: 'sara' });
  at('2026-04-10T20:22:15Z');
  await pbx({ event: 'hangup', ...call('ops-1'), cause: 'normalClearing' });
  // 23:55: Sara sets herself online; a visitor's chat waits 30 s for her.
  at('2026-04-10T20:25:00Z');
  await goOnline(api.gql, sara);
  const chatId = await visitor(api.gql).startChat('humanities', 'Where is hall 5?');
  at('2026-04-10T20:25:30Z');
  expect((await api.gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();
  // 00:10 on the 11th (still the 10th in UTC): a call nobody answers.
  at('2026-04-10T20:40:00Z');
  await pbx({ event: 'newCall', ...call('ops-2') });
  at('2026-04-10T20:41:00Z');
  await pbx({ event: 'hangup', ...call('ops-2'), cause: 'cancel' });
  // 00:15: a ticket from the public form; 00:20: Sara logs an outgoing call to a buyer.
  at('2026-04-10T20:45:00Z');
  const submitted = await api.gql(
    `mutation ($input: SubmitTicketInput!) { submitTicket(input: $input, commandId: "ops-ticket-1") { number } }`,
    {
      input: {
        departmentId: 'law',
        requesterType: ticketType,
        subject: 'Booth registration',
        text: 'Our booth is not on the map.',
        requester: { name: 'Parisa Rahimi', email: 'parisa@example.org', language: 'fa', contactMethod: 'EMAIL' },
      },
    },
  );
  expect(submitted.errors).toBeUndefined();
  at('2026-04-10T20:50:00Z');
  const logged = await api.gql(
    `mutation ($input: LogCallInput!) { logCall(input: $input, commandId: "ops-logged-1") { id } }`,
    {
      input: {
        direction: 'OUT',
        number: '+982155443322',
        startedAt: '2026-04-10T20:48:00Z',
        durationSeconds: 60,
        outcome: 'ANSWERED',
        requesterType: 'buyer',
      },
    },
    sara,
  );
  expect(logged.errors).toBeUndefined();
  // 01:00 on the 11th: Sara signs out, after 75 minutes signed in.
  at('2026-04-10T21:30:00Z');
  expect((await api.gql('mutation { signOut }', {}, sara)).errors).toBeUndefined();
  // Two days later, both sign in again to read (Sara's new session counts on the 12th).
  at('2026-04-12T08:00:00Z');
  sara = await api.signIn('sara', 'deskstream-agent');
  admin = await api.signIn('admin', 'deskstream-admin');
}, 120_000);

afterAll(async () => {
  await store?.dispose();
  await api?.close();
});

describe('the operations dashboard', () => {
  it('counts calls, tickets and staffing on Tehran’s days, for supervisors and admins only', async () => {
    const view = await dashboard({ from: '2026-04-10', to: '2026-04-11', granularity: 'DAY' });
    expect(view).toMatchObject({ timeZone: 'Asia/Tehran', settingsVersion: 0, rebuilding: false });
    // Both calls rang on 2026-04-10 in UTC; by Tehran's clock the second rang after midnight.
    expect(view.buckets.map((bucket: Dashboard) => [bucket.key, bucket.volumes.received])).toEqual([
      ['2026-04-10', 2],
      ['2026-04-11', 3],
    ]);
    expect(view.buckets[1].start).toBe('2026-04-10T20:30:00.000Z');
    expect(channelOf(view.volumes, 'INBOUND_CALL')).toEqual({ channel: 'INBOUND_CALL', received: 2, answered: 1 });
    expect(channelOf(view.volumes, 'OUTBOUND_CALL')).toEqual({ channel: 'OUTBOUND_CALL', received: 1, answered: 1 });
    expect(channelOf(view.volumes, 'TICKET')).toEqual({ channel: 'TICKET', received: 1, answered: 0 });
    expect(channelOf(view.volumes, 'CHAT')).toEqual({ channel: 'CHAT', received: 1, answered: 1 });
    expect(view.volumes.matrix).toContainEqual({
      channel: 'TICKET',
      requesterType: ticketType,
      received: 1,
      answered: 0,
    });
    expect(view.volumes.matrix).toContainEqual({
      channel: 'OUTBOUND_CALL',
      requesterType: 'buyer',
      received: 1,
      answered: 1,
    });
    expect(view.serviceLevels).toMatchObject({
      callsOffered: 2,
      callsAnswered: 1,
      callsAbandoned: 1,
      answerRate: 0.5,
      averageWaitSeconds: 15,
      serviceLevelSeconds: 20,
    });
    // Sara: 15 minutes on the 10th, an hour on the 11th (and her session of the 12th is another day).
    expect(view.staffing).toEqual({ agentsOnline: 1, personHours: 1.25, personDays: 2 });
    expect(view.buckets.map((bucket: Dashboard) => bucket.staffing.personHours)).toEqual([0.25, 1]);
    expect(view.peak).toMatchObject({
      at: '2026-04-10T20:20:00.000Z',
      waiting: 1,
      agentsOnline: [{ name: 'Sara Ahmadi' }],
    });

    const hourly = await dashboard({ from: '2026-04-11', to: '2026-04-11', granularity: 'HOUR' });
    expect(hourly.buckets).toHaveLength(24);
    expect(hourly.buckets[0]).toMatchObject({ key: '2026-04-11T00', hour: 0, volumes: { received: 3 } });

    // A supervisor reads the dashboard and the settings but changes neither; an agent reads neither.
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    expect(
      (await api.gql(DASHBOARD, { filter: { from: '2026-04-10', to: '2026-04-10' } }, yuki)).errors,
    ).toBeUndefined();
    expect((await api.gql(`{ operationsSettings ${SETTINGS} }`, {}, yuki)).data!.operationsSettings.version).toBe(0);
    const notAdmin = await api.gql(SHIFTS, { input: { shifts: [], commandId: 'ops-shifts-yuki' } }, yuki);
    expect(notAdmin.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_ROLE_REQUIRED' });
    expect((await api.gql(`{ operationsSettings { version } }`, {}, sara)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const denied = await api.gql(DASHBOARD, { filter: { from: '2026-04-10', to: '2026-04-11' } }, sara);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_ROLE_REQUIRED' });
    const wrongDay = await api.gql(DASHBOARD, { filter: { from: '2026-04-31', to: '2026-05-01' } }, admin);
    expect(wrongDay.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_ERROR',
      reason: 'OPERATIONS_DAY_INVALID',
    });
    const tooLong = await api.gql(
      DASHBOARD,
      { filter: { from: '2026-01-01', to: '2026-03-01', granularity: 'HOUR' } },
      admin,
    );
    expect(tooLong.errors?.[0]?.extensions?.reason).toBe('OPERATIONS_PERIOD_INVALID');
  });

  it('downloads the period report as CSV and XLSX with the same figures', async () => {
    const query = 'from=2026-04-10&to=2026-04-11&granularity=day';
    const csv = await api.app.inject({
      method: 'GET',
      url: `/api/v1/operations/report.csv?${query}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = lines[0]!.split(',');
    const eleventh = lines.find((line) => line.startsWith('2026-04-11,'))!.split(',');
    expect(lines).toHaveLength(4);
    expect(Number(eleventh[header.indexOf('INBOUND_CALL_received')])).toBe(1);
    expect(Number(eleventh[header.indexOf('personDays')])).toBe(1);

    const xlsx = await api.app.inject({
      method: 'GET',
      url: `/api/v1/operations/report.xlsx?${query}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('operations-2026-04-10-2026-04-11-day.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const anonymous = await api.app.inject({ method: 'GET', url: `/api/v1/operations/report.csv?${query}` });
    expect([anonymous.statusCode, anonymous.json().reason]).toEqual([401, 'ACCESS_NOT_SIGNED_IN']);
    const agent = await api.app.inject({
      method: 'GET',
      url: `/api/v1/operations/report.xlsx?${query}`,
      headers: { authorization: `Bearer ${sara}` },
    });
    expect(agent.statusCode).toBe(403);
    const noPeriod = await api.app.inject({
      method: 'GET',
      url: '/api/v1/operations/report.csv?to=2026-04-11',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect([noPeriod.statusCode, noPeriod.json().reason]).toEqual([400, 'OPERATIONS_DAY_INVALID']);
  });

  it('rebuilds the same events’ figures by replay when the definitions change', async () => {
    // Calls logged while the figures are rebuilt are counted once, whichever figures they reach first.
    const logCall = (index: number) =>
      api.gql(
        `mutation ($input: LogCallInput!) { logCall(input: $input, commandId: "ops-during-${index}") { id } }`,
        {
          input: {
            direction: 'OUT',
            number: '+982155443322',
            startedAt: '2026-04-10T21:00:00Z',
            durationSeconds: 200,
            outcome: 'ANSWERED',
            requesterType: 'buyer',
          },
        },
        sara,
      );
    const during = Promise.all([1, 2, 3, 4, 5].map(logCall));
    const changed = await api.gql(
      CHANGE,
      {
        input: {
          answeredMinTalkSeconds: 150,
          serviceLevelSeconds: 10,
          requesterTypes: [
            { key: ticketType, group: 'exhibitors' },
            { key: 'buyer', group: 'exhibitors' },
          ],
          expectedVersion: 0,
          commandId: 'ops-definitions-1',
        },
      },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeOperationsDefinitions).toMatchObject({
      version: 1,
      answeredMinTalkSeconds: 150,
      rebuild: { state: 'CURRENT', version: 1 },
    });
    expect(changed.data!.changeOperationsDefinitions.rebuild.eventsReplayed).toBeGreaterThan(0);
    expect((await during).every((answer) => answer.errors === undefined)).toBe(true);

    const view = await dashboard({ from: '2026-04-10', to: '2026-04-11', granularity: 'DAY' });
    expect(view).toMatchObject({ settingsVersion: 1, rebuilding: false });
    // The same two calls: two minutes of talk no longer count as answered, one minute neither; 200 s do.
    expect(channelOf(view.volumes, 'INBOUND_CALL')).toEqual({ channel: 'INBOUND_CALL', received: 2, answered: 0 });
    expect(channelOf(view.volumes, 'OUTBOUND_CALL')).toEqual({ channel: 'OUTBOUND_CALL', received: 6, answered: 5 });
    expect(view.volumes.byRequesterType).toContainEqual({ requesterType: 'exhibitors', received: 7, answered: 5 });
    expect(view.staffing).toEqual({ agentsOnline: 1, personHours: 1.25, personDays: 2 });

    const stale = await api.gql(
      CHANGE,
      {
        input: {
          answeredMinTalkSeconds: 0,
          serviceLevelSeconds: 20,
          requesterTypes: [],
          expectedVersion: 0,
          commandId: 'ops-definitions-2',
        },
      },
      admin,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPERATIONS_SETTINGS_CHANGED' });
  });

  it('cuts the figures by the shifts defined, a night shift past midnight on the day it began', async () => {
    const name = (en: string) => ({ fa: en, en, ja: en, vi: en });
    const defined = await api.gql(
      SHIFTS,
      {
        input: {
          shifts: [
            { key: 'day', name: name('Day'), start: '08:00', end: '22:00' },
            { key: 'night', name: name('Night'), start: '22:00', end: '02:00' },
          ],
          commandId: 'ops-shifts-1',
        },
      },
      admin,
    );
    expect(defined.errors).toBeUndefined();
    expect(defined.data!.defineShifts).toMatchObject({ version: 2, rebuild: { state: 'CURRENT', version: 2 } });

    const view = await dashboard({ from: '2026-04-10', to: '2026-04-11', granularity: 'SHIFT' });
    const night = view.buckets.find((bucket: Dashboard) => bucket.key === '2026-04-10/night');
    expect(night).toMatchObject({
      day: '2026-04-10',
      shift: 'night',
      start: '2026-04-10T18:30:00.000Z',
      end: '2026-04-10T22:30:00.000Z',
      volumes: { received: 10 },
      staffing: { agentsOnline: 1, personHours: 1.25 },
    });
    expect(view.buckets.map((bucket: Dashboard) => bucket.shift)).not.toContain('outside');
  });

  it('folds the figures under the recorded settings from the first event in another api process', async () => {
    const next = await api.restart();
    const view = await dashboard({ from: '2026-04-10', to: '2026-04-11', granularity: 'DAY' }, admin, next);
    expect(view).toMatchObject({ settingsVersion: 2, rebuilding: false });
    expect(channelOf(view.volumes, 'INBOUND_CALL')).toEqual({ channel: 'INBOUND_CALL', received: 2, answered: 0 });
    expect(channelOf(view.volumes, 'OUTBOUND_CALL')).toEqual({ channel: 'OUTBOUND_CALL', received: 6, answered: 5 });
    const settings = await gqlOn<{ operationsSettings: Dashboard }>(
      next,
      `{ operationsSettings ${SETTINGS} }`,
      {},
      admin,
    );
    expect(settings.data!.operationsSettings).toMatchObject({ version: 2, rebuild: { state: 'CURRENT', version: 2 } });
  });
});

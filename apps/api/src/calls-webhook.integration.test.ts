/**
 * The PBX's webhook through the api and the emulator, as Zammad's generic CTI endpoint: form and
 * JSON bodies, an answered call, the same event twice written once, a hangup before its newCall,
 * an answer after its hangup, a missed call in the callback queue, PBX names matched to staff,
 * numbers in E.164 with the raw text kept, and a wrong token, malformed bodies and huge fields
 * answered without writing anything.
 */
import { EventStoreDBClient, StreamNotFoundError } from '@eventstore/db-client';
import { ctiCallId } from '@deskstream/calls-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelsSettled } from './testing/calls';
import { startTestApi, type TestApi } from './testing/harness';

const TOKEN = 'cti-test-token-0123456789';
let api: TestApi;
let store: EventStoreDBClient;
let agent: string;

beforeAll(async () => {
  api = await startTestApi({ calls: { ctiToken: TOKEN, phoneCountry: 'DE' } });
  store = EventStoreDBClient.connectionString(api.store.url);
  agent = await api.signIn('sara', 'deskstream-agent');
}, 60_000);
afterAll(async () => {
  await store?.dispose();
  await api?.close();
});

type Fields = Record<string, string | string[]>;

/** Posts a CTI event form-encoded (as most PBXs do), `user[]` repeated. */
async function form(fields: Fields, token = TOKEN) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  const response = await api.app.inject({
    method: 'POST',
    url: `/api/v1/cti/${token}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
  return { status: response.statusCode, body: response.json() };
}

async function json(fields: Record<string, unknown>, token = TOKEN) {
  const response = await api.app.inject({ method: 'POST', url: `/api/v1/cti/${token}`, payload: fields });
  return { status: response.statusCode, body: response.json() };
}

async function eventTypes(pbxCallId: string): Promise<string[]> {
  try {
    const types: string[] = [];
    for await (const resolved of store.readStream(`call-${ctiCallId(pbxCallId)}`)) types.push(resolved.event!.type);
    return types;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}

const CALL = `query ($id: ID!) { call(id: $id) {
  state direction outcome durationSeconds cause queue pbxUsers
  from { raw e164 } to { raw e164 } counterpart { raw e164 }
  ringing { id name } answeredBy { name }
  callback { state reason number { e164 } }
} }`;
const callOf = async (pbxCallId: string) => {
  await readModelsSettled(api.app, store);
  return (await api.gql(CALL, { id: ctiCallId(pbxCallId) }, agent)).data!.call;
};

const inbound = (callId: string, more: Fields = {}): Fields => ({
  callId,
  direction: 'in',
  from: '030 55571600',
  to: '4930123456',
  'user[]': ['Sara Ahmadi', 'Nguyễn Văn Minh'],
  queue: 'helpdesk',
  ...more,
});

describe('the CTI webhook', () => {
  it('records an answered call: rang, answered by the staff member the PBX names, ended with its length', async () => {
    expect(await form({ event: 'newCall', ...inbound('call-1') })).toEqual({ status: 200, body: {} });
    const ringing = await callOf('call-1');
    expect(ringing).toMatchObject({
      state: 'RINGING',
      direction: 'IN',
      from: { raw: '030 55571600', e164: '+493055571600' },
      to: { raw: '4930123456', e164: '+4930123456' },
      counterpart: { e164: '+493055571600' },
      queue: 'helpdesk',
      pbxUsers: ['Sara Ahmadi', 'Nguyễn Văn Minh'],
    });
    expect(ringing.ringing.map((member: { name: string }) => member.name)).toEqual(['Sara Ahmadi', 'Nguyễn Văn Minh']);
    expect(
      (await form({ event: 'answer', ...inbound('call-1', { 'user[]': 'Sara Ahmadi', answeringNumber: 'sara' }) }))
        .status,
    ).toBe(200);
    expect((await form({ event: 'hangup', ...inbound('call-1', { cause: 'normalClearing' }) })).status).toBe(200);
    expect(await callOf('call-1')).toMatchObject({
      state: 'ENDED',
      outcome: 'ANSWERED',
      cause: 'normalClearing',
      answeredBy: { name: 'Sara Ahmadi' },
      callback: null,
    });
    expect(await eventTypes('call-1')).toEqual(['CallRang', 'CallAnswered', 'CallEnded']);
  });

  it('takes JSON as well, with user as a list', async () => {
    const fields = {
      callId: 'call-json',
      direction: 'out',
      from: '4930123456',
      to: '+44 20 7946 0958',
      user: ['Yuki Tanaka'],
    };
    expect(await json({ event: 'newCall', ...fields })).toEqual({ status: 200, body: {} });
    expect(await callOf('call-json')).toMatchObject({
      direction: 'OUT',
      counterpart: { raw: '+44 20 7946 0958', e164: '+442079460958' },
    });
  });

  it('writes the same event twice once', async () => {
    for (let i = 0; i < 3; i++) expect((await form({ event: 'newCall', ...inbound('call-dup') })).status).toBe(200);
    await Promise.all([
      form({ event: 'answer', ...inbound('call-dup') }),
      form({ event: 'answer', ...inbound('call-dup') }),
    ]);
    await form({ event: 'hangup', ...inbound('call-dup', { cause: 'normalClearing' }) });
    await form({ event: 'hangup', ...inbound('call-dup', { cause: 'normalClearing' }) });
    expect(await eventTypes('call-dup')).toEqual(['CallRang', 'CallAnswered', 'CallEnded']);
  });

  it('tolerates a hangup before its newCall, and queues a callback for the abandoned call', async () => {
    expect((await form({ event: 'hangup', ...inbound('call-early', { cause: 'cancel' }) })).status).toBe(200);
    expect((await form({ event: 'newCall', ...inbound('call-early') })).status).toBe(200);
    expect(await eventTypes('call-early')).toEqual(['CallRang', 'CallEnded', 'CallbackQueued']);
    expect(await callOf('call-early')).toMatchObject({
      state: 'ENDED',
      outcome: 'ABANDONED',
      callback: { state: 'WAITING', reason: 'ABANDONED', number: { e164: '+493055571600' } },
    });
  });

  it('corrects a missed call when its answer arrives after the hangup, withdrawing the callback', async () => {
    await form({ event: 'newCall', ...inbound('call-late') });
    await form({ event: 'hangup', ...inbound('call-late', { cause: 'noAnswer' }) });
    expect((await callOf('call-late')).callback.state).toBe('WAITING');
    await form({ event: 'answer', ...inbound('call-late', { 'user[]': 'Sara Ahmadi' }) });
    expect(await callOf('call-late')).toMatchObject({ outcome: 'ANSWERED', callback: { state: 'WITHDRAWN' } });
  });

  it('puts a missed call in the callback queue', async () => {
    await form({ event: 'newCall', ...inbound('call-missed', { from: '+98 21 6111 2345' }) });
    await form({ event: 'hangup', ...inbound('call-missed', { from: '+98 21 6111 2345', cause: 'noAnswer' }) });
    await readModelsSettled(api.app, store);
    const queue = await api.gql('{ callbackQueue { callId state reason call { counterpart { e164 } } } }', {}, agent);
    expect(queue.data!.callbackQueue).toContainEqual({
      callId: ctiCallId('call-missed'),
      state: 'WAITING',
      reason: 'MISSED',
      call: { counterpart: { e164: '+982161112345' } },
    });
  });

  it('keeps a number it cannot read as given, without E.164, and an anonymous caller gets no callback', async () => {
    await form({ event: 'newCall', ...inbound('call-anon', { from: 'anonymous' }) });
    await form({ event: 'hangup', ...inbound('call-anon', { from: 'anonymous', cause: 'cancel' }) });
    expect(await callOf('call-anon')).toMatchObject({
      from: { raw: 'anonymous', e164: null },
      callback: null,
      outcome: 'ABANDONED',
    });
    await form({ event: 'newCall', ...inbound('call-odd', { from: '<b>12</b>' }) });
    expect((await callOf('call-odd')).from).toEqual({ raw: '<b>12</b>', e164: null });
  });

  it('answers 401 to a wrong token and writes nothing', async () => {
    for (const token of ['wrong-token-0123456789', TOKEN.slice(0, -1), `${TOKEN}x`, 'x'])
      expect(await form({ event: 'newCall', ...inbound('call-forged') }, token)).toMatchObject({ status: 401 });
    expect(await eventTypes('call-forged')).toEqual([]);
    expect(await callOf('call-forged')).toBeNull();
  });

  it('answers 422 to what is no CTI event, and writes nothing', async () => {
    expect((await form({ event: 'transfer', ...inbound('call-bad') })).status).toBe(422);
    expect((await form({ event: 'newCall', ...inbound('call-bad', { direction: 'sideways' }) })).body).toEqual({
      error: 'Invalid direction!',
    });
    expect((await form({ event: 'newCall', ...inbound('') })).status).toBe(422);
    expect((await form({ event: 'newCall', ...inbound('x'.repeat(251)) })).status).toBe(422);
    expect((await json({ event: { nested: true }, callId: 'call-bad' })).status).toBe(422);
    const array = await api.app.inject({
      method: 'POST',
      url: `/api/v1/cti/${TOKEN}`,
      payload: '[1,2]',
      headers: { 'content-type': 'application/json' },
    });
    expect(array.statusCode).toBe(422);
    const broken = await api.app.inject({
      method: 'POST',
      url: `/api/v1/cti/${TOKEN}`,
      payload: '{"event":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(await eventTypes('call-bad')).toEqual([]);
  });

  it('refuses a body over the limit, and cuts long fields to their limits', async () => {
    const huge = await form({ event: 'newCall', ...inbound('call-huge', { queue: 'q'.repeat(20_000) }) });
    expect(huge.status).toBe(413);
    expect(await eventTypes('call-huge')).toEqual([]);
    await form({ event: 'newCall', ...inbound('call-long', { queue: 'q'.repeat(5_000), from: '1'.repeat(3_000) }) });
    const call = await callOf('call-long');
    expect(call.queue).toHaveLength(250);
    expect(call.from).toEqual({ raw: '1'.repeat(64), e164: null });
  });
});

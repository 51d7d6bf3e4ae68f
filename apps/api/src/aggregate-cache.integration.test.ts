/**
 * The command path's aggregate cache and per-stream queue, through the whole api: a visitor and
 * an agent writing to one chat at the same moment are both written, none told CONFLICT, and the
 * chat's stream is not read again for each message.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { ACCEPT, SEND_AGENT, STAFF_CHAT, goOffline, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let sara: string;
const GENEROUS = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [action, { max: 10_000, windowMs: 60_000 }]),
) as never;

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: GENEROUS } });
  sara = await api.signIn('sara', 'deskstream-agent');
  await goOnline(api.gql, sara);
});

afterAll(async () => {
  if (sara) await goOffline(api.gql, sara).catch(() => undefined);
  await api?.close();
});

describe('messages on one chat at the same moment', () => {
  it('are all written, in one transcript, none refused as a conflict', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Where are the theses kept?');
    expect((await api.gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();
    const hitsBefore = (
      (await api.app.inject({ method: 'GET', url: '/health/ready' })).json() as {
        aggregateCache: { hits: number; misses: number };
      }
    ).aggregateCache;

    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? reza.say(chatId, `visitor ${i}`)
          : api.gql(SEND_AGENT, { chatId, id: randomUUID(), text: `agent ${i}` }, sara),
      ),
    );
    expect(sent.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(12).fill('ok'));
    // None of them read the chat's stream again: the request and the accept left it in memory.
    const health = (await api.app.inject({ method: 'GET', url: '/health/ready' })).json() as {
      aggregateCache: { hits: number; misses: number; capacity: number };
    };
    expect(health.aggregateCache.capacity).toBe(10_000);
    expect(health.aggregateCache.hits - hitsBefore.hits).toBe(12);
    expect(health.aggregateCache.misses - hitsBefore.misses).toBe(0);

    const transcript = await api.gql<{ chat: { transcript: { kind: string; text: string }[] } }>(
      STAFF_CHAT,
      { id: chatId },
      sara,
    );
    const texts = transcript
      .data!.chat.transcript.filter((entry) => entry.kind === 'MESSAGE')
      .map((entry) => entry.text);
    expect(texts.slice(1).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i % 2 === 0 ? 'visitor' : 'agent'} ${i}`).sort(),
    );
  });

  it('and a message retried with the same id after others followed is written once', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Can I renew a loan?');
    await api.gql(ACCEPT, { chatId }, sara);
    const messageId = randomUUID();
    const first = await reza.say(chatId, 'Hello?', messageId);
    await api.gql(SEND_AGENT, { chatId, id: randomUUID(), text: 'Yes, go ahead.' }, sara);
    await reza.say(chatId, 'Thanks');
    const again = await reza.say(chatId, 'Hello?', messageId);
    expect(again.data).toEqual(first.data);
    const transcript = await api.gql<{ chat: { transcript: { kind: string; text: string }[] } }>(
      STAFF_CHAT,
      { id: chatId },
      sara,
    );
    expect(
      transcript.data!.chat.transcript.filter((entry) => entry.kind === 'MESSAGE').map((entry) => entry.text),
    ).toEqual(['Can I renew a loan?', 'Hello?', 'Yes, go ahead.', 'Thanks']);
  });
});

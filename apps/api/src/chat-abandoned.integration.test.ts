/**
 * A waiting chat whose visitor closed the browser: no live connection for the desk's set time
 * and it is abandoned (out of the queue, a notice, counted as missed and abandoned), once, even
 * with two api processes on one store; a visitor who came back keeps their place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EventStoreDBClient } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { goOnline, visitor } from './testing/reference-desk';

const GONE_AFTER_MS = 600;
let api: TestApi;
let other: FastifyInstance;
let urls: { first: string; second: string };
let store: EventStoreDBClient;
let sara: string;
let yuki: string;
const clients: Client[] = [];

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { visitorGoneAfterMs: GONE_AFTER_MS } });
  sara = await api.signIn('sara', 'deskstream-agent');
  yuki = await api.signIn('yuki', 'deskstream-agent');
  await goOnline(api.gql, sara);
  other = await api.restart();
  const ws = (address: string) => `${address.replace(/^http/, 'ws')}/graphql`;
  urls = {
    first: ws(await api.app.listen({ port: 0, host: '127.0.0.1' })),
    second: ws(await other.listen({ port: 0, host: '127.0.0.1' })),
  };
  store = EventStoreDBClient.connectionString(api.store.url);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await store?.dispose();
  await api?.close();
});

/** The visitor's page: a live connection following their chat, on one api process. */
async function follow(url: string, chatId: string, token: string): Promise<Client> {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(client);
  const subscribed = new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', () => reject(new Error('closed')));
  });
  client.subscribe(
    {
      query:
        'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { entry { text } } }',
      variables: { c: chatId, t: token },
    },
    { next: () => undefined, error: () => undefined, complete: () => undefined },
  );
  await subscribed;
  return client;
}

async function eventTypes(chatId: string): Promise<string[]> {
  const types: string[] = [];
  for await (const resolved of store.readStream(`chat-${chatId}`)) types.push(resolved.event!.type);
  return types;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  for (
    const started = Date.now();
    Date.now() - started < timeoutMs;
    await new Promise((resolve) => setTimeout(resolve, 50))
  ) {
    const found = await probe();
    if (found !== undefined) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}

const STAFF_CHAT = 'query ($id: ID!) { chat(id: $id) { status closedBy queuePosition transcript { notice text } } }';

describe('a waiting chat whose visitor left', () => {
  it('is abandoned once after the set time, with a notice, out of the queue and counted', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Is anybody there?');
    const page = await follow(urls.first, chatId, reza.token);
    await page.dispose();

    const chat = await waitFor('the chat to be abandoned', async () => {
      const result = await api.gql(STAFF_CHAT, { id: chatId }, sara);
      return result.data?.chat.status === 'CLOSED' ? result.data.chat : undefined;
    });
    expect(chat).toMatchObject({ closedBy: 'VISITOR_LEFT', queuePosition: null });
    expect(chat.transcript.at(-1)).toEqual({
      notice: 'ABANDONED',
      text: 'Reza Karimi has left; the chat was not answered',
    });
    const pending = await api.gql('{ pendingChats { id } }', {}, sara);
    expect(pending.data!.pendingChats.map((each: { id: string }) => each.id)).not.toContain(chatId);

    // Both processes had a timer for the departure: the chat is abandoned once.
    await waitFor('the second process to hold the chat closed', async () =>
      (await gqlOn<{ chat: { status: string } }>(other, STAFF_CHAT, { id: chatId }, sara)).data?.chat.status ===
      'CLOSED'
        ? true
        : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, GONE_AFTER_MS));
    expect((await eventTypes(chatId)).filter((type) => type === 'ChatAbandoned')).toHaveLength(1);

    const today = new Date().toISOString().slice(0, 10);
    const figures = await api.gql(
      'query ($d: String!) { chatDailyFigures(from: $d, to: $d) { chatsMissed chatsAbandoned } }',
      { d: today },
      yuki,
    );
    expect(figures.data!.chatDailyFigures[0].chatsAbandoned).toBeGreaterThanOrEqual(1);
    expect(figures.data!.chatDailyFigures[0].chatsMissed).toBeGreaterThanOrEqual(
      figures.data!.chatDailyFigures[0].chatsAbandoned,
    );
  });

  it('keeps its place when the visitor came back on another api process', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Reloading the page');
    const first = await follow(urls.first, chatId, reza.token);
    await first.dispose();
    await waitFor('the departure to be recorded', async () =>
      (await eventTypes(chatId)).includes('ChatVisitorLeft') ? true : undefined,
    );
    await follow(urls.second, chatId, reza.token);
    await waitFor('the return to be recorded', async () =>
      (await eventTypes(chatId)).includes('ChatVisitorReturned') ? true : undefined,
    );

    // Past the set time, both processes' timers have run: still waiting, nothing abandoned.
    await new Promise((resolve) => setTimeout(resolve, GONE_AFTER_MS * 2));
    expect((await api.gql(STAFF_CHAT, { id: chatId }, sara)).data!.chat).toMatchObject({
      status: 'PENDING',
      closedBy: null,
    });
    expect(await eventTypes(chatId)).not.toContain('ChatAbandoned');
  });

  it('is not abandoned once an agent took it', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Taken in time');
    const page = await follow(urls.first, chatId, reza.token);
    await page.dispose();
    await api.gql('mutation ($chatId: ID!) { acceptChat(chatId: $chatId) { id } }', { chatId }, sara);
    await new Promise((resolve) => setTimeout(resolve, GONE_AFTER_MS * 2));
    expect((await api.gql(STAFF_CHAT, { id: chatId }, sara)).data!.chat.status).toBe('ACTIVE');
  });
});

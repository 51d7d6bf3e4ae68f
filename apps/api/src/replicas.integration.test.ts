/**
 * Two api processes on one store, as behind a load balancer (deploy/compose.yaml runs two): what
 * one process is told, the other's clients see — chat entries, typing both ways, presence — a
 * query on one reads back a mutation answered by the other (`Deskstream-After`), and sign-in
 * lockouts count failures from both. Chat's flood limits are per process (see docs/deployment.md).
 */
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';
import { ACCEPT, goOffline, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let second: FastifyInstance;
let onSecond: TestApi['gql'];
let sara: string;
const urls = { first: '', second: '' };
const first = liveClients(() => urls.first);
const other = liveClients(() => urls.second);
const GENEROUS = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [action, { max: 10_000, windowMs: 60_000 }]),
) as never;
const AVAILABILITY = 'query ($d: ID!) { chatAvailability(departmentId: $d) { online } }';
const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: GENEROUS } });
  second = await api.restart();
  onSecond = (query, variables, token) => gqlOn(second, query, variables, token);
  urls.first = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
  urls.second = liveUrlOf(await second.listen({ port: 0, host: '127.0.0.1' }));
  sara = await api.signIn('sara', 'deskstream-agent');
}, 60_000);

afterAll(async () => {
  await first.disposeAll();
  await other.disposeAll();
  if (sara) await goOffline(api.gql, sara).catch(() => undefined);
  await api?.close();
});

describe('two api processes on one store', () => {
  it('show presence set on one to visitors of the other', async () => {
    expect((await onSecond(AVAILABILITY, { d: 'law' })).data).toEqual({ chatAvailability: { online: false } });
    await goOnline(api.gql, sara);
    const deadline = Date.now() + 20_000;
    let online = false;
    while (!online && Date.now() < deadline) {
      online = (await onSecond(AVAILABILITY, { d: 'law' })).data?.chatAvailability.online === true;
      if (!online) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(online).toBe(true);
  });

  it("push a visitor's messages and typing to an agent on the other process, and the agent's typing back", async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Which floor has the statutes?');
    expect((await onSecond(ACCEPT, { chatId }, sara)).data?.acceptChat.status).toBe('ACTIVE');

    const agentSide = watch<{ chatActivity: { entry: { text: string } } }>(
      other.connect(sara),
      'subscription ($c: ID!) { chatActivity(chatId: $c) { entry { text } } }',
      { c: chatId },
    );
    await agentSide.until(
      (push) => push.chatActivity.entry.text.startsWith('hello'),
      (attempt) => reza.say(chatId, `hello ${attempt}`),
    );

    const agentTyping = watch<{ chatTyping: { by: string; typing: boolean } }>(
      other.connect(sara),
      'subscription ($c: ID!) { chatTyping(chatId: $c) { by typing } }',
      { c: chatId },
    );
    const visitorTyping = await agentTyping.until(
      (push) => push.chatTyping.by === 'VISITOR',
      () =>
        api.gql('mutation ($c: ID!, $t: String!) { setVisitorTyping(chatId: $c, visitorToken: $t, typing: true) }', {
          c: chatId,
          t: reza.token,
        }),
    );
    expect(visitorTyping.chatTyping).toEqual({ by: 'VISITOR', typing: true });

    const visitorSide = watch<{ visitorChatTyping: { by: string; name: string } }>(
      first.connect(),
      'subscription ($c: ID!, $t: String!) { visitorChatTyping(chatId: $c, visitorToken: $t) { by name } }',
      { c: chatId, t: reza.token },
    );
    const agentTypingSeen = await visitorSide.until(
      (push) => push.visitorChatTyping.by === 'AGENT',
      () => onSecond('mutation ($c: ID!) { setTyping(chatId: $c, typing: true) }', { c: chatId }, sara),
    );
    expect(agentTypingSeen.visitorChatTyping).toEqual({ by: 'AGENT', name: 'Sara Ahmadi' });
    // Typing is no part of the chat's history.
    const transcript = (await reza.view(chatId)).data!.visitorChat.transcript as { text: string }[];
    expect(transcript.every((entry) => !/typing/i.test(entry.text ?? ''))).toBe(true);
  });

  it('read back on one process a mutation the other answered, when the client sends its position', async () => {
    // The second process has a backlog to work through before it sees the write.
    const client = EventStoreDBClient.connectionString(api.store.url);
    const noise = Array.from({ length: 500 }, (_, index) => jsonEvent({ type: 'BacklogNoise', data: { index } }));
    for (let batch = 0; batch < 2; batch++) await client.appendToStream(`backlog-noise-${batch}`, noise);
    await client.dispose();

    const written = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${sara}` },
      payload: {
        query: 'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }',
        variables: { s: 'OFFLINE', c: 'replica-offline-1' },
      },
    });
    expect(written.json().data.setPresence.presence).toBe('OFFLINE');
    const position = written.headers['deskstream-position'];
    expect(position).toMatch(/^\d+-\d+$/);

    const read = await second.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${sara}`, 'deskstream-after': String(position) },
      payload: { query: '{ me { presence } }' },
    });
    expect(read.json().data.me.presence).toBe('OFFLINE');
    // A query that wrote nothing says no position.
    expect(read.headers['deskstream-position']).toBeUndefined();
  });

  it('lock out a staff member after failures on both processes together', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await api.gql(SIGN_IN, { u: 'minh', p: `wrong-${attempt}` });
    for (let attempt = 3; attempt < 5; attempt++) await onSecond(SIGN_IN, { u: 'minh', p: `wrong-${attempt}` });
    const refused = await api.gql(SIGN_IN, { u: 'minh', p: 'deskstream-agent' });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('IDENTITY_SIGN_IN_RATE_LIMITED');
  });
});

/**
 * The websocket attacks on the running api, replayed against the whole api on the emulator: the
 * old subscriptions-transport-ws protocol with huge documents, one anonymous connection opening
 * thousands of subscriptions to its own chat, and a subscription that outlives its sign-out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rawLiveSocket, until } from './testing/raw-live-socket';
import { startTestApi, type TestApi } from './testing/harness';
import { goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let wsUrl: string;
let httpUrl: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  api = await startTestApi();
  httpUrl = await api.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = `${httpUrl.replace(/^http/, 'ws')}/graphql`;
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await api?.close();
});

const connection = (token?: string) => rawLiveSocket(wsUrl, sockets, token);

const live = async () => (await fetch(`${httpUrl}/health/live`)).status;

describe('the old subscriptions-transport-ws protocol', () => {
  it('is refused at the upgrade, so its huge documents never reach GraphQL', async () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: heartbeat`).join(' ');
    for (let i = 0; i < 20; i++) {
      const status = await new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(wsUrl, 'graphql-ws');
        sockets.push(socket);
        socket.on('open', () => {
          socket.send(JSON.stringify({ type: 'start', id: '1', payload: { query: `subscription { ${aliases} }` } }));
          reject(new Error('the old protocol was accepted'));
        });
        socket.on('error', () => undefined);
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      });
      expect(status).toBe(400);
    }
    expect(await live()).toBe(200);
  });

  it('and the same document over graphql-transport-ws stops at the token limit', async () => {
    const anonymous = await connection();
    const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: heartbeat`).join(' ');
    anonymous.subscribe('huge', `subscription { ${aliases} }`);
    await anonymous.settled();
    expect(anonymous.errorsOf('huge')).toEqual([{ code: 'PAYLOAD_TOO_LARGE' }]);
    const justUnder = Array.from({ length: 3_000 }, (_, i) => `a${i}: heartbeat`).join(' ');
    anonymous.subscribe('many', `subscription { ${justUnder} }`);
    await anonymous.settled();
    expect(anonymous.errorsOf('many')).toEqual([{ code: 'QUERY_TOO_COMPLEX' }]);
  });
});

describe('one anonymous connection and its own chat', () => {
  it('holds at most 50 subscriptions; the rest are refused, and the api keeps answering', async () => {
    await goOnline(api.gql, await api.signIn('sara', 'deskstream-agent'));
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Can I renew a book online?');
    const flood = await connection();
    const query =
      'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { entry { text } } }';
    for (let i = 0; i < 120; i++) flood.subscribe(`s${i}`, query, { c: chatId, t: reza.token });
    await flood.settled();
    const refused = Array.from({ length: 120 }, (_, i) => flood.errorsOf(`s${i}`)).filter(
      (errors) => errors.length > 0,
    );
    expect(refused).toHaveLength(70);
    expect(refused[0]).toEqual([{ code: 'RATE_LIMITED', reason: 'LIVE_TOO_MANY_SUBSCRIPTIONS' }]);

    expect((await reza.say(chatId, 'Hello?')).errors).toBeUndefined();
    await until(
      () => Array.from({ length: 50 }, (_, i) => flood.nextsOf(`s${i}`).length).every((count) => count === 1),
      'the message on each admitted subscription',
    );
    expect(await live()).toBe(200);
  });
});

describe('a subscription after sign-out', () => {
  it('ends with UNAUTHENTICATED and delivers nothing more', async () => {
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    const minh = await api.signIn('minh', 'deskstream-agent');
    const board = await connection(yuki);
    board.subscribe('presence', 'subscription { presenceChanged { agents { username } } }');
    await board.settled();
    expect(board.errorsOf('presence')).toEqual([]);
    const setPresence =
      'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';
    await api.gql(setPresence, { s: 'ONLINE', c: 'floods-1' }, minh);
    await until(() => board.nextsOf('presence').length >= 1, 'a push while signed in');

    expect((await api.gql('mutation { signOut }', {}, yuki)).data).toEqual({ signOut: true });
    await until(() => board.errorsOf('presence').length === 1, 'the subscription to end');
    expect(board.errorsOf('presence')).toEqual([{ code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' }]);
    const pushed = board.nextsOf('presence').length;
    await api.gql(setPresence, { s: 'OFFLINE', c: 'floods-2' }, minh);
    await api.gql(setPresence, { s: 'ONLINE', c: 'floods-3' }, minh);
    await board.settled();
    expect(board.nextsOf('presence')).toHaveLength(pushed);
  });
});

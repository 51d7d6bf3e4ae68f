import { gql } from '@urql/core';
import { pipe, subscribe } from 'wonka';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlConnection, reconnectDelay, webSocketUrlFor, type GraphqlConnection } from './connection';

type Message = { type: string; payload?: Record<string, unknown> };

/** A WebSocket that speaks just enough graphql-transport-ws to connect and accept subscriptions. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  protocol = 'graphql-transport-ws';
  sent: Message[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(data: string) {
    const message = JSON.parse(data) as Message;
    this.sent.push(message);
    if (message.type === 'connection_init') {
      setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
    }
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
}

const MeQuery = gql`
  query Me {
    me {
      id
    }
  }
`;
const PresenceChanged = gql`
  subscription PresenceChanged {
    presenceChanged {
      department {
        id
      }
    }
  }
`;

/** A subscriber that only keeps the subscription open. */
const ignoreResult = () => undefined;

function jsonResponse(body: unknown) {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

let connection: GraphqlConnection | undefined;
afterEach(() => {
  connection?.close();
  FakeSocket.instances = [];
});

describe('createGraphqlConnection over HTTP', () => {
  it('sends the session token as a bearer Authorization header to /graphql', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ data: { me: null } }));
    let token: string | null = 'secret-token';
    connection = createGraphqlConnection({
      getToken: () => token,
      fetch: fetch as typeof globalThis.fetch,
      baseUrl: 'https://desk.example/console/',
    });

    await connection.client.query(MeQuery, {}).toPromise();
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer secret-token');

    token = null;
    await connection.client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(new Headers(fetch.mock.calls[1]![1]?.headers).has('authorization')).toBe(false);
  });

  it('reports an UNAUTHENTICATED answer so the session can end', async () => {
    const onUnauthenticated = vi.fn();
    const fetch = async () =>
      jsonResponse({ data: null, errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED' } }] });
    connection = createGraphqlConnection({ getToken: () => 'expired', fetch, onUnauthenticated });
    const result = await connection.client.query(MeQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('createGraphqlConnection over graphql-ws', () => {
  it('opens the socket on the same endpoint with the token in connectionParams, and re-authenticates on restart', async () => {
    let token = 'first-token';
    connection = createGraphqlConnection({
      getToken: () => token,
      webSocketImpl: FakeSocket,
      baseUrl: 'https://desk.example/console/',
    });
    const connected = vi.fn();
    connection.onLiveConnected(connected);
    expect(connection.liveStatus.value).toBe('idle');

    const { unsubscribe } = pipe(connection.client.subscription(PresenceChanged, {}), subscribe(ignoreResult));
    await vi.waitFor(() =>
      expect(FakeSocket.instances[0]?.sent.map((m) => m.type)).toEqual(['connection_init', 'subscribe']),
    );
    const first = FakeSocket.instances[0]!;
    expect(first.url).toBe('wss://desk.example/graphql');
    expect(first.sent[0]!.payload).toEqual({ authorization: 'Bearer first-token' });
    expect(connection.liveStatus.value).toBe('connected');
    expect(connected).toHaveBeenCalledTimes(1);

    token = 'second-token';
    connection.restartLive();
    await vi.waitFor(() =>
      expect(FakeSocket.instances[1]?.sent.map((m) => m.type)).toEqual(['connection_init', 'subscribe']),
    );
    expect(FakeSocket.instances[1]!.sent[0]!.payload).toEqual({ authorization: 'Bearer second-token' });
    expect(connected).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('sends no authorization when signed out', async () => {
    connection = createGraphqlConnection({
      getToken: () => null,
      webSocketImpl: FakeSocket,
      baseUrl: 'http://localhost:3000/',
    });
    const { unsubscribe } = pipe(connection.client.subscription(PresenceChanged, {}), subscribe(ignoreResult));
    await vi.waitFor(() => expect(FakeSocket.instances[0]?.sent[0]?.type).toBe('connection_init'));
    expect(FakeSocket.instances[0]!.url).toBe('ws://localhost:3000/graphql');
    expect(FakeSocket.instances[0]!.sent[0]!.payload).toEqual({});
    unsubscribe();
  });
});

describe('connection helpers', () => {
  it('derives ws and wss addresses from the page', () => {
    expect(webSocketUrlFor('/graphql', 'http://127.0.0.1:3000/console/')).toBe('ws://127.0.0.1:3000/graphql');
    expect(webSocketUrlFor('/graphql', 'https://help.example.org/')).toBe('wss://help.example.org/graphql');
  });

  it('reconnects quickly the first time, then backs off up to 30 s', () => {
    const noJitter = () => 0;
    expect(reconnectDelay(0, noJitter)).toBe(100);
    expect(reconnectDelay(1, noJitter)).toBe(1000);
    expect(reconnectDelay(3, noJitter)).toBe(4000);
    expect(reconnectDelay(20, noJitter)).toBe(30_000);
  });
});

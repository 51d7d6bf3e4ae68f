import { Client, fetchExchange, mapExchange, subscriptionExchange, type Operation } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { shallowRef, type Ref } from 'vue';
import { errorCodeOf } from './errors';
import { readYourWritesFetch } from './read-your-writes';

/** The state of the live (subscription) socket, for a "live / reconnecting" indicator. */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface GraphqlConnectionOptions {
  /** The GraphQL endpoint, absolute or relative to the page; `/graphql` by default. */
  url?: string;
  /** The session token to send, read at every request and every (re)connection. */
  getToken: () => string | null | undefined;
  /** Called when the api answers UNAUTHENTICATED: the session has ended. */
  onUnauthenticated?: (operation: Operation) => void;
  /** The page address that a relative `url` is resolved against; `location.href` in the browser. */
  baseUrl?: string;
  fetch?: typeof fetch;
  webSocketImpl?: unknown;
}

export interface GraphqlConnection {
  client: Client;
  liveStatus: Readonly<Ref<LiveStatus>>;
  /** Calls `listener` each time the live socket is (re)connected, so a view can refetch what it missed. */
  onLiveConnected(listener: () => void): () => void;
  /** Reconnects the live socket so it authenticates with the current token (after sign-in or sign-out). */
  restartLive(): void;
  close(): void;
}

/** `Authorization` header value for a session token. */
export function authorizationFor(token: string | null | undefined): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

/**
 * How long to wait before reconnecting the live socket: at once (a fraction of a second) the
 * first time, as after `restartLive`, then doubling up to 30 s, with jitter so that many
 * consoles do not all come back in the same instant after an api restart.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  if (retries <= 0) return 100 + Math.floor(random() * 200);
  return Math.min(30_000, 1000 * 2 ** (retries - 1)) + Math.floor(random() * 1000);
}

/** The ws:// or wss:// address of the same endpoint as the HTTP one. */
export function webSocketUrlFor(url: string, baseUrl: string): string {
  const address = new URL(url, baseUrl);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  return address.href;
}

/**
 * The GraphQL client of the front ends: urql over HTTP for queries and mutations, graphql-ws
 * for subscriptions. The session token goes as `Authorization: Bearer <token>` on HTTP and as
 * `connectionParams: { authorization: 'Bearer <token>' }` when the socket connects (browsers
 * cannot set headers on a WebSocket). The socket is lazy, retries forever with back-off and
 * re-subscribes by itself after a reconnection.
 */
export function createGraphqlConnection(options: GraphqlConnectionOptions): GraphqlConnection {
  const url = options.url ?? '/graphql';
  const baseUrl = options.baseUrl ?? globalThis.location?.href ?? 'http://localhost/';
  const liveStatus = shallowRef<LiveStatus>('idle');
  const connectedListeners = new Set<() => void>();
  let activeSubscriptions = 0;

  const ws: WsClient = createWsClient({
    url: webSocketUrlFor(url, baseUrl),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    connectionParams: () => {
      const authorization = authorizationFor(options.getToken());
      return authorization ? { authorization } : {};
    },
    webSocketImpl: options.webSocketImpl,
    on: {
      connecting: (isRetry) => {
        liveStatus.value = isRetry ? 'reconnecting' : 'connecting';
      },
      connected: () => {
        liveStatus.value = 'connected';
        for (const listener of [...connectedListeners]) listener();
      },
      closed: () => {
        liveStatus.value = activeSubscriptions > 0 ? 'reconnecting' : 'idle';
      },
    },
  });

  const client = new Client({
    url,
    preferGetMethod: false,
    // Bound late: tests replace the global fetch after the connection is made.
    fetch: readYourWritesFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init))),
    fetchOptions: () => {
      const authorization = authorizationFor(options.getToken());
      return authorization ? { headers: { authorization } } : {};
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (errorCodeOf(error) === 'UNAUTHENTICATED') options.onUnauthenticated?.(operation);
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const payload = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              activeSubscriptions += 1;
              const stop = ws.subscribe(payload, sink);
              let stopped = false;
              return {
                unsubscribe() {
                  if (stopped) return;
                  stopped = true;
                  activeSubscriptions -= 1;
                  stop();
                },
              };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    liveStatus,
    onLiveConnected(listener) {
      connectedListeners.add(listener);
      return () => connectedListeners.delete(listener);
    },
    restartLive() {
      if (activeSubscriptions > 0) ws.terminate();
    },
    close() {
      connectedListeners.clear();
      void ws.dispose();
    },
  };
}

/**
 * Real graphql-ws clients for tests of live subscriptions: `connect` opens one (signed in with a
 * bearer token, or as a visitor), `disposeAll` closes every one; `watch` collects the pushes of a
 * subscription and can wait for a matching one.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveClients {
  connect(token?: string): Client;
  disposeAll(): Promise<void>;
}

/** Clients of the api's graphql-ws endpoint; `url` is read when a client connects (the api listens in `beforeAll`). */
export function liveClients(url: () => string): LiveClients {
  const clients: Client[] = [];
  return {
    connect(token) {
      const client = createClient({
        url: url(),
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async disposeAll() {
      for (const client of clients.splice(0)) await client.dispose();
    },
  };
}

/** The graphql-ws address of an api listening at an http address. */
export const liveUrlOf = (httpAddress: string): string => `${httpAddress.replace(/^http/, 'ws')}/graphql`;

/** Collects the pushes of one subscription; errors settle `failure`. */
export function watch<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const pushes: T[] = [];
  let fail!: (errors: unknown) => void;
  const failure = new Promise<unknown>((resolve) => (fail = resolve));
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (message) => (message.errors ? fail(message.errors) : pushes.push(message.data as T)),
      error: fail,
      complete: () => undefined,
    },
  );
  return {
    pushes,
    failure,
    stop,
    /** Repeats `poke` until a push satisfies `until` (a subscription starts asynchronously on the server). */
    async until(until: (push: T) => boolean, poke: (attempt: number) => Promise<unknown>): Promise<T> {
      for (let attempt = 0; attempt < 50; attempt++) {
        const found = pushes.find(until);
        if (found) return found;
        await poke(attempt);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no matching push among ${JSON.stringify(pushes)}`);
    },
  };
}

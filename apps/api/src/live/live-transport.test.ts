/**
 * The api's graphql-ws transport on a real Fastify + Mercurius set up by `graphqlServer`, with a
 * small schema of its own and real graphql-ws clients (raw sockets for the protocol's edges):
 * a shared subscription is executed once per change however many subscribe, subscribers of other
 * variables or scopes get their own results, undeclared ones are executed per subscriber with
 * their own context, the subscribe checks still refuse who they refuse, and the older
 * subscriptions-transport-ws protocol is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { IResolvers, MercuriusContext } from 'mercurius';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  requireStaff,
  type AccessContext,
  type SignedInStaff,
  type StaffDirectory,
  type StaffRole,
} from '@deskstream/access';
import { graphqlServer } from '../graphql-server';
import type { LiveOperations } from './live-operations';

const STAFF: Record<string, { name: string; roles: StaffRole[] }> = {};
for (let i = 1; i <= 30; i++) STAFF[`agent-${i}`] = { name: `Agent ${i}`, roles: ['AGENT'] };
STAFF['supervisor-1'] = { name: 'Supervisor 1', roles: ['SUPERVISOR'] };
STAFF['supervisor-2'] = { name: 'Supervisor 2', roles: ['SUPERVISOR'] };
STAFF['product-1'] = { name: 'Product 1', roles: ['PRODUCT'] };

const directory: StaffDirectory = {
  identify(authorization): SignedInStaff | 'NOT_SIGNED_IN' | 'SESSION_ENDED' {
    const token = authorization?.replace(/^Bearer /, '');
    if (!token) return 'NOT_SIGNED_IN';
    const staff = STAFF[token];
    if (!staff) return 'SESSION_ENDED';
    return { id: token, displayName: staff.name, roles: staff.roles, departmentIds: [], sessionId: `s-${token}` };
  },
};

const SCHEMA = /* GraphQL */ `
  type Tick {
    n: Int!
    rendered: String!
    audience: String
    viewer: String
  }
  extend type Subscription {
    board: Tick!
    teamBoard(team: String!): Tick!
    roleBoard: Tick!
    myTick: Tick!
  }
`;

type Context = MercuriusContext & AccessContext;
const WATCHERS: StaffRole[] = ['AGENT', 'SUPERVISOR'];

/** Counts what the server did, so the tests can tell one execution from many. */
const counts = { renders: 0, started: 0 };

const testSubscriptions = fp(
  async (app: FastifyInstance) => {
    const subscribed = async (context: Context, topic: string) => {
      const queue = await context.pubsub.subscribe(topic);
      counts.started++;
      return queue;
    };
    const board = {
      subscribe: (_root: unknown, _args: unknown, context: Context) => {
        requireStaff(context, WATCHERS);
        return subscribed(context, 'BOARD');
      },
      extensions: { sharedPush: true },
    };
    const teamBoard = {
      subscribe: (_root: unknown, args: { team: string }, context: Context) => {
        requireStaff(context, WATCHERS);
        return subscribed(context, `TEAM_${args.team}`);
      },
      extensions: { sharedPush: true },
    };
    const roleOf = (context: unknown) => {
      const staff = requireStaff(context as Context, WATCHERS);
      return staff.roles.includes('SUPERVISOR') ? 'SUPERVISOR' : 'AGENT';
    };
    const roleBoard = {
      subscribe: (_root: unknown, _args: unknown, context: Context) => {
        requireStaff(context, WATCHERS);
        return subscribed(context, 'ROLE_BOARD');
      },
      // What a supervisor sees differs from what an agent sees: one result per role.
      resolve: (payload: { roleBoard: { n: number } }, _args: unknown, context: Context) => ({
        ...payload.roleBoard,
        audience: roleOf(context),
      }),
      extensions: { sharedPush: roleOf },
    };
    const myTick = {
      subscribe: (_root: unknown, _args: unknown, context: Context) => {
        requireStaff(context, WATCHERS);
        return subscribed(context, 'MY_TICK');
      },
    };
    const resolvers: IResolvers = {
      Subscription: { board, teamBoard, roleBoard, myTick },
      Tick: {
        rendered: (tick: { n: number }) => {
          counts.renders++;
          return `tick ${tick.n}`;
        },
        viewer: (_tick: unknown, _args: unknown, context: Context) => requireStaff(context, WATCHERS).displayName,
      },
    };
    app.graphql.extendSchema(SCHEMA);
    app.graphql.defineResolvers(resolvers);
  },
  { dependencies: ['mercurius'] },
);

let app: FastifyInstance;
let live: LiveOperations;
let wsUrl: string;
const clients: Client[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  app = Fastify({ logger: false });
  live = (await graphqlServer(app, { production: true, staffDirectory: directory, connectionInitTimeoutMs: 300 }))
    .operations;
  await app.register(testSubscriptions);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = `${address.replace(/^http/, 'ws')}/graphql`;
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const socket of sockets) socket.terminate();
  await app?.close();
});

function connect(token?: string): Client {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

interface Watch<T> {
  pushes: T[];
  failure: Promise<unknown>;
  stop(): void;
}

function watch<T>(client: Client, query: string, variables?: Record<string, unknown>): Watch<T> {
  const pushes: T[] = [];
  let fail!: (errors: unknown) => void;
  const failure = new Promise<unknown>((resolve) => (fail = resolve));
  const stop = client.subscribe<T>(
    { query, variables },
    { next: (m) => (m.errors ? fail(m.errors) : pushes.push(m.data as T)), error: fail, complete: () => undefined },
  );
  return { pushes, failure, stop };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const publish = (topic: string, payload: unknown) => app.graphql.pubsub.publish({ topic, payload });

/** Starts watchers and waits until the server has subscribed each of them to its topic. */
async function started<T>(make: () => Watch<T>[]): Promise<Watch<T>[]> {
  const before = counts.started;
  const watches = make();
  await until(() => counts.started - before === watches.length, `${watches.length} subscriptions to start`);
  return watches;
}

type Tick = { n: number; rendered: string; audience?: string | null; viewer?: string | null };

describe('a shared subscription', () => {
  it('is executed and serialised once per change for every subscriber, and each gets the same answer', async () => {
    const watches = await started(() =>
      Array.from({ length: 25 }, (_, i) =>
        watch<{ board: Tick }>(connect(`agent-${i + 1}`), 'subscription { board { n rendered } }'),
      ),
    );
    const renders = counts.renders;
    const stats = live.shared.stats();
    for (let n = 1; n <= 3; n++) publish('BOARD', { board: { n } });
    await until(() => watches.every((w) => w.pushes.length === 3), 'three pushes each');

    expect(counts.renders - renders).toBe(3);
    expect(live.shared.stats().executions - stats.executions).toBe(3);
    expect(live.shared.stats().reused - stats.reused).toBe(3 * 24);
    for (const w of watches) expect(w.pushes).toEqual([1, 2, 3].map((n) => ({ board: { n, rendered: `tick ${n}` } })));
    for (const w of watches) w.stop();
  });

  it('shares only between subscribers of the same document and variables', async () => {
    const watches = await started(() => [
      watch<{ teamBoard: Tick }>(
        connect('agent-1'),
        'subscription ($t: String!) { teamBoard(team: $t) { n rendered } }',
        { t: 'law' },
      ),
      watch<{ teamBoard: Tick }>(
        connect('agent-2'),
        'subscription ($t: String!) { teamBoard(team: $t) { n rendered } }',
        { t: 'law' },
      ),
      watch<{ teamBoard: Tick }>(
        connect('agent-3'),
        'subscription ($t: String!) { teamBoard(team: $t) { n rendered } }',
        { t: 'arts' },
      ),
      watch<{ teamBoard: Tick }>(connect('agent-4'), 'subscription ($t: String!) { teamBoard(team: $t) { n } }', {
        t: 'law',
      }),
    ]);
    const renders = counts.renders;
    const stats = live.shared.stats();
    publish('TEAM_law', { teamBoard: { n: 10 } });
    publish('TEAM_arts', { teamBoard: { n: 20 } });
    await until(() => watches.every((w) => w.pushes.length === 1), 'one push each');

    expect(watches.map((w) => w.pushes[0])).toEqual([
      { teamBoard: { n: 10, rendered: 'tick 10' } },
      { teamBoard: { n: 10, rendered: 'tick 10' } },
      { teamBoard: { n: 20, rendered: 'tick 20' } },
      { teamBoard: { n: 10 } },
    ]);
    // law with `rendered`, arts with `rendered`, law without: three executions for four subscribers.
    expect(live.shared.stats().executions - stats.executions).toBe(3);
    expect(counts.renders - renders).toBe(2);
    for (const w of watches) w.stop();
  });

  it('gives subscribers of another scope their own result', async () => {
    const query = 'subscription { roleBoard { n audience } }';
    const watches = await started(() =>
      ['agent-1', 'agent-2', 'supervisor-1', 'agent-3', 'supervisor-2'].map((token) =>
        watch<{ roleBoard: Tick }>(connect(token), query),
      ),
    );
    const stats = live.shared.stats();
    publish('ROLE_BOARD', { roleBoard: { n: 5 } });
    await until(() => watches.every((w) => w.pushes.length === 1), 'one push each');

    expect(watches.map((w) => w.pushes[0]!.roleBoard.audience)).toEqual([
      'AGENT',
      'AGENT',
      'SUPERVISOR',
      'AGENT',
      'SUPERVISOR',
    ]);
    expect(live.shared.stats().executions - stats.executions).toBe(2);
    for (const w of watches) w.stop();
  });
});

describe('a subscription that declares nothing', () => {
  it('is executed for each subscriber, with that subscriber’s own context', async () => {
    const watches = await started(() =>
      ['agent-7', 'agent-8', 'supervisor-1'].map((token) =>
        watch<{ myTick: Tick }>(connect(token), 'subscription { myTick { n rendered viewer } }'),
      ),
    );
    const renders = counts.renders;
    publish('MY_TICK', { myTick: { n: 1 } });
    await until(() => watches.every((w) => w.pushes.length === 1), 'one push each');

    expect(watches.map((w) => w.pushes[0]!.myTick.viewer)).toEqual(['Agent 7', 'Agent 8', 'Supervisor 1']);
    expect(counts.renders - renders).toBe(3);
    for (const w of watches) w.stop();
  });
});

describe('who may subscribe', () => {
  it('refuses callers the subscribe check refuses, with stable codes, and never pushes to them', async () => {
    const allowed = (
      await started(() => [watch<{ board: Tick }>(connect('agent-9'), 'subscription { board { n } }')])
    )[0]!;
    const nobody = watch<{ board: Tick }>(connect(), 'subscription { board { n } }');
    const ended = watch<{ board: Tick }>(connect('someone-gone'), 'subscription { board { n } }');
    const product = watch<{ board: Tick }>(connect('product-1'), 'subscription { board { n } }');
    const code = (errors: unknown) => (errors as { extensions: { code: string; reason: string } }[])[0]!.extensions;

    expect(code(await nobody.failure)).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCESS_NOT_SIGNED_IN' });
    expect(code(await ended.failure)).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' });
    expect(code(await product.failure)).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_ROLE_REQUIRED' });
    publish('BOARD', { board: { n: 99 } });
    await until(() => allowed.pushes.length === 1, 'the allowed subscriber’s push');
    expect([nobody, ended, product].map((w) => w.pushes.length)).toEqual([0, 0, 0]);
    allowed.stop();
  });
});

/** A raw graphql-transport-ws socket, to reach what a well-behaved client never sends. */
async function rawSocket(protocol = 'graphql-transport-ws') {
  const socket = new WebSocket(wsUrl, protocol);
  sockets.push(socket);
  const messages: Record<string, unknown>[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as Record<string, unknown>));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  const next = async (type: string) => {
    await until(() => messages.some((m) => m.type === type), `a "${type}" message`);
    return messages.splice(
      messages.findIndex((m) => m.type === type),
      1,
    )[0]!;
  };
  return { socket, messages, closed, send, next };
}

const init = { type: 'connection_init', payload: { authorization: 'Bearer agent-1' } };

describe('the graphql-ws protocol', () => {
  it('acknowledges connection_init and answers ping with pong', async () => {
    const raw = await rawSocket();
    raw.send({ type: 'ping', payload: { at: 1 } });
    expect(await raw.next('pong')).toEqual({ type: 'pong', payload: { at: 1 } });
    raw.send(init);
    expect(await raw.next('connection_ack')).toEqual({ type: 'connection_ack' });
  });

  it('closes with the protocol’s codes: 4401 before init, 4429 on a second init, 4400 on garbage, 4409 on a reused id, 4408 without init', async () => {
    const early = await rawSocket();
    early.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { board { n } }' } });
    expect(await early.closed).toEqual({ code: 4401, reason: 'Unauthorized' });

    const twice = await rawSocket();
    twice.send(init);
    twice.send(init);
    expect((await twice.closed).code).toBe(4429);

    const garbage = await rawSocket();
    garbage.send('{not json');
    expect((await garbage.closed).code).toBe(4400);

    const reused = await rawSocket();
    reused.send(init);
    await reused.next('connection_ack');
    reused.send({ type: 'subscribe', id: 'same', payload: { query: 'subscription { board { n } }' } });
    reused.send({ type: 'subscribe', id: 'same', payload: { query: 'subscription { board { n } }' } });
    expect(await reused.closed).toEqual({ code: 4409, reason: 'Subscriber for same already exists' });

    const silent = await rawSocket();
    expect((await silent.closed).code).toBe(4408);
  });

  it('answers a bad document or a query with an error message for that id, and the connection goes on', async () => {
    const raw = await rawSocket();
    raw.send(init);
    await raw.next('connection_ack');
    raw.send({ type: 'subscribe', id: 'syntax', payload: { query: 'subscription {' } });
    raw.send({ type: 'subscribe', id: 'unknown', payload: { query: 'subscription { nothingHere }' } });
    raw.send({ type: 'subscribe', id: 'query', payload: { query: '{ apiVersion }' } });
    const errors = [await raw.next('error'), await raw.next('error'), await raw.next('error')];
    const byId = Object.fromEntries(
      errors.map((m) => [m.id, (m.payload as { extensions: { code: string } }[])[0]!.extensions.code]),
    );
    expect(byId).toEqual({ syntax: 'GRAPHQL_PARSE_FAILED', unknown: 'VALIDATION_ERROR', query: 'BAD_REQUEST' });

    const before = counts.started;
    raw.send({ type: 'subscribe', id: 'fine', payload: { query: 'subscription { board { n } }' } });
    await until(() => counts.started > before, 'the subscription to start');
    publish('BOARD', { board: { n: 42 } });
    expect(await raw.next('next')).toEqual({ id: 'fine', type: 'next', payload: { data: { board: { n: 42 } } } });
  });

  it('stops pushing once the client completes a subscription', async () => {
    const raw = await rawSocket();
    raw.send(init);
    await raw.next('connection_ack');
    const before = counts.started;
    raw.send({ type: 'subscribe', id: 'a', payload: { query: 'subscription { board { n } }' } });
    raw.send({ type: 'subscribe', id: 'b', payload: { query: 'subscription { board { n } }' } });
    await until(() => counts.started - before === 2, 'both subscriptions to start');
    publish('BOARD', { board: { n: 1 } });
    await until(() => raw.messages.filter((m) => m.type === 'next').length === 2, 'a push for each');
    raw.send({ type: 'complete', id: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    raw.messages.length = 0;
    publish('BOARD', { board: { n: 2 } });
    expect(await raw.next('next')).toEqual({ id: 'b', type: 'next', payload: { data: { board: { n: 2 } } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(raw.messages.filter((m) => m.type === 'next')).toEqual([]);
  });

  it('refuses the upgrade for the older subscriptions-transport-ws protocol, or none, with the reason', async () => {
    const refusal = (protocols?: string | string[]) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = new WebSocket(wsUrl, protocols);
        socket.on('open', () => reject(new Error(`the upgrade for ${String(protocols)} was accepted`)));
        socket.on('error', () => undefined);
        socket.on('unexpected-response', (_request, response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
      });
    for (const protocols of ['graphql-ws', undefined, ['graphql-ws', 'graphql-transport-ws']]) {
      const refused = await refusal(protocols);
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('graphql-transport-ws');
    }
    // The protocol the console and portal speak still connects.
    const raw = await rawSocket('graphql-transport-ws');
    raw.send(init);
    await raw.next('connection_ack');
  });
});

/**
 * What one caller may hold on the api's graphql-ws transport, and for how long: subscriptions
 * capped per connection and per address, subscribe messages counted in the flood guard, every
 * subscription of a connection ended when the session it was opened with ends, and a field's
 * `extensions.stillAllowed` asked before each push. A small schema of its own on `graphqlServer`,
 * raw graphql-transport-ws sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { IResolvers, MercuriusContext } from 'mercurius';
import WebSocket from 'ws';
import { requireStaff, type AccessContext, type SignedInStaff, type StaffDirectory } from '@deskstream/access';
import { graphqlServer } from '../graphql-server';
import { rawLiveSocket, until } from '../testing/raw-live-socket';

/** token → session id; deleting a token ends its session. */
const sessions = new Map<string, string>();
const directory: StaffDirectory = {
  identify(authorization): SignedInStaff | 'NOT_SIGNED_IN' | 'SESSION_ENDED' {
    const token = authorization?.replace(/^Bearer /, '');
    if (!token) return 'NOT_SIGNED_IN';
    const sessionId = sessions.get(token);
    if (!sessionId) return 'SESSION_ENDED';
    return {
      id: `staff-${token}`,
      displayName: token,
      roles: ['AGENT'],
      departmentIds: [],
      sessionId,
    };
  },
};

/** Who may still follow `guardedTick`: the hook reads it on every push. */
const stillFollowing = new Set<string>();
const counts = { started: 0 };

const SCHEMA = /* GraphQL */ `
  type LimitTick {
    n: Int!
  }
  extend type Subscription {
    publicTick: LimitTick!
    staffTick: LimitTick!
    guardedTick: LimitTick!
  }
`;

type Context = MercuriusContext & AccessContext;

const testSubscriptions = fp(
  async (app: FastifyInstance) => {
    const subscribed = async (context: Context, topic: string) => {
      const queue = await context.pubsub.subscribe(topic);
      counts.started++;
      return queue;
    };
    const Subscription = {
      publicTick: {
        subscribe: (_root: unknown, _args: unknown, context: Context) => subscribed(context, 'PUBLIC'),
      },
      staffTick: {
        subscribe: (_root: unknown, _args: unknown, context: Context) => {
          requireStaff(context, ['AGENT']);
          return subscribed(context, 'STAFF');
        },
        extensions: { sharedPush: true },
      },
      guardedTick: {
        subscribe: (_root: unknown, _args: unknown, context: Context) => {
          requireStaff(context, ['AGENT']);
          return subscribed(context, 'GUARDED');
        },
        extensions: {
          sharedPush: true,
          stillAllowed: (context: Context, payload: { guardedTick: { n: number } }) => {
            if (payload.guardedTick.n < 0) throw new Error('a bug in the hook');
            return stillFollowing.has(requireStaff(context, ['AGENT']).id);
          },
        },
      },
    };
    const resolvers: IResolvers = { Subscription };
    app.graphql.extendSchema(SCHEMA);
    app.graphql.defineResolvers(resolvers);
  },
  { dependencies: ['mercurius'] },
);

let app: FastifyInstance;
let wsUrl: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  app = Fastify({ logger: false });
  await graphqlServer(app, {
    production: true,
    staffDirectory: directory,
    liveLimits: { perConnection: 3, perAddress: 5, subscribesPerMinute: 40 },
    accessRecheckMs: 100,
  });
  await app.register(testSubscriptions);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = `${address.replace(/^http/, 'ws')}/graphql`;
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await app?.close();
});

/** A raw socket after connection_ack; `subscribe` takes a field of the test schema. */
async function connection(token?: string) {
  const socket = await rawLiveSocket(wsUrl, sockets, token);
  return {
    ...socket,
    subscribe: (id: string, field: string) =>
      socket.subscribe(id, field === 'heartbeat' ? 'subscription { heartbeat }' : `subscription { ${field} { n } }`),
  };
}

const publish = (topic: string, payload: unknown) => app.graphql.pubsub.publish({ topic, payload });

describe('subscription caps', () => {
  it('refuses a subscription beyond the per-connection cap with RATE_LIMITED, and admits one again after a complete', async () => {
    sessions.set('cap-agent', 'cap-session');
    const agent = await connection('cap-agent');
    for (const id of ['1', '2', '3', '4']) agent.subscribe(id, 'staffTick');
    await agent.settled();
    expect(['1', '2', '3'].map(agent.errorsOf)).toEqual([[], [], []]);
    expect(agent.errorsOf('4')).toEqual([{ code: 'RATE_LIMITED', reason: 'LIVE_TOO_MANY_SUBSCRIPTIONS' }]);

    agent.complete('1');
    agent.subscribe('5', 'staffTick');
    await agent.settled();
    expect(agent.errorsOf('5')).toEqual([]);
    publish('STAFF', { staffTick: { n: 1 } });
    await until(
      () => ['2', '3', '5'].every((id) => agent.nextsOf(id).length === 1),
      'a push to each open subscription',
    );
  });

  it('caps what callers without a session hold per address, across connections, until they let go', async () => {
    const visitors = [await connection(), await connection()];
    for (const id of ['a', 'b', 'c']) visitors[0]!.subscribe(id, 'publicTick');
    for (const id of ['d', 'e', 'f']) visitors[1]!.subscribe(id, 'publicTick');
    for (const visitor of visitors) await visitor.settled();
    expect(app.live.admission.openFrom('127.0.0.1')).toBe(5);
    expect(visitors[1]!.errorsOf('f')).toEqual([
      {
        code: 'RATE_LIMITED',
        reason: 'LIVE_TOO_MANY_SUBSCRIPTIONS_FROM_ADDRESS',
      },
    ]);

    visitors[0]!.complete('a');
    visitors[0]!.subscribe('g', 'publicTick');
    await visitors[0]!.settled();
    expect(visitors[0]!.errorsOf('g')).toEqual([]);

    // A closed connection gives back everything it held.
    const closed = new Promise((resolve) => visitors[0]!.socket.once('close', resolve));
    visitors[0]!.socket.close();
    await closed;
    await until(
      () => app.live.admission.openFrom('127.0.0.1') === 2,
      'the closed connection’s subscriptions to be released',
    );
    for (const visitor of visitors.slice(1)) visitor.complete('d');
  });

  it('counts subscribe messages in the flood guard, refusing them once a minute’s budget is spent', async () => {
    sessions.set('flood-agent', 'flood-session');
    const agent = await connection('flood-agent');
    for (let i = 0; i < 45; i++) {
      agent.subscribe(`f${i}`, 'staffTick');
      agent.complete(`f${i}`);
    }
    await agent.settled();
    const refused = Array.from({ length: 45 }, (_, i) => agent.errorsOf(`f${i}`)).filter((errors) => errors.length > 0);
    expect(refused).toHaveLength(5);
    expect(refused[0]).toEqual([{ code: 'RATE_LIMITED', reason: 'LIVE_SUBSCRIBING_TOO_FAST' }]);
  });
});

describe('subscriptions and the session they were opened with', () => {
  it('end with UNAUTHENTICATED once the session ends, before anything more is pushed', async () => {
    sessions.set('leaving', 'leaving-session');
    sessions.set('staying', 'staying-session');
    const leaving = await connection('leaving');
    const staying = await connection('staying');
    leaving.subscribe('board', 'staffTick');
    staying.subscribe('board', 'staffTick');
    await leaving.settled();
    await staying.settled();
    publish('STAFF', { staffTick: { n: 1 } });
    await until(
      () => leaving.nextsOf('board').length === 1 && staying.nextsOf('board').length === 1,
      'the first push to both',
    );

    sessions.delete('leaving'); // signed out
    publish('STAFF', { staffTick: { n: 2 } });
    await until(() => staying.nextsOf('board').length === 2, 'the second push to the one still signed in');
    await until(() => leaving.errorsOf('board').length === 1, 'the signed-out subscription to end');
    expect(leaving.errorsOf('board')).toEqual([{ code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' }]);
    expect(leaving.nextsOf('board')).toHaveLength(1);

    // And a new subscription on that connection is refused at once.
    leaving.subscribe('again', 'publicTick');
    await leaving.settled();
    expect(leaving.errorsOf('again')).toEqual([{ code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' }]);
  });

  it('end even when nothing is pushed: the transport re-checks sessions periodically', async () => {
    sessions.set('idle', 'idle-session');
    const idle = await connection('idle');
    idle.subscribe('quiet', 'staffTick');
    await idle.settled();
    sessions.set('idle', 'another-session'); // the token now names another session: not the one the connection opened with
    await until(() => idle.errorsOf('quiet').length === 1, 'the periodic re-check to end the subscription');
    expect(idle.errorsOf('quiet')).toEqual([{ code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' }]);
  });
});

describe('extensions.stillAllowed', () => {
  it('is asked before each push, per subscriber, even for a shared push; false ends the subscription with FORBIDDEN', async () => {
    sessions.set('first', 'first-session');
    sessions.set('second', 'second-session');
    stillFollowing.add('staff-first').add('staff-second');
    const first = await connection('first');
    const second = await connection('second');
    first.subscribe('g', 'guardedTick');
    second.subscribe('g', 'guardedTick');
    await first.settled();
    await second.settled();
    publish('GUARDED', { guardedTick: { n: 1 } });
    await until(() => first.nextsOf('g').length === 1 && second.nextsOf('g').length === 1, 'the first push to both');

    stillFollowing.delete('staff-first'); // say, the chat was transferred away from this agent
    publish('GUARDED', { guardedTick: { n: 2 } });
    await until(
      () => second.nextsOf('g').length === 2 && first.errorsOf('g').length === 1,
      'the push to one and the end of the other',
    );
    expect(first.errorsOf('g')).toEqual([{ code: 'FORBIDDEN', reason: 'ACCESS_REVOKED' }]);
    expect(first.nextsOf('g')).toHaveLength(1);

    // A hook that throws without a code is a bug: the subscription ends with an internal error, not a push.
    publish('GUARDED', { guardedTick: { n: -1 } });
    await until(() => second.errorsOf('g').length === 1, 'the end of the other subscription');
    expect(second.errorsOf('g')).toEqual([{ code: 'INTERNAL_SERVER_ERROR' }]);
    expect(second.nextsOf('g')).toHaveLength(2);
  });
});

describe('subscription { heartbeat }', () => {
  it('starts and stays quiet instead of failing with an internal error', async () => {
    const anyone = await connection();
    anyone.subscribe('hb', 'heartbeat');
    await anyone.settled();
    expect(anyone.messages.filter((m) => m.type === 'error' || m.type === 'complete')).toEqual([]);
    expect(app.live.admission.openFrom('127.0.0.1')).toBeGreaterThan(0);
  });
});

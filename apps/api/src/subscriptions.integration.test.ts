/** presenceChanged over a real graphql-ws client, authenticated by connectionParams. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import type { Client } from 'graphql-ws';
import { liveClients, liveUrlOf } from './testing/live-clients';

let api: TestApi;
let wsUrl: string;
const { connect, disposeAll } = liveClients(() => wsUrl);

beforeAll(async () => {
  api = await startTestApi();
  const address = await api.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = liveUrlOf(address);
});
afterAll(async () => {
  await disposeAll();
  await api?.close();
});

type Presence = { department: { id: string }; agents: { username: string; presence: string }[] }[];

interface Watch {
  /** Resolves with the first push (received or still to come, after `after` if given) that satisfies `until`. */
  next(until: (presence: Presence) => boolean, after?: Presence): Promise<Presence>;
  failure: Promise<unknown>;
  stop(): void;
}

function watch(client: Client): Watch {
  const pushes: Presence[] = [];
  const waiters: { until: (presence: Presence) => boolean; resolve(presence: Presence): void }[] = [];
  let fail!: (errors: unknown) => void;
  const failure = new Promise<unknown>((resolve) => (fail = resolve));
  const stop = client.subscribe<{ presenceChanged: Presence }>(
    { query: 'subscription { presenceChanged { department { id } agents { username presence } } }' },
    {
      next: (message) => {
        if (message.errors) return fail(message.errors);
        const presence = message.data!.presenceChanged;
        pushes.push(presence);
        for (const waiter of [...waiters]) {
          if (!waiter.until(presence)) continue;
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(presence);
        }
      },
      error: (error) => fail(error),
      complete: () => undefined,
    },
  );
  return {
    next: (until, after) => {
      const earlier = pushes.slice(after ? pushes.indexOf(after) + 1 : 0).find(until);
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve) => waiters.push({ until, resolve }));
    },
    failure,
    stop,
  };
}

const SET_PRESENCE = 'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';

/** The server starts a subscription asynchronously: nudge presence (minh) until a first push arrives. */
async function untilLive(watcher: Watch, minh: string): Promise<void> {
  let live = false;
  void watcher.next(() => true).then(() => (live = true));
  for (let attempt = 0; !live && attempt < 50; attempt++) {
    await api.gql(
      SET_PRESENCE,
      { s: attempt % 2 === 0 ? 'ONLINE' : 'OFFLINE', c: `nudge-${Date.now()}-${attempt}` },
      minh,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!live) throw new Error('the subscription never started');
}

const inDepartment = (presence: Presence, id: string) =>
  presence.find((entry) => entry.department.id === id)?.agents.map((a) => a.username) ?? [];

describe('presenceChanged', () => {
  it('pushes who is online per department when an agent goes online and offline', async () => {
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    const sara = await api.signIn('sara', 'deskstream-agent');
    const watcher = watch(connect(yuki));
    await untilLive(watcher, await api.signIn('minh', 'deskstream-agent'));

    await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'ws-1' }, sara);
    const online = await watcher.next((presence) => inDepartment(presence, 'law').includes('sara'));
    expect(inDepartment(online, 'humanities')).toContain('sara');
    expect(online.find((entry) => entry.department.id === 'law')!.agents[0]!.presence).toBe('ONLINE');

    await api.gql('mutation { signOut }', {}, sara);
    const offline = await watcher.next((presence) => !inDepartment(presence, 'law').includes('sara'), online);
    expect(inDepartment(offline, 'humanities')).not.toContain('sara');
    watcher.stop();
  });

  it('refuses a subscriber without a session, with a stable code', async () => {
    const failure = await watch(connect()).failure;
    expect(failure).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });

  it('refuses a product-team subscriber', async () => {
    const failure = await watch(connect(await api.signIn('pouya', 'deskstream-product'))).failure;
    expect(failure).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });
});

/** Presence over time: rebuilt by a new api process on the same store, ended with the session. */
import { afterEach, describe, expect, it } from 'vitest';
import { EventStoreDBClient, START } from '@eventstore/db-client';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const ONLINE_AGENTS = '{ onlineAgents { department { id } agents { username onlineSince } } }';
const SET_PRESENCE = 'mutation ($c: ID!) { setPresence(status: ONLINE, commandId: $c) { onlineSince } }';

async function countEvents(url: string): Promise<number> {
  const client = EventStoreDBClient.connectionString(url);
  let count = 0;
  for await (const resolved of client.readAll({ fromPosition: START }))
    if (!resolved.event?.type.startsWith('$')) count++;
  await client.dispose();
  return count;
}

async function staffEvents(url: string, staffId: string) {
  const client = EventStoreDBClient.connectionString(url);
  const events: { type: string; data: Record<string, unknown> }[] = [];
  for await (const resolved of client.readStream(`agent-${staffId}`)) events.push(resolved.event as never);
  await client.dispose();
  return events;
}

describe('after a restart', () => {
  it('a second api process on the same store rebuilds presence and sessions from events, and seeds nothing', async () => {
    api = await startTestApi();
    const sara = await api.signIn('sara', 'deskstream-agent');
    const online = await api.gql(SET_PRESENCE, { c: 'restart-1' }, sara);
    const eventsBefore = await countEvents(api.store.url);
    await api.app.close();

    const second = await api.restart();
    expect(await second.platform.seeded).toEqual({ departmentsOpened: 0, staffCreated: 0, departmentsJoined: 0 });
    expect(await countEvents(api.store.url)).toBe(eventsBefore);

    const list = await gqlOn<{
      onlineAgents: { department: { id: string }; agents: { username: string; onlineSince: string }[] }[];
    }>(second, ONLINE_AGENTS, {}, sara);
    expect(list.errors).toBeUndefined();
    const law = list.data!.onlineAgents.find((entry) => entry.department.id === 'law')!;
    expect(law.agents).toEqual([{ username: 'sara', onlineSince: online.data!.setPresence.onlineSince }]);
    const ready = await second.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
  });
});

describe('session expiry', () => {
  it('takes the agent offline at the moment the session expired', async () => {
    api = await startTestApi({ identity: { sessionTtlMs: 600, sweepIntervalMs: 100 } });
    const minh = await api.signIn('minh', 'deskstream-agent');
    const staffId = (await api.gql('{ me { id } }', {}, minh)).data!.me.id as string;
    await api.gql(SET_PRESENCE, { c: 'expiry-1' }, minh);

    await expect
      .poll(async () => (await api!.gql('{ me { presence } }', {}, minh)).data, { timeout: 5_000, interval: 100 })
      .toEqual({ me: null });
    await expect
      .poll(async () => (await staffEvents(api!.store.url, staffId)).map((event) => event.type), {
        timeout: 5_000,
        interval: 100,
      })
      .toContain('AgentWentOffline');
    const events = await staffEvents(api.store.url, staffId);
    const started = events.find((event) => event.type === 'SessionStarted')!;
    const ended = events.find((event) => event.type === 'SessionEnded')!;
    const offline = events.find((event) => event.type === 'AgentWentOffline')!;
    expect(ended.data).toMatchObject({ reason: 'EXPIRED', endedAt: started.data.expiresAt });
    expect(offline.data).toMatchObject({ reason: 'SESSION_ENDED', at: started.data.expiresAt });

    const yuki = await api.signIn('yuki', 'deskstream-agent');
    const list = await api.gql(ONLINE_AGENTS, {}, yuki);
    expect(
      list.data!.onlineAgents.find((entry: { department: { id: string } }) => entry.department.id === 'engineering')
        .agents,
    ).toEqual([]);
  });
});

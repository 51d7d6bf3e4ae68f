/**
 * Projection replay: fills a store with a realistic identity history through batched appends,
 * then times a fresh api process from spawn until its read models have caught up (readiness),
 * with the CPU the api and the store used meanwhile and the api's memory afterwards. Beside it,
 * the same catch-up read with the client alone (decoding, no projections) and with no client
 * decoding at all (bare gRPC frames), so the figure can be placed between its bounds.
 */
import { EventStoreDBClient, START, excludeSystemEvents } from '@eventstore/db-client';
import { rawCatchUpRead } from '../raw-read';
import { nowMs, round } from '../stats';
import { spawnApi } from './api-process';
import { agentHistory, departmentOpenings } from './presence-history';
import { cpuMsOf, rssMbOf, startCpuWatch, startMachineWatch, type CpuSplit, type MachineSplit } from './proc';

const EVENTS_PER_AGENT = 500;
const BATCH = 250;
const WRITERS = 4;

export async function fillStore(
  client: EventStoreDBClient,
  totalEvents: number,
): Promise<{ events: number; agents: number; seconds: number; eventsPerSecond: number }> {
  const start = nowMs();
  let events = 0;
  for (const { stream, events: opened } of departmentOpenings()) {
    await client.appendToStream(stream, opened);
    events += opened.length;
  }
  const remaining = totalEvents - events;
  const agents = Math.ceil(remaining / EVENTS_PER_AGENT);
  let nextAgent = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (nextAgent < agents) {
        const agent = nextAgent++;
        const history = agentHistory(agent, Math.min(EVENTS_PER_AGENT, remaining - agent * EVENTS_PER_AGENT));
        for (let from = 0; from < history.length; from += BATCH) {
          const batch = history.slice(from, from + BATCH);
          await client.appendToStream(`agent-${(batch[0]!.data as { staffId: string }).staffId}`, batch);
          events += batch.length;
        }
        if (agent % 200 === 199) console.log(`  filled ${events} events`);
      }
    }),
  );
  const seconds = (nowMs() - start) / 1000;
  return { events, agents, seconds: round(seconds, 1), eventsPerSecond: Math.round(events / seconds) };
}

/** The catch-up read the runner does, through the client alone: every event decoded, none projected. */
export async function clientOnlyCatchUp(
  url: string,
): Promise<{ events: number; seconds: number; eventsPerSecond: number; cpuMicrosPerEvent: number }> {
  const client = EventStoreDBClient.connectionString(url);
  const cpuBefore = process.cpuUsage();
  const start = nowMs();
  let events = 0;
  const subscription = client.subscribeToAll({ fromPosition: START, filter: excludeSystemEvents() });
  await new Promise<void>((resolve, reject) => {
    subscription.on('data', () => events++);
    subscription.on('caughtUp', () => resolve());
    subscription.on('error', reject);
  });
  const seconds = (nowMs() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await subscription.unsubscribe();
  await client.dispose();
  return {
    events,
    seconds: round(seconds, 2),
    eventsPerSecond: Math.round(events / seconds),
    cpuMicrosPerEvent: round((cpu.user + cpu.system) / events, 1),
  };
}

export interface ReplayResult {
  fill: Awaited<ReturnType<typeof fillStore>>;
  api: {
    eventsApplied: number;
    /** Spawn of a fresh api process → its read models caught up (what /health/ready waits for). */
    timeToReadySeconds: number;
    /** Of which: Node, TypeScript and modules loading, and the app being composed. */
    startupSeconds: number;
    /** Runner start → caught up. */
    replaySeconds: number;
    eventsPerSecond: number;
    rssAfterReplayMb: number;
    heapUsedAfterReplayMb: number;
    rssAfterGcMb: number | null;
    heapUsedAfterGcMb: number | null;
    cpuPercentOfCore: CpuSplit;
    machinePercent: MachineSplit;
    cpuMicrosPerEvent: { api: number; store: number };
  };
  clientOnly: Awaited<ReturnType<typeof clientOnlyCatchUp>>;
  serverOnly: Awaited<ReturnType<typeof rawCatchUpRead>>;
  storeRssMb: number;
}

export async function replay(storeUrl: string, storePid: number, totalEvents: number): Promise<ReplayResult> {
  const client = EventStoreDBClient.connectionString(storeUrl);
  let fill: Awaited<ReturnType<typeof fillStore>>;
  try {
    console.log(`filling the store with ${totalEvents} identity events`);
    fill = await fillStore(client, totalEvents);
    console.log(fill);
  } finally {
    await client.dispose();
  }

  console.log('timing a fresh api process until its read models are ready');
  const api = spawnApi(storeUrl, 'product', { timeoutMs: 20 * 60_000 });
  try {
    const listening = await api.listening;
    // From here on the api does little but replay (its start-up is counted apart).
    const apiCpuBefore = await cpuMsOf(api.pid);
    const storeCpuBefore = await cpuMsOf(storePid);
    const cpu = await startCpuWatch({ api: api.pid, store: storePid }, nowMs);
    const machine = await startMachineWatch();
    const caughtUp = await api.caughtUp;
    const split = await cpu();
    const machinePercent = await machine();
    const apiCpuMs = (await cpuMsOf(api.pid)) - apiCpuBefore;
    const storeCpuMs = (await cpuMsOf(storePid)) - storeCpuBefore;
    const replaySeconds = (caughtUp.caughtUp - listening.built) / 1000;
    const result: ReplayResult['api'] = {
      eventsApplied: caughtUp.eventsApplied,
      timeToReadySeconds: round((caughtUp.caughtUp - api.spawnedAt) / 1000, 2),
      startupSeconds: round((listening.built - api.spawnedAt) / 1000, 2),
      replaySeconds: round(replaySeconds, 2),
      eventsPerSecond: Math.round(caughtUp.eventsApplied / replaySeconds),
      rssAfterReplayMb: caughtUp.rssMb,
      heapUsedAfterReplayMb: caughtUp.heapUsedMb,
      rssAfterGcMb: caughtUp.rssAfterGcMb,
      heapUsedAfterGcMb: caughtUp.heapUsedAfterGcMb,
      cpuPercentOfCore: split,
      machinePercent,
      cpuMicrosPerEvent: {
        api: round((apiCpuMs * 1000) / caughtUp.eventsApplied, 1),
        store: round((storeCpuMs * 1000) / caughtUp.eventsApplied, 1),
      },
    };
    console.log(result);
    console.log('the same catch-up through the client alone, then as bare gRPC frames');
    const clientOnly = await clientOnlyCatchUp(storeUrl);
    console.log(clientOnly);
    const serverOnly = await rawCatchUpRead(storeUrl);
    console.log(serverOnly);
    return { fill, api: result, clientOnly, serverOnly, storeRssMb: await rssMbOf(storePid) };
  } finally {
    await api.stop();
  }
}

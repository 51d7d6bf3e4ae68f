/**
 * Restart with snapshots (issue #18): the same store of 1,000,000 identity events (the platform
 * benchmark's history) read three ways, in alternating order over two rounds —
 *   - a cold replay: a fresh api process with no snapshot yet, spawn → read models caught up;
 *     it then saves its snapshots (their size and the pause each took) and stops;
 *   - a restart with snapshots: a fresh api process on the same snapshot folder, after more
 *     events were appended meanwhile, spawn → caught up;
 *   - the do-nothing client: the same catch-up of `$all` through the client alone.
 *
 *   npm run restart -w @deskstream/bench              (1,000,000 events, 10,000 appended meanwhile)
 *   npm run restart -w @deskstream/bench -- --quick   (100,000 events, 1,000 meanwhile)
 *
 * Results: tools/bench/results/restart[-quick].json; docs/performance.md quotes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDBClient } from '@eventstore/db-client';
import { spawnEmulator } from './emulator-process';
import { spawnApi } from './platform/api-process';
import { agentHistory } from './platform/presence-history';
import { clientOnlyCatchUp, fillStore } from './platform/replay';
import { nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const EVENTS = quick ? 100_000 : 1_000_000;
const MEANWHILE = quick ? 1_000 : 10_000;

interface SnapshotHealth {
  name: string;
  restore: string;
  reason?: string;
  saves: number;
  bytes: number | null;
  maxPauseMs: number | null;
}

async function health(address: string): Promise<{ snapshots: SnapshotHealth[] }> {
  const response = await fetch(`${address}/health/ready`);
  return (await response.json()) as { snapshots: SnapshotHealth[] };
}

/** A fresh api process on the store and snapshot folder, until its read models are caught up. */
async function startApi(storeUrl: string, dir: string, kind: 'cold' | 'restart') {
  const api = spawnApi(storeUrl, 'product', { timeoutMs: 20 * 60_000, args: ['--snapshots', dir] });
  try {
    const listening = await api.listening;
    const caughtUp = await api.caughtUp;
    const ready = await health(listening.address);
    const replaySeconds = (caughtUp.caughtUp - listening.built) / 1000;
    const figures = {
      kind,
      timeToReadySeconds: round((caughtUp.caughtUp - api.spawnedAt) / 1000, 2),
      startupSeconds: round((listening.built - api.spawnedAt) / 1000, 2),
      catchUpSeconds: round(replaySeconds, 2),
      eventsApplied: caughtUp.eventsApplied,
      eventsPerSecond: Math.round(caughtUp.eventsApplied / replaySeconds),
      rssMb: caughtUp.rssMb,
      restored: ready.snapshots.map(({ name, restore, reason }) => ({ name, restore, reason })),
    };
    console.log(figures);
    return { api, address: listening.address, figures };
  } catch (error) {
    await api.stop();
    throw error;
  }
}

/** Waits until every read model saved its snapshot after the replay, then stops the api (which saves once more). */
async function saveAndStop(started: Awaited<ReturnType<typeof startApi>>) {
  const begun = nowMs();
  let snapshots: SnapshotHealth[] = [];
  for (;;) {
    snapshots = (await health(started.address)).snapshots;
    if (snapshots.every((each) => each.saves > 0)) break;
    if (nowMs() - begun > 120_000) throw new Error('the snapshots were not saved within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const savedSeconds = round((nowMs() - begun) / 1000, 2);
  const stopBegun = nowMs();
  await started.api.stop();
  return {
    savedWithinSecondsOfReady: savedSeconds,
    stopSeconds: round((nowMs() - stopBegun) / 1000, 2),
    snapshots: snapshots.map(({ name, bytes, maxPauseMs }) => ({ name, bytes, pauseMs: maxPauseMs })),
  };
}

let nextAgent = 1_000_000;
async function appendMeanwhile(client: EventStoreDBClient, count: number): Promise<void> {
  for (let written = 0; written < count;) {
    const history = agentHistory(nextAgent++, Math.min(500, count - written));
    const stream = `agent-${(history[0]!.data as { staffId: string }).staffId}`;
    for (let from = 0; from < history.length; from += 250)
      await client.appendToStream(stream, history.slice(from, from + 250));
    written += history.length;
  }
}

async function main(): Promise<void> {
  const load = { atStart: loadavg().map((n) => round(n, 2)) };
  const store = await spawnEmulator(['--mem-db']);
  const folder = await mkdtemp(join(tmpdir(), 'bench-restart-'));
  const client = EventStoreDBClient.connectionString(store.url);
  const rounds: Record<string, unknown>[] = [];
  try {
    console.log(`filling the store with ${EVENTS} identity events`);
    const fill = await fillStore(client, EVENTS);
    console.log(fill);
    for (const round_ of [1, 2]) {
      const results: Record<string, unknown> = { round: round_ };
      const cold = async () => {
        const started = await startApi(store.url, join(folder, `cold-${round_}`), 'cold');
        results.cold = { ...started.figures, ...(await saveAndStop(started)) };
      };
      const restart = async () => {
        // The snapshots the previous api saved at its stop, with more written meanwhile.
        await appendMeanwhile(client, MEANWHILE);
        const started = await startApi(store.url, join(folder, 'cold-1'), 'restart');
        await started.api.stop();
        results.restart = { ...started.figures, appendedMeanwhile: MEANWHILE };
      };
      const plain = async () => {
        results.clientOnly = await clientOnlyCatchUp(store.url);
        console.log(results.clientOnly);
      };
      // Round 1: client, cold, restart; round 2 the other way round (the restart's snapshots are round 1's).
      const order = round_ === 1 ? [plain, cold, restart] : [restart, cold, plain];
      for (const step of order) await step();
      results.order = order.map((step) => (step === plain ? 'clientOnly' : step === cold ? 'cold' : 'restart'));
      rounds.push(results);
    }
  } finally {
    await client.dispose();
    await store.stop();
    await rm(folder, { recursive: true, force: true });
  }
  const file = new URL(`../results/restart${quick ? '-quick' : ''}.json`, import.meta.url).pathname;
  await saveResults(file, {
    events: EVENTS,
    appendedMeanwhile: MEANWHILE,
    load: { ...load, atEnd: loadavg().map((n) => round(n, 2)) },
    rounds,
  });
  console.log(JSON.stringify(rounds, null, 2));
}

await main();

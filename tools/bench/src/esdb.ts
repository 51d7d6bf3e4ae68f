/**
 * Store benchmark: the emulator in its own process, driven through the real client.
 *
 *   npm run esdb -w @deskstream/bench            (full run: 1,000,000 events for the catch-up read)
 *   npm run esdb -w @deskstream/bench -- --quick (100,000 events)
 *
 * Results: tools/bench/results/esdb.json; docs/performance.md quotes them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EventStoreDBClient,
  jsonEvent,
  START,
  END,
  streamNameFilter,
  type AppendExpectedRevision,
  type AppendResult,
} from '@eventstore/db-client';
import { spawnEmulator, type EmulatorProcess } from './emulator-process';
import { rawFsyncRate, rawGrpcRoundTrip } from './limits';
import { rawCatchUpRead } from './raw-read';
import { latencySummary, nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const TOTAL_EVENTS = quick ? 100_000 : 1_000_000;
const SECONDS = quick ? 2 : 4;

const message = (i: number) =>
  jsonEvent({
    id: randomUUID(),
    type: 'MessagePosted',
    data: {
      chatId: `chat-${i % 500}`,
      author: { kind: 'visitor', id: `v-${i % 97}` },
      body: `Xin chào, tôi gặp lỗi 1603 khi cài đặt — خطای ۱۶۰۳ (${i})`,
      sentAt: '2026-11-22T10:00:00.000Z',
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { kind: 'visitor', id: 'v-1' },
      schema: 1,
    },
  });

async function singleEventAppends(client: EventStoreDBClient, writers: number) {
  const latencies: number[] = [];
  let appended = 0;
  const end = nowMs() + SECONDS * 1000;
  const start = nowMs();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const stream = `bench-single-${writers}-${w}-${randomUUID()}`;
      let expected: AppendExpectedRevision = 'no_stream';
      while (nowMs() < end) {
        const t = nowMs();
        const result: AppendResult = await client.appendToStream(stream, message(appended), {
          expectedRevision: expected,
        });
        latencies.push(nowMs() - t);
        expected = result.nextExpectedRevision;
        appended++;
      }
    }),
  );
  const elapsed = (nowMs() - start) / 1000;
  return { writers, eventsPerSecond: Math.round(appended / elapsed), latencyMs: latencySummary(latencies) };
}

async function batchAppends(client: EventStoreDBClient, writers: number, batchSize: number, totalEvents: number) {
  const latencies: number[] = [];
  let appended = 0;
  const start = nowMs();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const stream = `bench-batch-${w}-${randomUUID()}`;
      while (appended < totalEvents) {
        const batch = Array.from({ length: batchSize }, (_, i) => message(appended + i));
        appended += batchSize;
        const t = nowMs();
        await client.appendToStream(stream, batch);
        latencies.push(nowMs() - t);
      }
    }),
  );
  const elapsed = (nowMs() - start) / 1000;
  return {
    writers,
    batchSize,
    events: appended,
    eventsPerSecond: Math.round(appended / elapsed),
    latencyMs: latencySummary(latencies),
  };
}

async function catchUpRead(client: EventStoreDBClient) {
  const start = nowMs();
  let events = 0;
  const subscription = client.subscribeToAll({ fromPosition: START });
  await new Promise<void>((resolve, reject) => {
    subscription.on('data', () => events++);
    subscription.on('caughtUp', () => resolve());
    subscription.on('error', reject);
  });
  const elapsed = (nowMs() - start) / 1000;
  await subscription.unsubscribe();
  return { events, seconds: round(elapsed, 2), eventsPerSecond: Math.round(events / elapsed) };
}

async function liveDelivery(client: EventStoreDBClient, count: number) {
  const stream = `live-${randomUUID()}`;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const subscription = client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [stream] }) });
  await new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve()));
  const received = new Promise<void>((resolve) => {
    subscription.on('data', ({ event }) => {
      const t = sentAt.get(event!.id);
      if (t !== undefined) latencies.push(nowMs() - t);
      if (latencies.length === count) resolve();
    });
  });
  for (let i = 0; i < count; i++) {
    const event = message(i);
    sentAt.set(event.id, nowMs());
    await client.appendToStream(stream, event);
    await new Promise((r) => setTimeout(r, 2));
  }
  await received;
  await subscription.unsubscribe();
  return latencySummary(latencies);
}

/** Runs `work` and says how many microseconds of CPU each event cost the client and the emulator. */
async function cpuPerEvent<T extends { events: number }>(
  emulator: EmulatorProcess,
  work: () => Promise<T>,
): Promise<T & { cpuMicrosPerEvent: { client: number; emulator: number } }> {
  const clientBefore = process.cpuUsage();
  const emulatorBefore = await emulator.cpuMs();
  const result = await work();
  const client = process.cpuUsage(clientBefore);
  const emulatorMs = (await emulator.cpuMs()) - emulatorBefore;
  return {
    ...result,
    cpuMicrosPerEvent: {
      client: round((client.user + client.system) / result.events, 1),
      emulator: round((emulatorMs * 1000) / result.events, 1),
    },
  };
}

async function main() {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    totalEvents: TOTAL_EVENTS,
  };
  console.log('measuring the limits: raw fsync rate and loopback gRPC round trip');
  results.limits = { fsync: await rawFsyncRate(), grpcRoundTripMs: await rawGrpcRoundTrip() };
  console.log(results.limits);

  const dir = await mkdtemp(join(tmpdir(), 'deskstream-bench-'));
  const emulator = await spawnEmulator(['--db', dir]);
  const client = EventStoreDBClient.connectionString(emulator.url);
  try {
    const single = [];
    for (const writers of [1, 10, 100]) {
      single.push(await singleEventAppends(client, writers));
      console.log(single.at(-1));
    }
    results.singleEventAppends = single;
    const batches = [
      await cpuPerEvent(emulator, () => batchAppends(client, 1, 100, quick ? 20_000 : 100_000)),
      await cpuPerEvent(emulator, () => batchAppends(client, 4, 100, quick ? 20_000 : 100_000)),
    ];
    console.log(batches);
    results.batchAppends = batches;
    const fillStart = nowMs();
    const fill = await batchAppends(client, 4, 500, TOTAL_EVENTS - (batches[0]!.events + batches[1]!.events));
    results.fill = { ...fill, seconds: round((nowMs() - fillStart) / 1000, 1) };
    console.log(results.fill);
    results.catchUpRead = await cpuPerEvent(emulator, () => catchUpRead(client));
    console.log(results.catchUpRead);
    results.catchUpReadServerOnly = await cpuPerEvent(emulator, () => rawCatchUpRead(emulator.url));
    console.log(results.catchUpReadServerOnly);
    results.liveDeliveryMs = await liveDelivery(client, quick ? 500 : 2000);
    console.log(results.liveDeliveryMs);
    results.emulatorRssMb = await emulator.rssMb();
  } finally {
    await client.dispose();
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
  const file = new URL(`../results/esdb${quick ? '-quick' : ''}.json`, import.meta.url).pathname;
  await saveResults(file, results);
  console.log(JSON.stringify(results, null, 2));
}

await main();

/**
 * What a read-model snapshot costs on the largest read model, in process: the tickets read model
 * built from 100,000 generated tickets (600,000 events, as `npm run tickets`), then its snapshot
 * taken as the runner takes it — the pause (state taken and encoded with `node:v8`, the only
 * part that holds the event loop), the size, the file write, and the restore into a fresh read
 * model — beside plain JSON (Maps as entries) for the same state, to see which encoding to keep.
 *
 *   npm run snapshot-cost -w @deskstream/bench              (100,000 tickets)
 *   npm run snapshot-cost -w @deskstream/bench -- --quick   (20,000 tickets)
 *   … -- --json                                            (plain JSON too: at 100,000 tickets it
 *                                                           stops the process, the text too long)
 *
 * Results: tools/bench/results/snapshot-cost[-quick].json.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FileSnapshotStore, type RecordedEvent } from '@deskstream/event-sourcing';
import { TicketsReadModel, ticketsProjection } from '@deskstream/tickets-read-models';
import { ticketEvents } from './tickets/generate-tickets';
import { nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const TICKETS = quick ? 20_000 : 100_000;
const RUNS = 3;

function build(): TicketsReadModel {
  const readModel = new TicketsReadModel();
  const projection = ticketsProjection(readModel);
  const start = Date.UTC(2026, 0, 1);
  for (let n = 1; n <= TICKETS; n++)
    ticketEvents(n, start).forEach((event, revision) =>
      projection.apply({
        ...event,
        id: `${n}-${revision}`,
        revision: BigInt(revision),
      } as unknown as RecordedEvent<never>),
    );
  return readModel;
}

const asEntries = (_key: string, value: unknown) =>
  value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value;
const fromEntries = (_key: string, value: unknown) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  if ('map' in value) return new Map((value as { map: [unknown, unknown][] }).map);
  if ('set' in value) return new Set((value as { set: unknown[] }).set);
  return value;
};

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = nowMs();
  const value = work();
  return { ms: round(nowMs() - started, 1), value };
}

async function main(): Promise<void> {
  const load = { atStart: loadavg().map((n) => round(n, 2)) };
  const readModel = build();
  const snapshots = readModel.snapshots;
  const folder = await mkdtemp(join(tmpdir(), 'bench-snapshot-'));
  const store = new FileSnapshotStore(folder);
  const v8 = { pauseMs: [] as number[], writeMs: [] as number[], readMs: [] as number[], restoreMs: [] as number[] };
  const json = { encodeMs: [] as number[], decodeMs: [] as number[] };
  let bytes = 0;
  let jsonBytes = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const taken = timed(() => serialize(snapshots.snapshot()));
      v8.pauseMs.push(taken.ms);
      bytes = taken.value.length;
      const meta = {
        name: 'tickets',
        version: 1,
        position: { commit: 1n, prepare: 1n },
        eventId: 'bench',
        takenAt: new Date().toISOString(),
        bytes,
      };
      let started = nowMs();
      await store.save(meta, taken.value);
      v8.writeMs.push(round(nowMs() - started, 1));
      started = nowMs();
      const loaded = await store.load('tickets');
      v8.readMs.push(round(nowMs() - started, 1));
      if (!loaded.found) throw new Error(`the snapshot was not read back: ${loaded.detail}`);
      const fresh = new TicketsReadModel();
      v8.restoreMs.push(timed(() => fresh.snapshots.restore(deserialize(loaded.payload))).ms);
      if (fresh.size !== readModel.size) throw new Error('the restored read model lacks tickets');
      console.log({
        run,
        bytes,
        pauseMs: v8.pauseMs.at(-1),
        writeMs: v8.writeMs.at(-1),
        restoreMs: v8.restoreMs.at(-1),
      });
      // Plain JSON writes a shared record once per reference; at 100,000 tickets the text outgrew V8's
      // largest string and stopped the process, so it is measured only when asked for.
      if (!process.argv.includes('--json')) continue;
      const encoded = timed(() => JSON.stringify(snapshots.snapshot(), asEntries));
      json.encodeMs.push(encoded.ms);
      jsonBytes = Buffer.byteLength(encoded.value);
      json.decodeMs.push(timed(() => JSON.parse(encoded.value, fromEntries)).ms);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const results = {
    tickets: TICKETS,
    v8: { bytes, ...v8 },
    json: { bytes: jsonBytes, ...json, note: 'shared records are written once per reference and come back as copies' },
    load: { ...load, atEnd: loadavg().map((n) => round(n, 2)) },
  };
  console.log(JSON.stringify(results, null, 2));
  await saveResults(
    new URL(`../results/snapshot-cost${quick ? '-quick' : ''}.json`, import.meta.url).pathname,
    results,
  );
}

await main();

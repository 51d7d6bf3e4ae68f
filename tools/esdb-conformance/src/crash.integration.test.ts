/**
 * The crash test: the standalone emulator, writing to a folder, is killed with SIGKILL while
 * several writers append to it. After a restart on the same folder every acknowledged event is
 * there, in order, exactly once, and the log accepts new appends. It tests the emulator's own
 * durability, so it starts its own emulator even when the suite runs against a real server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  jsonEvent,
  type AppendExpectedRevision,
  type Position,
} from '@eventstore/db-client';
import { collect, comparePositions, delay, suffix } from './test-support/store';

const emulatorMain = fileURLToPath(new URL('./main.ts', import.meta.resolve('@deskstream/esdb-emulator')));
const here = dirname(fileURLToPath(import.meta.url));

interface Running {
  child: ChildProcess;
  url: string;
  output: string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `main.ts --insecure --db <dir> --node-port <port>` and waits for it to say it listens. */
async function startStandalone(db: string, port: number): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', emulatorMain, '--insecure', '--db', db, '--node-port', String(port)],
    {
      cwd: here,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start:\n${output.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code ?? signal}) before listening:\n${output.join('')}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, url: `esdb://127.0.0.1:${port}?tls=false`, output };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

interface Acknowledged {
  stream: string;
  id: string;
  revision: bigint;
}

/**
 * Appends to its own stream with exact expected revisions (or, for the shared stream, `any`),
 * one to three events at a time, until the server goes away. Returns what was acknowledged.
 */
async function writeUntilFailure(
  client: EventStoreDBClient,
  stream: string,
  exact: boolean,
  acknowledged: Acknowledged[],
): Promise<void> {
  let expectedRevision: AppendExpectedRevision = exact ? NO_STREAM : ANY;
  for (let n = 0; ; n++) {
    const events = Array.from({ length: 1 + (n % 3) }, (_, i) =>
      jsonEvent({ type: 'ConformanceDurable', data: { n, i } }),
    );
    let result;
    try {
      result = await client.appendToStream(stream, events, { expectedRevision });
    } catch {
      return;
    }
    const last: bigint = result.nextExpectedRevision;
    events.forEach((e, i) => acknowledged.push({ stream, id: e.id, revision: last - BigInt(events.length - 1 - i) }));
    if (exact) expectedRevision = last;
  }
}

describe('crash test (standalone emulator, SIGKILL under load)', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('keeps every acknowledged event, in order, exactly once, and accepts appends after a restart', async () => {
    const db = await mkdtemp(join(tmpdir(), 'deskstream-crash-'));
    cleanups.push(() => rm(db, { recursive: true, force: true }));
    const port = await freePort();

    // Load, then SIGKILL mid-load.
    const first = await startStandalone(db, port);
    cleanups.push(async () => first.child.kill('SIGKILL'));
    const writerClients = Array.from({ length: 3 }, () => EventStoreDBClient.connectionString(first.url));
    const s = suffix();
    const streams = Array.from({ length: 6 }, (_, i) => ({ name: `durable${s}-${i}`, exact: true }));
    streams.push({ name: `durable${s}-shared`, exact: false }, { name: `durable${s}-shared`, exact: false });
    const acknowledged: Acknowledged[] = [];
    const writing = Promise.all(
      streams.map((st, i) =>
        writeUntilFailure(writerClients[i % writerClients.length]!, st.name, st.exact, acknowledged),
      ),
    );
    const deadline = Date.now() + 15_000;
    while (acknowledged.length < 300 && Date.now() < deadline) await delay(5);
    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toEqual({ code: null, signal: 'SIGKILL' });
    await writing;
    await Promise.all(writerClients.map((c) => c.dispose().catch(() => undefined)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    // Restart on the same folder.
    const second = await startStandalone(db, port);
    cleanups.push(async () => second.child.kill('SIGKILL'));
    const client = EventStoreDBClient.connectionString(second.url);
    cleanups.push(() => client.dispose());

    const byStream = new Map<string, Acknowledged[]>();
    for (const a of acknowledged) byStream.set(a.stream, [...(byStream.get(a.stream) ?? []), a]);
    for (const [stream, acks] of byStream) {
      const read = await collect(client.readStream(stream));
      const revisions = read.map((e) => e.event!.revision);
      // Gapless from 0; possibly longer than acknowledged (an append in flight at the kill).
      expect(revisions).toEqual(Array.from({ length: read.length }, (_, i) => BigInt(i)));
      const ids = read.map((e) => e.event!.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const a of acks) expect(ids[Number(a.revision)]).toBe(a.id);
    }

    // And once, in $all too, in log order.
    const wanted = new Set(acknowledged.map((a) => a.id));
    const seen = new Map<string, number>();
    let previous: Position | undefined;
    for (const e of await collect(client.readAll())) {
      if (previous) expect(comparePositions(e.event!.position, previous)).toBeGreaterThan(0);
      previous = e.event!.position;
      if (wanted.has(e.event!.id)) seen.set(e.event!.id, (seen.get(e.event!.id) ?? 0) + 1);
    }
    expect(seen.size).toBe(wanted.size);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);

    // The log goes on.
    for (const [stream] of byStream) {
      const [last] = await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
      const result = await client.appendToStream(stream, jsonEvent({ type: 'ConformanceAfterCrash', data: {} }), {
        expectedRevision: last!.event!.revision,
      });
      expect(result.nextExpectedRevision).toBe(last!.event!.revision + 1n);
    }
    await client.dispose();

    // A graceful stop, and what was written after the restart survives it too.
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });
    const third = await startStandalone(db, port);
    cleanups.push(async () => third.child.kill('SIGKILL'));
    const after = EventStoreDBClient.connectionString(third.url);
    cleanups.push(() => after.dispose());
    for (const [stream] of byStream) {
      const [last] = await collect(after.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
      expect(last!.event!.type).toBe('ConformanceAfterCrash');
    }
  }, 60_000);
});

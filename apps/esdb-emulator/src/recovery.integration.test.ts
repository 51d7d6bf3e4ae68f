/**
 * What a start does with a damaged log, seen from outside: through the real client, the handle
 * `startEmulator` returns, and the standalone emulator's output lines.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventStoreDBClient, jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import { LogDamageError, startEmulator } from './index';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

async function readAll(url: string): Promise<ResolvedEvent[]> {
  const client = EventStoreDBClient.connectionString(url);
  try {
    const events: ResolvedEvent[] = [];
    for await (const e of client.readAll()) if (!e.event!.streamId.startsWith('$')) events.push(e);
    return events;
  } finally {
    await client.dispose();
  }
}

/** Twenty appends of one event each through the client; the log's size after each. */
async function writeTickets(db: string): Promise<{ positions: bigint[] }> {
  const emulator = await startEmulator({ dbPath: db, port: 0 });
  const client = EventStoreDBClient.connectionString(emulator.url);
  const positions: bigint[] = [];
  for (let i = 0; i < 20; i++) {
    const result = await client.appendToStream(`ticket-${i % 4}`, jsonEvent({ type: 'TicketOpened', data: { i } }));
    positions.push(result.position!.commit);
  }
  await client.dispose();
  await emulator.stop();
  return { positions };
}

/** Runs the standalone emulator until it listens or exits; its stdout lines, parsed. */
function runStandalone(db: string): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--insecure', '--db', db, '--node-port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const lines = () =>
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('listening')) child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, lines: lines() }));
  });
}

describe('starting on a damaged log', () => {
  let db: string;
  beforeEach(async () => {
    db = await mkdtemp(join(tmpdir(), 'deskstream-recovery-'));
  });
  afterEach(async () => {
    await rm(db, { recursive: true, force: true });
  });

  it('refuses damage in the middle instead of deleting every later event, and salvages on request', async () => {
    const { positions } = await writeTickets(db);
    const file = join(db, 'events.log');
    const bytes = await readFile(file);
    const damagedAt = Number(positions[5]);
    bytes[damagedAt + 40]! ^= 0x01;
    await writeFile(file, bytes);

    const error = await startEmulator({ dbPath: db, port: 0 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LogDamageError);
    expect(error).toMatchObject({ file, at: damagedAt });

    const said: Record<string, unknown>[] = [];
    const emulator = await startEmulator({
      dbPath: db,
      port: 0,
      salvageLog: true,
      log: (_m, fields) => fields && said.push(fields),
    });
    try {
      expect(emulator.recovery.salvage).toMatchObject({ file, keptEvents: expect.any(Number), droppedEvents: 3 }); // and the damaged record itself
      expect(said).toEqual([expect.objectContaining({ event: 'log-salvaged', file, droppedEvents: 3 })]);
      const events = await readAll(emulator.url);
      // ticket-1 lost revision 1, so its later revisions go too; every other stream is whole.
      expect(events.map((e) => e.event!.position!.commit)).toEqual(positions.filter((_, i) => i % 4 !== 1 || i < 5));
      const client = EventStoreDBClient.connectionString(emulator.url);
      const next = await client.appendToStream('ticket-0', jsonEvent({ type: 'TicketOpened', data: {} }));
      expect(next.position!.commit).toBeGreaterThan(positions.at(-1)!);
      await client.dispose();
    } finally {
      await emulator.stop();
    }
  });

  it('cuts a torn tail, keeps every event, and reports the cut on the handle and to the log', async () => {
    const { positions } = await writeTickets(db);
    const file = join(db, 'events.log');
    const size = (await readFile(file)).length;
    await appendFile(file, Buffer.from([0x40, 0, 0, 0, 1, 2, 3]));
    const said: Record<string, unknown>[] = [];
    const emulator = await startEmulator({ dbPath: db, port: 0, log: (_m, fields) => fields && said.push(fields) });
    try {
      const cut = { file, at: size, bytes: 7, reason: 'incomplete record', droppedEvents: 0 };
      expect(emulator.recovery).toEqual({ cut });
      expect(said).toEqual([{ event: 'log-cut', ...cut }]);
      expect((await readAll(emulator.url)).map((e) => e.event!.position!.commit)).toEqual(positions);
    } finally {
      await emulator.stop();
    }
  });

  it('says so on its output in one JSON line the embedding process can read', async () => {
    const { positions } = await writeTickets(db);
    const file = join(db, 'events.log');
    await appendFile(file, Buffer.alloc(100));
    const torn = await runStandalone(db);
    const size = (await readFile(file)).length;
    expect(torn.lines.find((l) => l.event === 'log-cut')).toEqual({
      time: expect.any(String),
      service: 'esdb-emulator',
      event: 'log-cut',
      file,
      at: size,
      bytes: 100,
      reason: expect.any(String),
      droppedEvents: 0,
      message: expect.stringContaining('cut'),
    });

    const bytes = await readFile(file);
    bytes[Number(positions[3]) + 30]! ^= 0x20;
    await writeFile(file, bytes);
    const damaged = await runStandalone(db);
    expect(damaged.code).toBe(1);
    expect(damaged.lines).toEqual([
      expect.objectContaining({
        event: 'log-damaged',
        file,
        at: Number(positions[3]),
        reason: 'checksum mismatch',
        validRecordAt: expect.any(Number),
      }),
    ]);
  }, 30_000);
});

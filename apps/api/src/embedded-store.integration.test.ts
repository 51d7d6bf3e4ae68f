/**
 * The embedded store is the api's alone: it runs in secure mode with a password drawn for each
 * start (never on a command line, never in the api's output), so another process on the machine
 * that finds its port is refused; and what it cuts from or salvages in its log is never silent,
 * nor is a log it refuses to open.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccessDeniedError, EventStoreDBClient, jsonEvent, START } from '@eventstore/db-client';
import { startEmulator } from '@deskstream/esdb-emulator';
import { startApp } from './testing/harness';
import { startMainProcess } from './testing/main-process';
import { StoreLogDamagedError, startEmbeddedStore, type StoreLogLevel } from './embedded-store';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'deskstream-embedded-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => error,
  );
}

async function readAllTypes(client: EventStoreDBClient): Promise<string[]> {
  const types: string[] = [];
  for await (const resolved of client.readAll({ fromPosition: START, maxCount: 20 })) types.push(resolved.event!.type);
  return types;
}

/** Ten appends to the store folder under `dir`, through an emulator of the test's own; the positions. */
async function writeTickets(dir: string): Promise<bigint[]> {
  const emulator = await startEmulator({ dbPath: join(dir, 'esdb'), port: 0 });
  const client = EventStoreDBClient.connectionString(emulator.url);
  const positions: bigint[] = [];
  for (let i = 0; i < 10; i++)
    positions.push(
      (await client.appendToStream(`ticket-${i % 3}`, jsonEvent({ type: 'TicketOpened', data: { i } }))).position!
        .commit,
    );
  await client.dispose();
  await emulator.stop();
  return positions;
}

describe('the embedded store is the api’s alone', () => {
  it('refuses a client without the per-start password on its port, and the api works', async () => {
    const api = await startMainProcess(await dataDir());
    cleanups.push(() => api.stop('SIGKILL'));
    const publicUrl = /embedded event store \(pid \d+\) at (esdb:\/\/[^\s,"]+)/.exec(api.output())![1]!;
    expect(publicUrl).toMatch(/^esdb:\/\/127\.0\.0\.1:\d+\?tls=true&tlsCAFile=/);

    // Another process that finds the port and even trusts the certificate: no password, no data.
    const stranger = EventStoreDBClient.connectionString(publicUrl);
    cleanups.push(() => stranger.dispose());
    expect(await outcome(readAllTypes(stranger))).toBeInstanceOf(AccessDeniedError);
    expect(
      await outcome(stranger.appendToStream('session-intruder', jsonEvent({ type: 'SessionStarted', data: {} }))),
    ).toBeInstanceOf(AccessDeniedError);
    // Nor over plain gRPC, as the store used to serve.
    const plain = EventStoreDBClient.connectionString(publicUrl.replace(/\?.*$/, '?tls=false'));
    cleanups.push(() => plain.dispose());
    expect(await outcome(readAllTypes(plain))).toBeInstanceOf(Error);

    const signIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(username: "admin", password: "deskstream-admin") { staff { roles } } }',
      }),
    });
    expect(await signIn.json()).toEqual({ data: { signIn: { staff: { roles: ['ADMIN'] } } } });

    if (existsSync(`/proc/${api.storePid}/environ`)) {
      // The password is in the store's environment (readable by its own user only), not on its command line nor in any log.
      const environ = (await readFile(`/proc/${api.storePid}/environ`, 'utf8')).split('\0');
      const password = environ.find((entry) => entry.startsWith('EVENTSTORE_DEFAULT_ADMIN_PASSWORD='))!.split('=')[1]!;
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(await readFile(`/proc/${api.storePid}/cmdline`, 'utf8')).not.toContain(password);
      expect(api.output()).not.toContain(password);
      expect(api.output()).not.toContain(encodeURIComponent(password));
    }
  }, 90_000);
});

describe('what the store does to its log is reported', () => {
  it('logs a cut torn tail at warn level and shows it in /health/ready as store.recovery', async () => {
    const dir = await dataDir();
    const positions = await writeTickets(dir);
    const file = join(dir, 'esdb', 'events.log');
    const size = (await readFile(file)).length;
    await appendFile(file, Buffer.from([0x40, 0, 0, 0, 1, 2, 3]));

    const lines: { message: string; level: StoreLogLevel }[] = [];
    const store = await startEmbeddedStore(dir, (message, level = 'info') => lines.push({ message, level }));
    cleanups.push(() => store.stop());
    const cut = { event: 'log-cut', file, at: size, bytes: 7, reason: 'incomplete record', droppedEvents: 0 };
    expect(store.recovery).toEqual([expect.objectContaining(cut)]);
    expect(lines).toContainEqual({
      level: 'warn',
      message: expect.stringMatching(new RegExp(`cut the log's torn tail: 7 bytes at byte offset ${size}`)),
    });

    const app = await startApp(store, { seedDemoData: false });
    cleanups.push(() => app.close());
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().store).toEqual({
      recovery: [expect.objectContaining({ ...cut, time: expect.any(String), message: expect.any(String) })],
    });
    expect(positions).toHaveLength(10);
  }, 60_000);

  it('refuses to start on a log damaged in the middle, naming the file, the offset and how to salvage it', async () => {
    const dir = await dataDir();
    const positions = await writeTickets(dir);
    const file = join(dir, 'esdb', 'events.log');
    const bytes = await readFile(file);
    bytes[Number(positions[4]) + 40]! ^= 0x01;
    await writeFile(file, bytes);

    const error = await outcome(startEmbeddedStore(dir, () => undefined));
    expect(error).toBeInstanceOf(StoreLogDamagedError);
    expect(error).toMatchObject({ file, at: Number(positions[4]) });
    expect((error as Error).message).toContain(`--db "${join(dir, 'esdb')}"`);
    expect((error as Error).message).toContain('--salvage-log');

    // `npm start` says the same and exits with 1, the log untouched.
    const main = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))], {
      env: { ...process.env, EVENTSTORE_URL: '', DATA_DIR: dir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    main.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    main.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => main.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `could not start: the event store's log ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged at byte offset ${positions[4]}`,
      ),
    );
    expect(output).toContain('--salvage-log');
    expect(await readFile(file)).toEqual(bytes);
  }, 60_000);
});

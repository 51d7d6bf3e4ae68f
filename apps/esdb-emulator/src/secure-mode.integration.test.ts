/**
 * Secure mode through the real client: only the caller holding the per-start password gets in,
 * over TLS; anyone else on the machine gets AccessDeniedError, or nothing at all over plain gRPC.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, EventStoreDBClient, StreamNotFoundError, jsonEvent, START } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from './index';

const password = randomBytes(24).toString('base64url');

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => error,
  );
}

async function readAllTypes(client: EventStoreDBClient): Promise<string[]> {
  const types: string[] = [];
  for await (const e of client.readAll({ fromPosition: START, maxCount: 50 })) types.push(e.event!.type);
  return types;
}

describe('secure mode', () => {
  let emulator: RunningEmulator;
  const clients: EventStoreDBClient[] = [];
  const client = (make: () => EventStoreDBClient) => {
    const c = make();
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    emulator = await startEmulator({ memDb: true, port: 0, defaultAdminPassword: password });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose().catch(() => undefined)));
    await emulator.stop();
  });

  it('serves the client that has the password, by connection string or by client options', async () => {
    expect(emulator.secure).toBe(true);
    expect(emulator.url).toBe(`esdb://127.0.0.1:${emulator.port}?tls=true&tlsCAFile=${emulator.caFile}`);
    const byUrl = client(() =>
      EventStoreDBClient.connectionString(
        emulator.url.replace('esdb://', `esdb://admin:${encodeURIComponent(password)}@`),
      ),
    );
    const result = await byUrl.appendToStream('ticket-1', jsonEvent({ type: 'TicketOpened', data: {} }));
    expect(result.success).toBe(true);
    const byOptions = client(
      () =>
        new EventStoreDBClient(
          { endpoint: { address: '127.0.0.1', port: emulator.port } },
          { rootCertificate: Buffer.from(emulator.ca!) },
          { username: 'admin', password },
        ),
    );
    expect(await readAllTypes(byOptions)).toContain('TicketOpened');
    // BatchAppend and catch-up subscriptions pass too.
    await byOptions.appendToStream('ticket-1', [
      jsonEvent({ type: 'TicketUpdated', data: {} }),
      jsonEvent({ type: 'TicketClosed', data: {} }),
    ]);
    const sub = byOptions.subscribeToStream('ticket-1');
    const seen: string[] = [];
    for await (const e of sub) {
      seen.push(e.event!.type);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['TicketOpened', 'TicketUpdated', 'TicketClosed']);
  });

  it('refuses a client without credentials or with a wrong password: AccessDeniedError, nothing read or written', async () => {
    const anonymous = client(() => EventStoreDBClient.connectionString(emulator.url));
    expect(await outcome(readAllTypes(anonymous))).toBeInstanceOf(AccessDeniedError);
    expect(
      await outcome(anonymous.appendToStream('ticket-2', jsonEvent({ type: 'TicketOpened', data: {} }))),
    ).toBeInstanceOf(AccessDeniedError);
    const wrong = client(() =>
      EventStoreDBClient.connectionString(emulator.url.replace('esdb://', 'esdb://admin:changeit@')),
    );
    expect(await outcome(readAllTypes(wrong))).toBeInstanceOf(AccessDeniedError);
    expect(
      await outcome(wrong.appendToStream('ticket-2', jsonEvent({ type: 'TicketOpened', data: {} }))),
    ).toBeInstanceOf(AccessDeniedError);
    const ops = client(() =>
      EventStoreDBClient.connectionString(
        emulator.url.replace('esdb://', `esdb://ops:${encodeURIComponent(password)}@`),
      ),
    );
    expect(
      await outcome(
        ops.appendToStream('ticket-2', jsonEvent({ type: 'TicketOpened', data: {} }), {
          credentials: { username: 'ops', password },
        }),
      ),
    ).toBeInstanceOf(AccessDeniedError);
    const admin = client(() =>
      EventStoreDBClient.connectionString(
        emulator.url.replace('esdb://', `esdb://admin:${encodeURIComponent(password)}@`),
      ),
    );
    const readTicket2 = async () => {
      const events = [];
      for await (const e of admin.readStream('ticket-2')) events.push(e);
      return events;
    };
    expect(await outcome(readTicket2())).toBeInstanceOf(StreamNotFoundError);
  });

  it('answers nothing over plain gRPC, and a raw call without credentials over TLS is denied', async () => {
    const plain = client(() =>
      EventStoreDBClient.connectionString(
        `esdb://admin:${encodeURIComponent(password)}@127.0.0.1:${emulator.port}?tls=false`,
      ),
    );
    const error = await outcome(readAllTypes(plain));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toHaveProperty('resolved');
    const raw = new grpc.Client(`127.0.0.1:${emulator.port}`, grpc.credentials.createSsl(Buffer.from(emulator.ca!)));
    const code = await new Promise<number>((resolve) =>
      raw.makeUnaryRequest(
        '/event_store.client.streams.Streams/Delete',
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.alloc(0),
        (e) => resolve(e?.code ?? 0),
      ),
    );
    raw.close();
    expect(code).toBe(grpc.status.PERMISSION_DENIED);
  });

  it('removes its certificate file when it stops', async () => {
    const other = await startEmulator({ memDb: true, port: 0, defaultAdminPassword: 'another' });
    expect(existsSync(other.caFile!)).toBe(true);
    await other.stop();
    expect(existsSync(other.caFile!)).toBe(false);
  });

  it('runs standalone the way the api embeds it: password in the environment, connection string on the listening line', async () => {
    const secret = randomBytes(24).toString('base64url');
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--mem-db', '--node-port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, EVENTSTORE_DEFAULT_ADMIN_PASSWORD: secret },
    });
    try {
      const listening = await new Promise<Record<string, unknown>>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          const line = out.split('\n').find((l) => l.includes('"event":"listening"'));
          if (line) resolve(JSON.parse(line) as Record<string, unknown>);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(listening).toMatchObject({
        secure: true,
        url: expect.stringMatching(/^esdb:\/\/127\.0\.0\.1:\d+\?tls=true&tlsCAFile=\/.+\/ca\.pem$/),
      });
      expect(JSON.stringify(listening)).not.toContain(secret);
      const url = String(listening.url);
      const admin = client(() =>
        EventStoreDBClient.connectionString(url.replace('esdb://', `esdb://admin:${encodeURIComponent(secret)}@`)),
      );
      expect((await admin.appendToStream('chat-1', jsonEvent({ type: 'ChatRequested', data: {} }))).success).toBe(true);
      const anonymous = client(() => EventStoreDBClient.connectionString(url));
      expect(await outcome(readAllTypes(anonymous))).toBeInstanceOf(AccessDeniedError);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});

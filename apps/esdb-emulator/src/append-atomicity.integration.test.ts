/**
 * An append is all or nothing, before and after a restart, through the real client: what a
 * reader is shown is what the log holds, and a position once shown is never given to another
 * event.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EventStoreDBClient,
  MaxAppendSizeExceededError,
  StreamNotFoundError,
  jsonEvent,
  type AppendToStreamOptions,
} from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from './index';

const UNARY_APPEND: AppendToStreamOptions = { credentials: { username: 'admin', password: 'changeit' } };

async function read(
  client: EventStoreDBClient,
  stream: string,
): Promise<{ revision: bigint; type: string; position: bigint }[]> {
  const out = [];
  for await (const { event } of client.readStream(stream))
    out.push({ revision: event!.revision, type: event!.type, position: event!.position!.commit });
  return out;
}

describe('appends are all or nothing, across a restart', () => {
  let db: string;
  let emulator: RunningEmulator | undefined;
  let client: EventStoreDBClient | undefined;
  const start = async () => {
    emulator = await startEmulator({ dbPath: db, port: 0 });
    client = EventStoreDBClient.connectionString(emulator.url);
    return client;
  };
  const restart = async () => {
    await client?.dispose();
    await emulator?.stop();
    return start();
  };
  beforeEach(async () => {
    db = await mkdtemp(join(tmpdir(), 'deskstream-atomic-'));
  });
  afterEach(async () => {
    await client?.dispose();
    await emulator?.stop();
    await rm(db, { recursive: true, force: true });
  });

  it.each([
    ['BatchAppend', {}],
    ['Append', UNARY_APPEND],
  ])(
    'keeps both events of an append whose second type is 70,000 characters (%s), at the same positions after a restart',
    async (_call, options) => {
      let c = await start();
      const longType = 'TicketTagged'.padEnd(70_000, 'x');
      const result = await c.appendToStream(
        'ticket-1',
        [jsonEvent({ type: 'TicketOpened', data: {} }), jsonEvent({ type: longType, data: {} })],
        options,
      );
      expect(result.nextExpectedRevision).toBe(1n);
      const before = await read(c, 'ticket-1');
      expect(before.map((e) => [e.revision, e.type])).toEqual([
        [0n, 'TicketOpened'],
        [1n, longType],
      ]);
      c = await restart();
      expect(await read(c, 'ticket-1')).toEqual(before);
      const next = await c.appendToStream('ticket-1', jsonEvent({ type: 'TicketClosed', data: {} }), {
        ...options,
        expectedRevision: 1n,
      });
      expect(next.nextExpectedRevision).toBe(2n);
      expect(next.position!.commit).toBeGreaterThan(before[1]!.position);
    },
  );

  it.each([
    ['BatchAppend', {}],
    ['Append', UNARY_APPEND],
  ])(
    'writes nothing of an append over the limit because of its event type (%s), and the next event takes the next position',
    async (_call, options) => {
      let c = await start();
      const first = await c.appendToStream('chat-0', jsonEvent({ type: 'ChatRequested', data: {} }));
      const error = await c
        .appendToStream(
          'chat-1',
          [jsonEvent({ type: 'ChatRequested', data: {} }), jsonEvent({ type: 'X'.repeat(600_000), data: {} })],
          options,
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
      expect(await read(c, 'chat-1').catch((e: unknown) => e)).toBeInstanceOf(StreamNotFoundError);
      c = await restart();
      expect(await read(c, 'chat-1').catch((e: unknown) => e)).toBeInstanceOf(StreamNotFoundError);
      const next = await c.appendToStream('chat-1', jsonEvent({ type: 'ChatRequested', data: {} }), {
        ...options,
        expectedRevision: 'no_stream',
      });
      expect(next.nextExpectedRevision).toBe(0n);
      expect(next.position!.commit).toBeGreaterThan(first.position!.commit);
    },
  );
});

import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from '../index';

/** Raw bytes straight at the emulator's methods, bypassing the client's own checks. */
describe('malformed requests', () => {
  let emulator: RunningEmulator;
  let raw: grpc.Client;
  beforeAll(async () => {
    emulator = await startEmulator({ memDb: true, port: 0 });
    raw = new grpc.Client(`127.0.0.1:${emulator.port}`, grpc.credentials.createInsecure());
  });
  afterAll(async () => {
    raw.close();
    await emulator.stop();
  });

  const identity = (b: Buffer) => b;
  const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x42]);

  function unaryStatus(path: string, body: Buffer): Promise<grpc.ServiceError | null> {
    return new Promise((resolve) => raw.makeUnaryRequest(path, identity, identity, body, (error) => resolve(error)));
  }

  function serverStreamStatus(path: string, body: Buffer): Promise<number> {
    return new Promise((resolve) => {
      const call = raw.makeServerStreamRequest(path, identity, identity, body);
      call.on('data', () => undefined);
      call.on('error', (e: grpc.ServiceError) => resolve(e.code));
      call.on('status', (s: grpc.StatusObject) => resolve(s.code));
    });
  }

  it.each(['Delete', 'Tombstone'])('%s answers garbage with an error status', async (method) => {
    const error = await unaryStatus(`/event_store.client.streams.Streams/${method}`, garbage);
    expect(error?.code).toBeOneOf([grpc.status.INTERNAL, grpc.status.INVALID_ARGUMENT]);
  });

  it('Read answers garbage and an empty request with an error status', async () => {
    expect(await serverStreamStatus('/event_store.client.streams.Streams/Read', garbage)).not.toBe(grpc.status.OK);
    expect(await serverStreamStatus('/event_store.client.streams.Streams/Read', Buffer.alloc(0))).toBe(
      grpc.status.INVALID_ARGUMENT,
    );
  });

  it('Append answers garbage with INVALID_ARGUMENT', async () => {
    const code = await new Promise<number>((resolve) => {
      const call = raw.makeClientStreamRequest(
        '/event_store.client.streams.Streams/Append',
        identity,
        identity,
        (error) => resolve(error?.code ?? 0),
      );
      call.write(garbage);
      call.end();
    });
    expect(code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  it('an unknown method is UNIMPLEMENTED', async () => {
    const error = await unaryStatus('/event_store.client.projections.Projections/Create', Buffer.alloc(0));
    expect(error?.code).toBe(grpc.status.UNIMPLEMENTED);
  });

  it('still serves the real client afterwards', async () => {
    const client = EventStoreDBClient.connectionString(emulator.url);
    const result = await client.appendToStream('ticket-after-garbage', jsonEvent({ type: 'TicketOpened', data: {} }));
    expect(result.success).toBe(true);
    await client.dispose();
  });
});

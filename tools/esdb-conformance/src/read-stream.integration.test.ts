/** Reading one stream: both directions, inclusive `fromRevision`, `maxCount`, `end`, not found. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  binaryEvent,
  jsonEvent,
  type AppendResult,
} from '@eventstore/db-client';
import { collect, rejection, testEvents, uniqueStream, useClient } from './test-support/store';

describe('readStream', () => {
  const client = useClient();
  const stream = uniqueStream('read-stream');
  let appended: AppendResult;

  beforeAll(async () => {
    await client.appendToStream(uniqueStream('read-stream-neighbour'), testEvents(3));
    appended = await client.appendToStream(stream, [
      ...testEvents(4, 'ConformanceJson'),
      ...Array.from({ length: 4 }, (_, i) =>
        binaryEvent({ type: 'ConformanceBinary', data: Buffer.from(`binary ${i}`) }),
      ),
    ]);
  });

  const revisions = async (options: Parameters<typeof client.readStream>[1]) =>
    (await collect(client.readStream(stream, options))).map((e) => e.event!.revision);

  it('reads forwards from the start by default', async () => {
    expect(await revisions({})).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
    expect(await revisions({ direction: FORWARDS, fromRevision: START })).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
  });

  it('reads forwards from a revision, inclusive', async () => {
    expect(await revisions({ fromRevision: 5n })).toEqual([5n, 6n, 7n]);
  });

  it('reads backwards from the end', async () => {
    expect(await revisions({ direction: BACKWARDS, fromRevision: END })).toEqual([7n, 6n, 5n, 4n, 3n, 2n, 1n, 0n]);
  });

  it('reads backwards from a revision, inclusive', async () => {
    expect(await revisions({ direction: BACKWARDS, fromRevision: 1n })).toEqual([1n, 0n]);
  });

  it('stops after maxCount events', async () => {
    expect(await revisions({ maxCount: 2 })).toEqual([0n, 1n]);
    expect(await revisions({ fromRevision: 3n, maxCount: 3 })).toEqual([3n, 4n, 5n]);
    expect(await revisions({ direction: BACKWARDS, fromRevision: END, maxCount: 1 })).toEqual([7n]);
  });

  it('returns nothing past the end', async () => {
    expect(await revisions({ fromRevision: 8n })).toEqual([]);
  });

  it('returns json and binary events as they were written', async () => {
    const [json] = await collect(client.readStream(stream, { fromRevision: 1n, maxCount: 1 }));
    expect(json!.event!.isJson).toBe(true);
    expect(json!.event!.type).toBe('ConformanceJson');
    expect(json!.event!.data).toEqual({ index: 1 });
    expect(json!.event!.streamId).toBe(stream);
    const [binary] = await collect(client.readStream(stream, { fromRevision: 5n, maxCount: 1 }));
    expect(binary!.event!.isJson).toBe(false);
    expect(binary!.event!.type).toBe('ConformanceBinary');
    expect(Buffer.from(binary!.event!.data as Uint8Array).toString()).toBe('binary 1');
  });

  it('keeps ids, metadata and creation time', async () => {
    const name = uniqueStream('read-stream-metadata');
    const event = jsonEvent({
      type: 'ConformanceWithMetadata',
      data: { text: 'CC ‐ 1830 ۱۶۰۳' },
      metadata: { correlationId: 'c-1', schema: 1 },
    });
    const before = Date.now();
    await client.appendToStream(name, event);
    const [read] = await collect(client.readStream(name));
    expect(read!.event!.id).toBe(event.id);
    expect(read!.event!.data).toEqual({ text: 'CC ‐ 1830 ۱۶۰۳' });
    expect(read!.event!.metadata).toEqual({ correlationId: 'c-1', schema: 1 });
    // Clocks may differ a little between this machine and a real server.
    expect(read!.event!.created.getTime()).toBeGreaterThanOrEqual(before - 60_000);
    expect(read!.event!.created.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('gives each event its position in $all, the last one equal to the append result', async () => {
    const [last] = await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
    expect(last!.event!.position).toEqual(appended.position);
    const all = await collect(client.readStream(stream));
    for (let i = 1; i < all.length; i++) {
      expect(all[i]!.event!.position!.commit).toBeGreaterThan(all[i - 1]!.event!.position!.commit);
    }
  });

  it('throws StreamNotFoundError for a stream never written', async () => {
    const missing = uniqueStream('read-stream-missing');
    for (const options of [{}, { direction: BACKWARDS, fromRevision: END } as const]) {
      const error = await rejection(collect(client.readStream(missing, options)));
      expect(error).toBeInstanceOf(StreamNotFoundError);
      expect((error as StreamNotFoundError).streamName).toBe(missing);
    }
  });
});

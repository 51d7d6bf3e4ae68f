/**
 * Soft delete: the stream reads as not found, its old events stay hidden, and appending again
 * recreates it with numbering that continues where it stopped.
 */
import { describe, expect, it } from 'vitest';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { collect, rejection, revisionsOf, testEvents, uniqueStream, useClient } from './test-support/store';

describe('deleteStream', () => {
  const client = useClient();

  it('makes reads throw StreamNotFoundError', async () => {
    const stream = uniqueStream('delete-read');
    await client.appendToStream(stream, testEvents(4));
    const result = await client.deleteStream(stream);
    expect(result).toBeDefined();
    for (const options of [{}, { direction: BACKWARDS, fromRevision: END } as const]) {
      const error = await rejection(collect(client.readStream(stream, options)));
      expect(error).toBeInstanceOf(StreamNotFoundError);
    }
  });

  it('lets appends continue the numbering while the old events stay hidden', async () => {
    const stream = uniqueStream('delete-recreate');
    await client.appendToStream(stream, testEvents(2), { expectedRevision: NO_STREAM });
    await client.deleteStream(stream, { expectedRevision: 1n });

    const events = testEvents(3, 'ConformanceRecreated');
    const result = await client.appendToStream(stream, events, { expectedRevision: ANY });
    expect(result.nextExpectedRevision).toBe(4n);
    const read = await collect(client.readStream(stream));
    expect(read.map((e) => e.event!.revision)).toEqual([2n, 3n, 4n]);
    expect(read.map((e) => e.event!.id)).toEqual(events.map((e) => e.id));
    const backwards = await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: END }));
    expect(backwards.map((e) => e.event!.revision)).toEqual([4n, 3n, 2n]);
    // The recreated stream starts where the old one stopped; the metadata says so.
    const { metadata } = await client.getStreamMetadata(stream);
    expect(metadata?.truncateBefore).toBe(2);
  });

  it('accepts no_stream for the first write after it, and only for the first', async () => {
    const stream = uniqueStream('delete-no-stream');
    await client.appendToStream(stream, testEvents(2), { expectedRevision: NO_STREAM });
    await client.deleteStream(stream);
    const result = await client.appendToStream(stream, testEvents(3), { expectedRevision: NO_STREAM });
    expect(result.nextExpectedRevision).toBe(4n);
    expect(
      await rejection(client.appendToStream(stream, testEvents(1), { expectedRevision: NO_STREAM })),
    ).toBeInstanceOf(WrongExpectedVersionError);
    expect(await revisionsOf(client, stream)).toEqual([2n, 3n, 4n]);
  });

  it('checks an exact expected revision', async () => {
    const stream = uniqueStream('delete-exact');
    await client.appendToStream(stream, testEvents(4));
    const error = await rejection(client.deleteStream(stream, { expectedRevision: 2n }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).streamName).toBe(stream);
    expect((error as WrongExpectedVersionError).expectedVersion).toBe(2n);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n, 3n]);

    await client.deleteStream(stream, { expectedRevision: 3n });
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
  });

  it('refuses no_stream on a stream that exists', async () => {
    const stream = uniqueStream('delete-exists');
    await client.appendToStream(stream, testEvents(4));
    const error = await rejection(client.deleteStream(stream, { expectedRevision: NO_STREAM }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).streamName).toBe(stream);
  });

  it('can be followed by a tombstone', async () => {
    const stream = uniqueStream('delete-then-tombstone');
    await client.appendToStream(stream, testEvents(2));
    await client.deleteStream(stream, { expectedRevision: 1n });
    await client.tombstoneStream(stream);
    const error = await rejection(collect(client.readStream(stream)));
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(await rejection(client.appendToStream(stream, testEvents(1)))).toBeInstanceOf(StreamDeletedError);
  });
});

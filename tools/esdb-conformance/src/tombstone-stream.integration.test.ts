/** Tombstone (hard delete): StreamDeletedError forever, on read, append, delete and tombstone. */
import { describe, expect, it } from 'vitest';
import { ANY, BACKWARDS, END, NO_STREAM, StreamDeletedError, WrongExpectedVersionError } from '@eventstore/db-client';
import { collect, rejection, revisionsOf, testEvents, uniqueStream, useClient } from './test-support/store';

describe('tombstoneStream', () => {
  const client = useClient();

  async function tombstoned(): Promise<string> {
    const stream = uniqueStream('tombstone');
    await client.appendToStream(stream, testEvents(3));
    expect(await client.tombstoneStream(stream)).toBeDefined();
    return stream;
  }

  it('makes reads throw StreamDeletedError', async () => {
    const stream = await tombstoned();
    for (const options of [{}, { direction: BACKWARDS, fromRevision: END } as const]) {
      const error = await rejection(collect(client.readStream(stream, options)));
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect((error as StreamDeletedError).streamName).toBe(stream);
    }
  });

  it('makes appends throw StreamDeletedError, whatever the expected revision', async () => {
    const stream = await tombstoned();
    for (const expectedRevision of [ANY, NO_STREAM, 2n, 'stream_exists'] as const) {
      const error = await rejection(client.appendToStream(stream, testEvents(1), { expectedRevision }));
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect((error as StreamDeletedError).streamName).toBe(stream);
    }
  });

  it('makes a soft delete throw StreamDeletedError', async () => {
    const stream = await tombstoned();
    expect(await rejection(client.deleteStream(stream))).toBeInstanceOf(StreamDeletedError);
  });

  it('makes another tombstone throw StreamDeletedError', async () => {
    const stream = await tombstoned();
    expect(await rejection(client.tombstoneStream(stream))).toBeInstanceOf(StreamDeletedError);
  });

  it('makes the stream metadata unreadable', async () => {
    // As EventStoreDB's own client tests do it: a soft delete (which writes metadata), then a tombstone.
    const stream = uniqueStream('tombstone-metadata');
    await client.appendToStream(stream, testEvents(2));
    await client.deleteStream(stream, { expectedRevision: 1n });
    await client.tombstoneStream(stream);
    expect(await rejection(client.getStreamMetadata(stream))).toBeInstanceOf(StreamDeletedError);
  });

  it('works on a stream that never existed, with no_stream', async () => {
    const stream = uniqueStream('tombstone-missing');
    expect(await client.tombstoneStream(stream, { expectedRevision: NO_STREAM })).toBeDefined();
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamDeletedError);
  });

  it('checks the expected revision', async () => {
    const stream = uniqueStream('tombstone-exact');
    await client.appendToStream(stream, testEvents(3));
    const error = await rejection(client.tombstoneStream(stream, { expectedRevision: 1n }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).streamName).toBe(stream);
    expect((error as WrongExpectedVersionError).expectedVersion).toBe(1n);
    expect(await rejection(client.tombstoneStream(stream, { expectedRevision: NO_STREAM }))).toBeInstanceOf(
      WrongExpectedVersionError,
    );
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n]);

    await client.tombstoneStream(stream, { expectedRevision: 2n });
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamDeletedError);
  });

  it('leaves other streams alone', async () => {
    const neighbour = uniqueStream('tombstone-neighbour');
    await client.appendToStream(neighbour, testEvents(2));
    await tombstoned();
    expect(await revisionsOf(client, neighbour)).toEqual([0n, 1n]);
  });
});

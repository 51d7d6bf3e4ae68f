/**
 * A soft delete's expected revision as EventStoreDB 21.10 and later answer it: a stream that has
 * never had an event nor metadata cannot be soft-deleted, whatever was expected (wrong expected
 * version, actual version -1, nothing written); one that exists only through its metadata can be;
 * a soft-deleted stream can be deleted again, with no_stream too. (The client's deleteStream and
 * tombstoneStream take any, no_stream or a revision; it cannot send stream_exists.)
 */
import { describe, expect, it } from 'vitest';
import { ANY, NO_STREAM, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import { collect, rejection, testEvents, uniqueStream, useClient } from './test-support/store';

/** The number EventStoreDB puts in `expected-version` for each kind of expectation. */
const EXPECTED_VERSION = { any: -2n, no_stream: -1n } as const;

describe('deleteStream of a stream that never existed', () => {
  const client = useClient();

  for (const expectedRevision of [ANY, NO_STREAM, 0n] as const) {
    it(`answers WrongExpectedVersion with expected revision ${String(expectedRevision)}, writing nothing`, async () => {
      const stream = uniqueStream('delete-never');
      const error = await rejection(client.deleteStream(stream, { expectedRevision }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      const wrong = error as WrongExpectedVersionError;
      expect(wrong.streamName).toBe(stream);
      expect(wrong.expectedVersion).toBe(
        typeof expectedRevision === 'bigint' ? expectedRevision : EXPECTED_VERSION[expectedRevision],
      );
      expect(wrong.actualVersion).toBe(-1n);
      // Nothing was written: neither the stream nor its metadata exists, and it can be created.
      expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
      expect(await rejection(collect(client.readStream(`$$${stream}`)))).toBeInstanceOf(StreamNotFoundError);
      const created = await client.appendToStream(stream, testEvents(1), { expectedRevision: NO_STREAM });
      expect(created.nextExpectedRevision).toBe(0n);
    });
  }
});

describe('deleteStream of a stream that exists only through its metadata', () => {
  const client = useClient();

  for (const expectedRevision of [ANY, NO_STREAM] as const) {
    it(`succeeds with expected revision ${expectedRevision}`, async () => {
      const stream = uniqueStream('delete-metadata-only');
      await client.setStreamMetadata(stream, { maxCount: 10 });
      expect(await client.deleteStream(stream, { expectedRevision })).toBeDefined();
      expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
    });
  }

  it('refuses an exact expected revision', async () => {
    const stream = uniqueStream('delete-metadata-only-exact');
    await client.setStreamMetadata(stream, { maxCount: 10 });
    const error = await rejection(client.deleteStream(stream, { expectedRevision: 0n }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).actualVersion).toBe(-1n);
  });
});

describe('deleteStream of a soft-deleted stream', () => {
  const client = useClient();

  async function softDeleted(): Promise<string> {
    const stream = uniqueStream('delete-again');
    await client.appendToStream(stream, testEvents(3));
    await client.deleteStream(stream, { expectedRevision: 2n });
    return stream;
  }

  it('succeeds again with no_stream, any or its last revision', async () => {
    for (const expectedRevision of [NO_STREAM, ANY, 2n] as const) {
      const stream = await softDeleted();
      expect(await client.deleteStream(stream, { expectedRevision })).toBeDefined();
      expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
    }
  });
});

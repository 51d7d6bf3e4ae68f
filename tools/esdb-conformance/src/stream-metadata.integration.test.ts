/**
 * Stream metadata through setStreamMetadata / getStreamMetadata (events in `$$<stream>`), and its
 * effect on reads: `$maxCount`, `$maxAge` and `$tb` (truncateBefore) are applied at read time.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  NO_STREAM,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type StreamMetadata,
} from '@eventstore/db-client';
import { collect, delay, rejection, revisionsOf, testEvents, uniqueStream, useClient } from './test-support/store';

describe('stream metadata', () => {
  const client = useClient();

  it('is empty for a stream that has none', async () => {
    const stream = uniqueStream('metadata-none');
    await client.appendToStream(stream, testEvents(2));
    expect(await client.getStreamMetadata(stream)).toEqual({ streamName: stream });
    expect((await client.getStreamMetadata(uniqueStream('metadata-never'))).metadata).toBeUndefined();
  });

  it('reads back what was written, system and custom keys alike', async () => {
    const stream = uniqueStream('metadata-roundtrip');
    const metadata: StreamMetadata<{ team: string }> = {
      maxAge: 3600,
      cacheControl: 15,
      truncateBefore: 1,
      maxCount: 12,
      acl: {
        readRoles: ['$admins'],
        writeRoles: ['$admins'],
        deleteRoles: ['$admins'],
        metaReadRoles: ['$admins'],
        metaWriteRoles: ['$admins'],
      },
      team: 'سرویس مشتریان',
    };
    await client.setStreamMetadata(stream, metadata);
    const read = await client.getStreamMetadata<{ team: string }>(stream);
    expect(read.streamName).toBe(stream);
    expect(read.metadata).toEqual(metadata);

    const replaced: StreamMetadata<{ team: string }> = { maxCount: 11, team: 'support' };
    await client.setStreamMetadata(stream, replaced);
    expect((await client.getStreamMetadata<{ team: string }>(stream)).metadata).toEqual(replaced);
  });

  it('is written as $metadata events in the metastream, without creating the stream', async () => {
    const stream = uniqueStream('metadata-metastream');
    await client.setStreamMetadata(stream, { maxCount: 5 });
    await client.setStreamMetadata(stream, { maxCount: 6 });
    const meta = await collect(client.readStream(`$$${stream}`));
    expect(meta.map((e) => [e.event!.revision, e.event!.type])).toEqual([
      [0n, '$metadata'],
      [1n, '$metadata'],
    ]);
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
  });

  it('honours an expected revision on the metastream', async () => {
    const stream = uniqueStream('metadata-expected');
    const first = await client.setStreamMetadata(stream, { maxCount: 5 }, { expectedRevision: NO_STREAM });
    expect(first.nextExpectedRevision).toBe(0n);
    expect(
      await rejection(client.setStreamMetadata(stream, { maxCount: 6 }, { expectedRevision: NO_STREAM })),
    ).toBeInstanceOf(WrongExpectedVersionError);
    const second = await client.setStreamMetadata(stream, { maxCount: 7 }, { expectedRevision: 0n });
    expect(second.nextExpectedRevision).toBe(1n);
    expect((await client.getStreamMetadata(stream)).metadata).toEqual({ maxCount: 7 });
  });

  it('maxCount keeps only the newest events visible', async () => {
    const before = uniqueStream('metadata-max-count-before');
    await client.setStreamMetadata(before, { maxCount: 2 });
    await client.appendToStream(before, testEvents(20));
    expect(await revisionsOf(client, before)).toEqual([18n, 19n]);

    const after = uniqueStream('metadata-max-count-after');
    await client.appendToStream(after, testEvents(5));
    await client.setStreamMetadata(after, { maxCount: 2 });
    expect(await revisionsOf(client, after)).toEqual([3n, 4n]);
    expect(
      (await collect(client.readStream(after, { direction: BACKWARDS, fromRevision: END }))).map(
        (e) => e.event!.revision,
      ),
    ).toEqual([4n, 3n]);
    expect((await collect(client.readStream(after, { fromRevision: 1n }))).map((e) => e.event!.revision)).toEqual([
      3n,
      4n,
    ]);

    // Later appends move the window; the numbering is untouched.
    const result = await client.appendToStream(after, testEvents(1), { expectedRevision: 4n });
    expect(result.nextExpectedRevision).toBe(5n);
    expect(await revisionsOf(client, after)).toEqual([4n, 5n]);
  });

  it('truncateBefore hides events below a revision', async () => {
    const stream = uniqueStream('metadata-truncate');
    await client.appendToStream(stream, testEvents(5));
    await client.setStreamMetadata(stream, { truncateBefore: 2 });
    expect(await revisionsOf(client, stream)).toEqual([2n, 3n, 4n]);
    expect(
      (await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: END }))).map(
        (e) => e.event!.revision,
      ),
    ).toEqual([4n, 3n, 2n]);
    expect(
      (await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: 1n }))).map(
        (e) => e.event!.revision,
      ),
    ).toEqual([]);

    // Removing the key shows them again: metadata is applied when reading, not by deleting.
    await client.setStreamMetadata(stream, {});
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n, 3n, 4n]);
  });

  it('maxAge hides events older than the given number of seconds', async () => {
    const stream = uniqueStream('metadata-max-age');
    await client.appendToStream(stream, testEvents(3));
    await client.setStreamMetadata(stream, { maxAge: 1 });
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n]);

    await delay(2_100);
    expect(await revisionsOf(client, stream)).toEqual([]);
    await client.appendToStream(stream, testEvents(1), { expectedRevision: 2n });
    expect(await revisionsOf(client, stream)).toEqual([3n]);
  });
});

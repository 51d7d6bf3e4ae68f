/**
 * Idempotent appends: the same event ids appended again with the same expected revision return
 * the original result and write nothing. This is what makes a retried command safe.
 */
import { describe, expect, it } from 'vitest';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  jsonEvent,
  type AppendExpectedRevision,
} from '@eventstore/db-client';
import { idsOf, rejection, revisionsOf, testEvents, uniqueStream, useClient } from './test-support/store';

describe('idempotent appends', () => {
  const client = useClient();

  const cases: [string, AppendExpectedRevision, number][] = [
    // [name, expected revision of the first write, events in the stream before it]
    ['no_stream on a new stream', NO_STREAM, 0],
    ['an exact revision', 2n, 3],
    ['any on a new stream', ANY, 0],
    ['any on an existing stream', ANY, 3],
    ['stream_exists', STREAM_EXISTS, 3],
  ];

  it.each(cases)(
    'a retry with %s returns the original result and writes nothing',
    async (_name, expectedRevision, before) => {
      const stream = uniqueStream('idempotent');
      if (before > 0) await client.appendToStream(stream, testEvents(before));
      const events = testEvents(2, 'ConformanceRetried');

      const original = await client.appendToStream(stream, events, { expectedRevision });
      const ids = await idsOf(client, stream);
      const retry = await client.appendToStream(stream, events, { expectedRevision });

      expect(retry.success).toBe(true);
      expect(retry.nextExpectedRevision).toBe(original.nextExpectedRevision);
      // Servers that report a position for a duplicate report the original one.
      if (retry.position) expect(retry.position).toEqual(original.position);
      expect(original.nextExpectedRevision).toBe(BigInt(before + 1));
      expect(await idsOf(client, stream)).toEqual(ids);
      expect(ids.slice(-2)).toEqual(events.map((e) => e.id));
    },
  );

  it('a retried single event gets the original position back', async () => {
    const stream = uniqueStream('idempotent-position');
    const event = jsonEvent({ type: 'ConformanceRetried', data: { once: true } });
    const original = await client.appendToStream(stream, event, { expectedRevision: NO_STREAM });
    const retry = await client.appendToStream(stream, event, { expectedRevision: NO_STREAM });
    expect(retry.nextExpectedRevision).toBe(0n);
    if (retry.position) expect(retry.position).toEqual(original.position);
    expect(await revisionsOf(client, stream)).toEqual([0n]);
  });

  it('a retry with an exact revision still succeeds after later writes, writing nothing', async () => {
    const stream = uniqueStream('idempotent-later');
    await client.appendToStream(stream, testEvents(3));
    const events = testEvents(2, 'ConformanceRetried');
    const original = await client.appendToStream(stream, events, { expectedRevision: 2n });
    await client.appendToStream(stream, testEvents(1, 'ConformanceLater'), { expectedRevision: 4n });

    const retry = await client.appendToStream(stream, events, { expectedRevision: 2n });
    expect(retry.nextExpectedRevision).toBe(original.nextExpectedRevision);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('a retry with any still succeeds after later writes, writing nothing', async () => {
    const stream = uniqueStream('idempotent-any-later');
    const events = testEvents(2, 'ConformanceRetried');
    const original = await client.appendToStream(stream, events, { expectedRevision: ANY });
    await client.appendToStream(stream, testEvents(2, 'ConformanceLater'));

    const retry = await client.appendToStream(stream, events, { expectedRevision: ANY });
    expect(retry.nextExpectedRevision).toBe(original.nextExpectedRevision);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n, 3n]);
  });

  it.each<[string, AppendExpectedRevision]>([
    ['an exact revision', 2n],
    ['no_stream', NO_STREAM],
    ['any', ANY],
  ])('a retry with %s whose events only partly match is a wrong expected version', async (_name, expectedRevision) => {
    const stream = uniqueStream('idempotent-partial');
    if (expectedRevision === 2n) await client.appendToStream(stream, testEvents(3));
    const [first, second] = testEvents(2, 'ConformanceRetried');
    await client.appendToStream(stream, [first!, second!], { expectedRevision });
    const ids = await idsOf(client, stream);

    const error = await rejection(
      client.appendToStream(stream, [first!, jsonEvent({ type: 'ConformanceNew', data: {} })], { expectedRevision }),
    );
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(await idsOf(client, stream)).toEqual(ids);
  });

  it('new event ids at a stale revision are a wrong expected version, not a duplicate', async () => {
    const stream = uniqueStream('idempotent-stale');
    await client.appendToStream(stream, testEvents(2), { expectedRevision: NO_STREAM });
    const error = await rejection(client.appendToStream(stream, testEvents(2), { expectedRevision: NO_STREAM }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).actualVersion).toBe(1n);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n]);
  });
});

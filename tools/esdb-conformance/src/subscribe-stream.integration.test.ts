/**
 * Catch-up subscriptions to one stream: confirmation, catch-up, exactly one `caughtUp`, then
 * live events; `fromRevision` is exclusive; no event is lost or repeated across the switch.
 */
import { describe, expect, it } from 'vitest';
import { END, START, jsonEvent } from '@eventstore/db-client';
import { Recorder } from './test-support/recorder';
import { delay, testEvents, uniqueStream, useClient } from './test-support/store';

const finish = () => jsonEvent({ type: 'ConformanceFinished', data: {} });
const isFinish = (e: { event?: { type: string } }) => e.event?.type === 'ConformanceFinished';

describe('subscribeToStream', () => {
  const client = useClient();

  it('confirms, catches up, says caughtUp once, then delivers live events', async () => {
    const stream = uniqueStream('subscribe-stream-start');
    await client.appendToStream(stream, testEvents(4));
    const recorder = new Recorder(client.subscribeToStream(stream, { fromRevision: START }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      await client.appendToStream(stream, [...testEvents(3), finish()]);
      await recorder.waitForEvent('the finishing event', isFinish);
      await delay(100);

      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
      expect(recorder.entries[0]!.kind).toBe('confirmation');
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
      expect(recorder.beforeCaughtUp().filter((e) => e.kind === 'event')).toHaveLength(4);
      expect(recorder.errors()).toEqual([]);
    } finally {
      await recorder.stop();
    }
  });

  it('starts after fromRevision, which is exclusive', async () => {
    const stream = uniqueStream('subscribe-stream-revision');
    await client.appendToStream(stream, testEvents(4));
    const recorder = new Recorder(client.subscribeToStream(stream, { fromRevision: 2n }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([3n]);
      await client.appendToStream(stream, [...testEvents(3), finish()]);
      await recorder.waitForEvent('the finishing event', isFinish);
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([3n, 4n, 5n, 6n, 7n]);
      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
    } finally {
      await recorder.stop();
    }
  });

  it('from the end delivers only what is written afterwards', async () => {
    const stream = uniqueStream('subscribe-stream-end');
    await client.appendToStream(stream, testEvents(4));
    const recorder = new Recorder(client.subscribeToStream(stream, { fromRevision: END }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      expect(recorder.events()).toEqual([]);
      await client.appendToStream(stream, [...testEvents(3), finish()]);
      await recorder.waitForEvent('the finishing event', isFinish);
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([4n, 5n, 6n, 7n]);
      expect(recorder.count('confirmation')).toBe(1);
    } finally {
      await recorder.stop();
    }
  });

  it('waits for a stream that does not exist yet', async () => {
    const stream = uniqueStream('subscribe-stream-later');
    const recorder = new Recorder(client.subscribeToStream(stream));
    try {
      await recorder.waitFor('confirmation', (r) => r.count('confirmation') === 1);
      await client.appendToStream(stream, [...testEvents(2), finish()]);
      await recorder.waitForEvent('the finishing event', isFinish);
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([0n, 1n, 2n]);
      expect(recorder.events().every((e) => e.event!.streamId === stream)).toBe(true);
    } finally {
      await recorder.stop();
    }
  });

  it('delivers every event once, in order, while writes race the switch to live', async () => {
    const stream = uniqueStream('subscribe-stream-race');
    await client.appendToStream(stream, testEvents(50));
    const writing = (async () => {
      for (let i = 0; i < 150; i++)
        await client.appendToStream(stream, testEvents(1), { expectedRevision: BigInt(49 + i) });
      await client.appendToStream(stream, finish());
    })();
    const recorder = new Recorder(client.subscribeToStream(stream));
    try {
      await writing;
      await recorder.waitForEvent('the finishing event', isFinish);
      expect(recorder.events().map((e) => e.event!.revision)).toEqual(Array.from({ length: 201 }, (_, i) => BigInt(i)));
      expect(recorder.count('caughtUp')).toBe(1);
    } finally {
      await recorder.stop();
    }
  });

  it('serves several subscribers of one stream independently', async () => {
    const stream = uniqueStream('subscribe-stream-many');
    await client.appendToStream(stream, testEvents(2));
    const recorders = [
      new Recorder(client.subscribeToStream(stream)),
      new Recorder(client.subscribeToStream(stream, { fromRevision: 0n })),
    ];
    try {
      await Promise.all(recorders.map((r) => r.waitFor('caughtUp', (x) => x.count('caughtUp') === 1)));
      await client.appendToStream(stream, finish());
      await Promise.all(recorders.map((r) => r.waitForEvent('the finishing event', isFinish)));
      expect(recorders[0]!.events().map((e) => e.event!.revision)).toEqual([0n, 1n, 2n]);
      expect(recorders[1]!.events().map((e) => e.event!.revision)).toEqual([1n, 2n]);
    } finally {
      await Promise.all(recorders.map((r) => r.stop()));
    }
  });
});

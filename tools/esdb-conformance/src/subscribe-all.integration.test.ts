/**
 * Catch-up subscriptions to `$all`: confirmation, catch-up (system events included), exactly one
 * `caughtUp`, then live events; `fromPosition` is exclusive; positions only ever increase.
 */
import { describe, expect, it } from 'vitest';
import { END, START, jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import { Recorder } from './test-support/recorder';
import { comparePositions, testEvents, uniqueStream, useClient } from './test-support/store';

const finish = (id: string) => jsonEvent({ type: 'ConformanceFinished', data: { id } });
const isFinish = (id: string) => (e: ResolvedEvent) =>
  e.event?.type === 'ConformanceFinished' && (e.event.data as { id?: string }).id === id;

function expectIncreasingPositions(events: ResolvedEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    expect(comparePositions(events[i]!.event!.position!, events[i - 1]!.event!.position!)).toBeGreaterThan(0);
  }
}

describe('subscribeToAll', () => {
  const client = useClient();

  it('from the start: confirms, catches up with system events, says caughtUp once, then goes live', async () => {
    const stream = uniqueStream('subscribe-all-start');
    await client.appendToStream(stream, testEvents(4));
    const recorder = new Recorder(client.subscribeToAll({ fromPosition: START }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1, 15_000);
      const caughtUp = recorder.events();
      expect(caughtUp.filter((e) => e.event!.streamId === stream)).toHaveLength(4);
      expect(caughtUp.some((e) => e.event!.type.startsWith('$') || e.event!.streamId.startsWith('$'))).toBe(true);

      await client.appendToStream(stream, [...testEvents(3), finish(stream)]);
      await recorder.waitForEvent('the finishing event', isFinish(stream));
      const mine = recorder.events().filter((e) => e.event!.streamId === stream);
      expect(mine.map((e) => e.event!.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
      expect(recorder.entries[0]!.kind).toBe('confirmation');
      expectIncreasingPositions(recorder.events());
    } finally {
      await recorder.stop();
    }
  });

  it('from the end: delivers only what is written afterwards', async () => {
    const stream = uniqueStream('subscribe-all-end');
    await client.appendToStream(stream, testEvents(4));
    const recorder = new Recorder(client.subscribeToAll({ fromPosition: END }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      await client.appendToStream(stream, [...testEvents(3), finish(stream)]);
      await recorder.waitForEvent('the finishing event', isFinish(stream));
      const mine = recorder.events().filter((e) => e.event!.streamId === stream);
      expect(mine.map((e) => e.event!.revision)).toEqual([4n, 5n, 6n, 7n]);
      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
      expectIncreasingPositions(recorder.events());
    } finally {
      await recorder.stop();
    }
  });

  it('from a position: starts after it, which is exclusive', async () => {
    const stream = uniqueStream('subscribe-all-position');
    const marker = await client.appendToStream(stream, jsonEvent({ type: 'ConformanceMarker', data: {} }));
    await client.appendToStream(stream, testEvents(3));
    const recorder = new Recorder(client.subscribeToAll({ fromPosition: marker.position! }));
    try {
      await client.appendToStream(stream, [...testEvents(3), finish(stream)]);
      await recorder.waitForEvent('the finishing event', isFinish(stream));
      for (const e of recorder.events())
        expect(comparePositions(e.event!.position!, marker.position!)).toBeGreaterThan(0);
      const mine = recorder.events().filter((e) => e.event!.streamId === stream);
      expect(mine.map((e) => e.event!.revision)).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n]);
      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
    } finally {
      await recorder.stop();
    }
  });

  it('delivers every event once, in order, while writes race the switch to live', async () => {
    const stream = uniqueStream('subscribe-all-race');
    const marker = await client.appendToStream(stream, testEvents(50));
    const writing = (async () => {
      for (let i = 0; i < 150; i++)
        await client.appendToStream(stream, testEvents(1), { expectedRevision: BigInt(49 + i) });
      await client.appendToStream(stream, finish(stream));
    })();
    const recorder = new Recorder(client.subscribeToAll({ fromPosition: marker.position! }));
    try {
      await writing;
      await recorder.waitForEvent('the finishing event', isFinish(stream));
      const mine = recorder.events().filter((e) => e.event!.streamId === stream);
      expect(mine.map((e) => e.event!.revision)).toEqual(Array.from({ length: 151 }, (_, i) => BigInt(i + 50)));
      expect(recorder.count('caughtUp')).toBe(1);
      expectIncreasingPositions(recorder.events());
    } finally {
      await recorder.stop();
    }
  });
});

/**
 * Reading `$all`: both directions, from the start, the end or a position; positions. Other tests
 * (and, on a real server, the server itself) write to `$all` at the same time, so assertions look
 * at this file's own events and never assume `$all` is empty or still.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type AppendResult,
  type Position,
} from '@eventstore/db-client';
import { collect, comparePositions, testEvents, uniqueStream, useClient } from './test-support/store';

describe('readAll', () => {
  const client = useClient();
  const streamA = uniqueStream('read-all-a');
  const streamB = uniqueStream('read-all-b');
  let a: AppendResult;
  let b: AppendResult;
  let firstOfA: Position;

  beforeAll(async () => {
    a = await client.appendToStream(streamA, testEvents(4, 'ConformanceA'));
    b = await client.appendToStream(streamB, testEvents(4, 'ConformanceB'));
    const [first] = await collect(client.readStream(streamA, { maxCount: 1 }));
    firstOfA = first!.event!.position!;
  });

  // Reads are always consumed to their end: leaving a finished read half-consumed keeps the
  // client (6.x) from disposing.

  /** $all forwards from the first event of A to the end (other writers' events included). */
  const forwardsFromOurs = () => collect(client.readAll({ fromPosition: firstOfA }));

  /** $all backwards from the end, far enough to pass the first event of A. */
  async function backwardsThroughOurs(): Promise<AllStreamResolvedEvent[]> {
    const since = (await forwardsFromOurs()).length;
    return collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: since + 1000 }));
  }

  const ours = (events: AllStreamResolvedEvent[]) =>
    events
      .filter((e) => e.event!.streamId === streamA || e.event!.streamId === streamB)
      .map((e) => `${e.event!.streamId}@${e.event!.revision}`);

  it('reads forwards from the start, system events included', async () => {
    const events = await collect(client.readAll({ fromPosition: START, direction: FORWARDS, maxCount: 100 }));
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.event!.type.startsWith('$') || e.event!.streamId.startsWith('$'))).toBe(true);
  });

  it('reads forwards from a position, the event at that position included', async () => {
    const events = await collect(client.readAll({ fromPosition: firstOfA, maxCount: 8 }));
    expect(events[0]!.event!.position).toEqual(firstOfA);
    expect(events[0]!.event!.streamId).toBe(streamA);
    expect(events[0]!.event!.revision).toBe(0n);
    expect(ours(await forwardsFromOurs())).toEqual([
      ...[0, 1, 2, 3].map((r) => `${streamA}@${r}`),
      ...[0, 1, 2, 3].map((r) => `${streamB}@${r}`),
    ]);
  });

  it('reads backwards from the end, newest first', async () => {
    const [newest] = await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
    expect(comparePositions(newest!.event!.position, b.position!)).toBeGreaterThanOrEqual(0);
    expect(ours(await backwardsThroughOurs())).toEqual([
      ...[3, 2, 1, 0].map((r) => `${streamB}@${r}`),
      ...[3, 2, 1, 0].map((r) => `${streamA}@${r}`),
    ]);
  });

  it('reads backwards from a position, the event at that position excluded', async () => {
    // EventStoreDB reads $all backwards from strictly before the given position.
    const events = await collect(client.readAll({ direction: BACKWARDS, fromPosition: b.position!, maxCount: 3 }));
    expect(events).toHaveLength(3);
    for (const e of events) expect(comparePositions(e.event!.position, b.position!)).toBeLessThan(0);
    expect(ours(events)).toEqual([2, 1, 0].map((r) => `${streamB}@${r}`));
  });

  it('stops after maxCount events', async () => {
    expect(await collect(client.readAll({ maxCount: 2 }))).toHaveLength(2);
    expect(await collect(client.readAll({ fromPosition: firstOfA, maxCount: 3 }))).toHaveLength(3);
    expect(await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }))).toHaveLength(2);
  });

  it('gives strictly increasing positions with commit equal to prepare', async () => {
    const forwards = await collect(client.readAll({ fromPosition: START, maxCount: 500 }));
    for (const e of forwards) expect(e.event!.position.commit).toBe(e.event!.position.prepare);
    for (let i = 1; i < forwards.length; i++) {
      expect(comparePositions(forwards[i]!.event!.position, forwards[i - 1]!.event!.position)).toBeGreaterThan(0);
    }
    const backwards = await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 500 }));
    for (let i = 1; i < backwards.length; i++) {
      expect(comparePositions(backwards[i]!.event!.position, backwards[i - 1]!.event!.position)).toBeLessThan(0);
    }
  });

  it('returns, as an append result position, the position of the last event appended', async () => {
    const all = await forwardsFromOurs();
    const lastOf = (stream: string) => all.filter((e) => e.event!.streamId === stream).at(-1)!.event!.position;
    expect(lastOf(streamA)).toEqual(a.position);
    expect(lastOf(streamB)).toEqual(b.position);
    expect(comparePositions(a.position!, b.position!)).toBeLessThan(0);
  });

  it('reads each event with the data it was written with', async () => {
    const [event] = await collect(client.readAll({ fromPosition: firstOfA, maxCount: 1 }));
    expect(event!.event!.type).toBe('ConformanceA');
    expect(event!.event!.data).toEqual({ index: 0 });
    expect(event!.event!.isJson).toBe(true);
  });
});

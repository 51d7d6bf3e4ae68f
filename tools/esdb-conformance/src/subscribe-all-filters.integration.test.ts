/**
 * Server-side filters on `$all` subscriptions: stream-name and event-type filters by prefixes or
 * regex, and `excludeSystemEvents`, in catch-up and live alike.
 */
import { describe, expect, it } from 'vitest';
import {
  END,
  START,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type Filter,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { Recorder } from './test-support/recorder';
import { suffix, testEvents, uniqueStream, useClient } from './test-support/store';

describe('subscribeToAll with a filter', () => {
  const client = useClient();

  /** A position just before this test's writes, so catch-up does not replay all of `$all`. */
  async function here(): Promise<Position> {
    const result = await client.appendToStream(
      uniqueStream('filter-marker'),
      jsonEvent({ type: 'ConformanceMarker', data: {} }),
    );
    return result.position!;
  }

  async function receive(
    filter: Filter,
    from: Position | typeof START,
    until: (e: ResolvedEvent) => boolean,
    write: () => Promise<void>,
  ) {
    const recorder = new Recorder(client.subscribeToAll({ fromPosition: from, filter }));
    try {
      await write();
      await recorder.waitForEvent('the last matching event', until, 15_000);
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      expect(recorder.count('confirmation')).toBe(1);
      expect(recorder.count('caughtUp')).toBe(1);
      return recorder.events();
    } finally {
      await recorder.stop();
    }
  }

  it.each([
    [
      'prefixes',
      (s: string) => streamNameFilter({ prefixes: [`prefixed${s}-`] }),
      (s: string, k: string) => `prefixed${s}-${k}`,
    ],
    [
      'a regex',
      (s: string) => streamNameFilter({ regex: `^[0-9]+_regex${s}_` }),
      (s: string, k: string) => `${parseInt(s.slice(0, 3), 16)}_regex${s}_${k}`,
    ],
  ])('on stream names by %s', async (_name, makeFilter, streamName) => {
    const s = suffix();
    const [a, b, other] = [streamName(s, 'a'), streamName(s, 'b'), uniqueStream('unfiltered')];
    const from = await here();
    const events = await receive(
      makeFilter(s),
      from,
      (e) => e.event!.type === 'ConformanceFinished',
      async () => {
        await client.appendToStream(a, testEvents(8));
        await client.appendToStream(other, testEvents(8));
        await client.appendToStream(b, testEvents(8));
        await client.appendToStream(a, [...testEvents(8), jsonEvent({ type: 'ConformanceFinished', data: {} })]);
      },
    );
    expect(events.map((e) => e.event!.streamId)).toEqual([
      ...Array(8).fill(a),
      ...Array(8).fill(b),
      ...Array(9).fill(a),
    ]);
  });

  it.each([
    [
      'prefixes',
      (s: string) => eventTypeFilter({ prefixes: [`Prefixed${s}`] }),
      (s: string, k: string) => `Prefixed${s}${k}`,
    ],
    [
      'a regex',
      (s: string) => eventTypeFilter({ regex: `^[0-9]*_Regex${s}_[A-Za-z]*$` }),
      (s: string, k: string) => `${parseInt(s.slice(0, 3), 16)}_Regex${s}_${k}`,
    ],
  ])('on event types by %s', async (_name, makeFilter, eventType) => {
    const s = suffix();
    const stream = uniqueStream('filter-types');
    const finished = eventType(s, 'Finished');
    const from = await here();
    const events = await receive(
      makeFilter(s),
      from,
      (e) => e.event!.type === finished,
      async () => {
        await client.appendToStream(stream, testEvents(8, eventType(s, 'A')));
        await client.appendToStream(stream, testEvents(8, 'ConformanceUnfiltered'));
        await client.appendToStream(uniqueStream('filter-types-other'), testEvents(8, eventType(s, 'B')));
        await client.appendToStream(stream, [
          ...testEvents(8, eventType(s, 'C')),
          jsonEvent({ type: finished, data: {} }),
        ]);
      },
    );
    expect(events.map((e) => e.event!.type)).toEqual([
      ...Array(8).fill(eventType(s, 'A')),
      ...Array(8).fill(eventType(s, 'B')),
      ...Array(8).fill(eventType(s, 'C')),
      finished,
    ]);
  });

  it('on several prefixes at once', async () => {
    const s = suffix();
    const from = await here();
    const filter = streamNameFilter({ prefixes: [`first${s}-`, `second${s}-`] });
    const events = await receive(
      filter,
      from,
      (e) => e.event!.type === 'ConformanceFinished',
      async () => {
        await client.appendToStream(`first${s}-1`, testEvents(2));
        await client.appendToStream(`third${s}-1`, testEvents(2));
        await client.appendToStream(`second${s}-1`, [
          ...testEvents(2),
          jsonEvent({ type: 'ConformanceFinished', data: {} }),
        ]);
      },
    );
    expect(events.map((e) => e.event!.streamId)).toEqual([
      `first${s}-1`,
      `first${s}-1`,
      `second${s}-1`,
      `second${s}-1`,
      `second${s}-1`,
    ]);
  });

  it('excluding system events, from the start of $all', async () => {
    const stream = uniqueStream('filter-no-system');
    const systemType = `$ConformanceSystem${suffix()}`;
    const events = await receive(
      excludeSystemEvents(),
      START,
      (e) => e.event!.streamId === stream && e.event!.type === 'ConformanceFinished',
      async () => {
        await client.appendToStream(stream, [
          ...testEvents(4),
          jsonEvent({ type: systemType, data: {} }),
          jsonEvent({ type: 'ConformanceFinished', data: {} }),
        ]);
      },
    );
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.filter((e) => e.event!.type.startsWith('$'))).toEqual([]);
    expect(events.filter((e) => e.event!.streamId === stream).map((e) => e.event!.revision)).toEqual([
      0n,
      1n,
      2n,
      3n,
      5n,
    ]);
  });

  it('filters live events as well as caught-up ones', async () => {
    const s = suffix();
    const recorder = new Recorder(
      client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [`live${s}-`] }) }),
    );
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      await client.appendToStream(`elsewhere${s}-1`, testEvents(3));
      await client.appendToStream(`live${s}-1`, [
        ...testEvents(2),
        jsonEvent({ type: 'ConformanceFinished', data: {} }),
      ]);
      await recorder.waitForEvent('the finishing event', (e) => e.event!.type === 'ConformanceFinished');
      expect(recorder.events().map((e) => `${e.event!.streamId}@${e.event!.revision}`)).toEqual([
        `live${s}-1@0`,
        `live${s}-1@1`,
        `live${s}-1@2`,
      ]);
    } finally {
      await recorder.stop();
    }
  });
});

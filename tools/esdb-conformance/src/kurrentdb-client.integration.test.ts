/**
 * The same store through `@kurrent/kurrentdb-client`, whose reads go through a different gRPC
 * stack (its native bridge): appends, reads, errors and a subscription, and events written by
 * one client read by the other.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM,
  START,
  persistentSubscriptionToAllSettingsFromDefaults,
  streamNameFilter,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { Recorder } from './test-support/recorder';
// Only client-free helpers here: `@eventstore/db-client` must not load in this process.
import { collect, eventually, rejection, storeUrl, uniqueStream } from './test-support/context';

const kurrent = KurrentDBClient.connectionString(storeUrl().replace(/^esdb(\+discover)?:\/\//, 'kurrentdb$1://'));
afterAll(() => kurrent.dispose());

const cli = fileURLToPath(new URL('./test-support/eventstore-cli.ts', import.meta.url));

/** Runs the 6.x client in a child process. */
async function eventstore(...args: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    cli,
    args[0]!,
    storeUrl(),
    ...args.slice(1),
  ]);
  return JSON.parse(stdout);
}

const testEvents = (count: number) =>
  Array.from({ length: count }, (_, index) => jsonEvent({ type: 'ConformanceKurrent', data: { index } }));

describe('@kurrent/kurrentdb-client', () => {
  it('appends and reads a stream', async () => {
    const stream = uniqueStream('kurrent-append');
    const events = [0, 1, 2].map((index) => jsonEvent({ type: 'ConformanceKurrent', data: { index } }));
    const result = await kurrent.appendToStream(stream, events, { streamState: NO_STREAM });
    expect(result.nextExpectedRevision).toBe(2n);

    const read = await collect(kurrent.readStream(stream));
    expect(read.map((e) => [e.event!.revision, e.event!.type, e.event!.id])).toEqual(
      events.map((e, i) => [BigInt(i), 'ConformanceKurrent', e.id]),
    );
    expect(read.map((e) => e.event!.data)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
    const [last] = await collect(kurrent.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
    expect(last!.event!.revision).toBe(2n);
  });

  it('reports a wrong expected version and a missing stream', async () => {
    const stream = uniqueStream('kurrent-errors');
    await kurrent.appendToStream(stream, testEvents(3), { streamState: NO_STREAM });
    const wrong = await rejection(
      kurrent.appendToStream(stream, jsonEvent({ type: 'ConformanceKurrent', data: {} }), { streamState: NO_STREAM }),
    );
    expect(wrong).toBeInstanceOf(WrongExpectedVersionError);
    expect((wrong as WrongExpectedVersionError).streamName).toBe(stream);
    expect((wrong as WrongExpectedVersionError).expectedState).toBe(NO_STREAM);
    expect((wrong as WrongExpectedVersionError).actualState).toBe(2n);

    const missing = uniqueStream('kurrent-missing');
    expect(await rejection(collect(kurrent.readStream(missing)))).toBeInstanceOf(StreamNotFoundError);
  });

  it('reads $all', async () => {
    const stream = uniqueStream('kurrent-all');
    const result = await kurrent.appendToStream(stream, jsonEvent({ type: 'ConformanceKurrent', data: {} }));
    const [event] = await collect(kurrent.readAll({ fromPosition: result.position!, maxCount: 1 }));
    expect(event!.event!.streamId).toBe(stream);
    expect(event!.event!.position).toEqual(result.position);
  });

  it('subscribes to a stream', async () => {
    const stream = uniqueStream('kurrent-subscribe');
    await kurrent.appendToStream(
      stream,
      [0, 1].map((index) => jsonEvent({ type: 'ConformanceKurrent', data: { index } })),
    );
    const recorder = new Recorder(kurrent.subscribeToStream(stream) as never);
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      await kurrent.appendToStream(stream, jsonEvent({ type: 'ConformanceFinished', data: {} }));
      await recorder.waitForEvent('the finishing event', (e) => e.event?.type === 'ConformanceFinished');
      expect(recorder.events().map((e) => e.event!.revision)).toEqual([0n, 1n, 2n]);
    } finally {
      await recorder.stop();
    }
  });

  it('reads what @eventstore/db-client wrote, and the other way round', async () => {
    const stream = uniqueStream('kurrent-interop');
    await kurrent.appendToStream(stream, jsonEvent({ type: 'ConformanceInterop', data: { by: 'kurrent' } }), {
      streamState: NO_STREAM,
    });
    const id = randomUUID();
    const other = (await eventstore(
      'append',
      stream,
      JSON.stringify([
        { id, type: 'ConformanceInterop', data: { by: 'eventstore' }, metadata: { correlationId: 'c-7' } },
      ]),
    )) as {
      nextExpectedRevision: string;
      events: { revision: string; data: unknown }[];
    };
    expect(other.nextExpectedRevision).toBe('1');
    expect(other.events.map((e) => [e.revision, e.data])).toEqual([
      ['0', { by: 'kurrent' }],
      ['1', { by: 'eventstore' }],
    ]);

    const byKurrent = await collect(kurrent.readStream(stream));
    expect(byKurrent.map((e) => e.event!.data)).toEqual([{ by: 'kurrent' }, { by: 'eventstore' }]);
    expect(byKurrent[1]!.event!.id).toBe(id);
    expect(byKurrent[1]!.event!.metadata).toEqual({ correlationId: 'c-7' });
  });

  it('consumes a persistent subscription to $all, acking each event', async () => {
    const prefix = uniqueStream('kurrent-persistent');
    const group = `group-${randomUUID()}`;
    await kurrent.appendToStream(`${prefix}-a`, testEvents(2));
    await kurrent.createPersistentSubscriptionToAll(
      group,
      persistentSubscriptionToAllSettingsFromDefaults({ startFrom: START }),
      { filter: streamNameFilter({ prefixes: [prefix] }) },
    );
    const subscription = kurrent.subscribeToPersistentSubscriptionToAll(group);
    const seen: [string, bigint, number][] = [];
    subscription.on('data', (e) => {
      seen.push([e.event!.streamId, e.event!.revision, e.retryCount]);
      void subscription.ack(e);
    });
    try {
      await kurrent.appendToStream(`${prefix}-b`, testEvents(1));
      await eventually('three events', () => seen.length >= 3);
      expect(seen).toEqual([
        [`${prefix}-a`, 0n, 0],
        [`${prefix}-a`, 1n, 0],
        [`${prefix}-b`, 0n, 0],
      ]);
    } finally {
      await subscription.unsubscribe();
      await kurrent.deletePersistentSubscriptionToAll(group);
    }
  });
});

/**
 * Persistent subscriptions, to a stream and to `$all`: competing consumers share a group's events
 * (round robin), each acked once; a nack retries with a higher retry count, past the maximum (or
 * on a park) the event is parked as a link in the group's `-parked` stream; an event not acked
 * within the message timeout comes again; create, update and delete answer as EventStoreDB does.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  PersistentSubscriptionDoesNotExistError,
  PersistentSubscriptionDroppedError,
  PersistentSubscriptionExistsError,
  PersistentSubscriptionMaximumSubscribersReachedError,
  ROUND_ROBIN,
  START,
  persistentSubscriptionToAllSettingsFromDefaults,
  persistentSubscriptionToStreamSettingsFromDefaults,
  streamNameFilter,
  type PersistentSubscriptionToStreamSettings,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  collect,
  delay,
  eventually,
  rejection,
  suffix,
  testEvents,
  uniqueStream,
  useClient,
} from './test-support/store';

interface Received {
  event: ResolvedEvent & { retryCount: number };
}

/** A consumer that records what it receives and acts on it as told. */
function consume(
  subscription: {
    on(event: 'data', listener: (event: ResolvedEvent & { retryCount: number }) => void): unknown;
    on(event: 'error', listener: (error: Error) => void): unknown;
    unsubscribe(): Promise<void>;
  },
  act: (event: ResolvedEvent & { retryCount: number }) => Promise<void> | void,
) {
  const received: Received[] = [];
  const errors: Error[] = [];
  subscription.on('data', (event) => {
    received.push({ event });
    void act(event);
  });
  subscription.on('error', (error) => errors.push(error));
  return { received, errors, stop: () => subscription.unsubscribe() };
}

/** Reads until what it reads passes `ok` (a read that throws counts as not yet). */
async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

const checkpointsOf = (stream: string, group: string) => `$persistentsubscription-${stream}::${group}-checkpoint`;

const settings = (overrides: Partial<PersistentSubscriptionToStreamSettings> = {}) =>
  persistentSubscriptionToStreamSettingsFromDefaults({ startFrom: START, ...overrides });

describe('persistent subscriptions', () => {
  const client = useClient();

  it('shares a stream among competing consumers, round robin, each event acked once', async () => {
    const stream = uniqueStream('persistent-rr');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(10));
    await client.createPersistentSubscriptionToStream(stream, group, settings({ consumerStrategyName: ROUND_ROBIN }));
    const subscribe = () => {
      const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group, { bufferSize: 2 });
      return consume(subscription, (e) => subscription.ack(e));
    };
    const [a, b] = [subscribe(), subscribe()];
    try {
      await client.appendToStream(stream, testEvents(10));
      await eventually('all 20 events', () => a.received.length + b.received.length >= 20);
      const revisions = [...a.received, ...b.received]
        .map((r) => r.event.event!.revision)
        .sort((x, y) => Number(x - y));
      expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => BigInt(i)));
      expect(a.received.length).toBeGreaterThan(0);
      expect(b.received.length).toBeGreaterThan(0);
      expect([...a.received, ...b.received].every((r) => r.event.retryCount === 0)).toBe(true);
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('retries a nacked event with a higher retry count, then parks it past the maximum', async () => {
    const stream = uniqueStream('persistent-retry');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(2));
    await client.createPersistentSubscriptionToStream(stream, group, settings({ maxRetryCount: 2 }));
    const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
    const consumer = consume(subscription, (e) =>
      e.event!.revision === 0n ? subscription.nack('retry', 'not yet', e) : subscription.ack(e),
    );
    try {
      await eventually('the parked event', () => consumer.received.length >= 4);
      const parked = `$persistentsubscription-${stream}::${group}-parked`;
      const seen = consumer.received.map((r) => [r.event.event!.revision, r.event.retryCount]);
      expect(seen.filter(([revision]) => revision === 0n)).toEqual([
        [0n, 0],
        [0n, 1],
        [0n, 2],
      ]);
      const links = await until(
        'the parked link',
        () => collect(client.readStream(parked, { resolveLinkTos: true })),
        (read) => read.length === 1,
      );
      expect(links[0]!.link!.type).toBe('$>');
      expect([links[0]!.event!.streamId, links[0]!.event!.revision]).toEqual([stream, 0n]);
    } finally {
      await consumer.stop();
    }
  });

  it('parks on a park nack, and redelivers what is not acked within the message timeout', async () => {
    const stream = uniqueStream('persistent-park');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(2));
    await client.createPersistentSubscriptionToStream(stream, group, settings({ messageTimeout: 300 }));
    const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
    const consumer = consume(subscription, (e) => {
      if (e.event!.revision === 0n) return subscription.nack('park', 'poison', e);
      if (e.retryCount > 0) return subscription.ack(e); // revision 1: ignored once, acked when it comes again
    });
    try {
      await eventually('the redelivery', () => consumer.received.some((r) => r.event.retryCount === 1));
      // On a busy machine the ack of the redelivery may itself be late, and it comes once more.
      const seen = consumer.received.slice(0, 3).map((r) => [r.event.event!.revision, r.event.retryCount]);
      expect(seen).toEqual([
        [0n, 0],
        [1n, 0],
        [1n, 1],
      ]);
    } finally {
      await consumer.stop();
    }
  });

  it('to $all, through a filter', async () => {
    const prefix = `persistent-all-${suffix()}-`;
    const group = `group-${suffix()}`;
    const { position } = await client.appendToStream(`${prefix}before`, testEvents(1));
    await client.createPersistentSubscriptionToAll(
      group,
      persistentSubscriptionToAllSettingsFromDefaults({ startFrom: position! }),
      { filter: streamNameFilter({ prefixes: [prefix] }) },
    );
    await client.appendToStream(uniqueStream('persistent-all-other'), testEvents(2));
    await client.appendToStream(`${prefix}after`, testEvents(2));
    const subscription = client.subscribeToPersistentSubscriptionToAll(group);
    const consumer = consume(subscription, (e) => subscription.ack(e));
    try {
      await eventually('three events', () => consumer.received.length >= 3);
      expect(consumer.received.map((r) => [r.event.event!.streamId, r.event.event!.revision])).toEqual([
        [`${prefix}before`, 0n],
        [`${prefix}after`, 0n],
        [`${prefix}after`, 1n],
      ]);
    } finally {
      await consumer.stop();
      await client.deletePersistentSubscriptionToAll(group);
    }
  });

  it('answers create, update and delete as EventStoreDB does', async () => {
    const stream = uniqueStream('persistent-admin');
    const group = `group-${suffix()}`;
    await client.createPersistentSubscriptionToStream(stream, group, settings());
    const exists = await rejection(client.createPersistentSubscriptionToStream(stream, group, settings()));
    expect(exists).toBeInstanceOf(PersistentSubscriptionExistsError);
    await client.updatePersistentSubscriptionToStream(stream, group, settings({ maxRetryCount: 3 }));
    await client.deletePersistentSubscriptionToStream(stream, group);
    const gone = await rejection(client.deletePersistentSubscriptionToStream(stream, group));
    expect(gone).toBeInstanceOf(PersistentSubscriptionDoesNotExistError);
    const missing = await rejection(client.updatePersistentSubscriptionToStream(stream, group, settings()));
    expect(missing).toBeInstanceOf(PersistentSubscriptionDoesNotExistError);
    const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
    const errors: Error[] = [];
    subscription.on('error', (error) => errors.push(error));
    subscription.on('data', () => undefined);
    await eventually('the refusal', () => errors.length > 0);
    expect(errors[0]).toBeInstanceOf(PersistentSubscriptionDoesNotExistError);
  });

  it('drops its consumers when the group is updated or deleted; an update resumes from the checkpoint', async () => {
    const stream = uniqueStream('persistent-drop');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(3));
    const everyAck = settings({ checkPointLowerBound: 1, checkPointUpperBound: 1 });
    await client.createPersistentSubscriptionToStream(stream, group, everyAck);
    const connect = () => {
      const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
      return consume(subscription, (e) => (e.event!.revision === 0n ? subscription.ack(e) : undefined));
    };
    const first = connect();
    await eventually('three deliveries', () => first.received.length === 3);
    await until(
      'the checkpoint after revision 0',
      () => collect(client.readStream(checkpointsOf(stream, group), { direction: BACKWARDS, fromRevision: END })),
      (read) => read[0]?.event?.data === '0',
    );
    await client.updatePersistentSubscriptionToStream(stream, group, { ...everyAck, maxRetryCount: 5 });
    await eventually('the drop', () => first.errors.length > 0);
    expect(first.errors[0]).toBeInstanceOf(PersistentSubscriptionDroppedError);

    // Revision 0 was acked and checkpointed: the group starts again after it.
    const second = connect();
    await eventually('the unacked events', () => second.received.length === 2);
    expect(second.received.map((r) => r.event.event!.revision)).toEqual([1n, 2n]);
    await client.deletePersistentSubscriptionToStream(stream, group);
    await eventually('the drop', () => second.errors.length > 0);
    expect(second.errors[0]).toBeInstanceOf(PersistentSubscriptionDroppedError);
  });

  it('replays parked events to the group, then truncates the parked stream', async () => {
    const stream = uniqueStream('persistent-replay');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(3));
    await client.createPersistentSubscriptionToStream(stream, group, settings());
    const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
    let replaying = false;
    const consumer = consume(subscription, (e) =>
      !replaying && e.event!.revision !== 1n ? subscription.nack('park', 'poison', e) : subscription.ack(e),
    );
    const parked = `$persistentsubscription-${stream}::${group}-parked`;
    try {
      await until(
        'two parked links',
        () => collect(client.readStream(parked)),
        (read) => read.length === 2,
      );
      replaying = true;
      await client.replayParkedMessagesToStream(stream, group);
      await eventually('the replayed events', () => consumer.received.length === 5);
      expect(consumer.received.slice(3).map((r) => [r.event.event!.revision, r.event.retryCount])).toEqual([
        [0n, 0],
        [2n, 0],
      ]);
      // Truncated: no parked event is left to read.
      expect(await collect(client.readStream(parked)).catch(() => [])).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });

  it("hands a departed consumer's unacked events to another, with a higher retry count", async () => {
    const stream = uniqueStream('persistent-handover');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(4));
    await client.createPersistentSubscriptionToStream(stream, group, settings({ messageTimeout: 60_000 }));
    const departing = consume(client.subscribeToPersistentSubscriptionToStream(stream, group), () => undefined);
    await eventually('the first consumer holding all four', () => departing.received.length === 4);
    const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
    const staying = consume(subscription, (e) => subscription.ack(e));
    try {
      await departing.stop();
      await eventually('the handed-over events', () => staying.received.length === 4);
      expect(staying.received.map((r) => [r.event.event!.revision, r.event.retryCount])).toEqual(
        [0n, 1n, 2n, 3n].map((revision) => [revision, 1]),
      );
    } finally {
      await staying.stop();
    }
  });

  it('refuses a consumer past maxSubscriberCount', async () => {
    const stream = uniqueStream('persistent-max');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(1));
    await client.createPersistentSubscriptionToStream(stream, group, settings({ maxSubscriberCount: 1 }));
    const first = consume(client.subscribeToPersistentSubscriptionToStream(stream, group), () => undefined);
    try {
      await eventually('the first consumer', () => first.received.length === 1);
      const second = consume(client.subscribeToPersistentSubscriptionToStream(stream, group), () => undefined);
      await eventually('the refusal', () => second.errors.length > 0);
      expect(second.errors[0]).toBeInstanceOf(PersistentSubscriptionMaximumSubscribersReachedError);
      expect(second.received).toEqual([]);
    } finally {
      await first.stop();
    }
  });

  it('describes its groups: GetInfo and List, to a stream and to $all', async () => {
    const stream = uniqueStream('persistent-info');
    const group = `group-${suffix()}`;
    const allGroup = `group-${suffix()}`;
    const { position } = await client.appendToStream(stream, testEvents(2));
    await client.createPersistentSubscriptionToStream(
      stream,
      group,
      settings({ maxRetryCount: 7, messageTimeout: 12_345, consumerStrategyName: ROUND_ROBIN }),
    );
    await client.createPersistentSubscriptionToAll(
      allGroup,
      persistentSubscriptionToAllSettingsFromDefaults({ startFrom: position! }),
    );
    const consumer = consume(
      client.subscribeToPersistentSubscriptionToStream(stream, group, { bufferSize: 5 }),
      () => undefined,
    );
    try {
      await eventually('two deliveries', () => consumer.received.length === 2);
      const info = await client.getPersistentSubscriptionToStreamInfo(stream, group);
      expect([info.eventSource, info.groupName]).toEqual([stream, group]);
      expect(info.settings).toMatchObject({
        startFrom: START,
        maxRetryCount: 7,
        messageTimeout: 12_345,
        consumerStrategyName: ROUND_ROBIN,
      });
      expect(info.connections.map((c) => [c.inFlightMessages, c.availableSlots])).toEqual([[2, 3]]);
      expect(info.stats.totalItems).toBe(2n);
      expect(info.stats.lastKnownEventRevision).toBe(1n);

      const allInfo = await client.getPersistentSubscriptionToAllInfo(allGroup);
      expect([allInfo.eventSource, allInfo.groupName, allInfo.settings.startFrom]).toEqual([
        '$all',
        allGroup,
        position,
      ]);

      const forStream = await client.listPersistentSubscriptionsToStream(stream);
      expect(forStream.map((i) => i.groupName)).toEqual([group]);
      const everything = await client.listAllPersistentSubscriptions();
      expect(everything.map((i) => i.groupName)).toEqual(expect.arrayContaining([group, allGroup]));
    } finally {
      await consumer.stop();
      await client.deletePersistentSubscriptionToAll(allGroup);
    }
  });

  it('restarts the subsystem: consumers are dropped, groups go on from their checkpoints', async () => {
    const stream = uniqueStream('persistent-restart-subsystem');
    const group = `group-${suffix()}`;
    await client.appendToStream(stream, testEvents(2));
    await client.createPersistentSubscriptionToStream(
      stream,
      group,
      settings({ checkPointLowerBound: 1, checkPointUpperBound: 1 }),
    );
    const connect = () => {
      const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
      return consume(subscription, (e) => subscription.ack(e));
    };
    const first = connect();
    await eventually('two deliveries', () => first.received.length === 2);
    // Both acks have arrived once the checkpoint says so.
    await until(
      'the checkpoint after both',
      () =>
        collect(
          client.readStream(checkpointsOf(stream, group), { direction: BACKWARDS, fromRevision: END, maxCount: 1 }),
        ),
      (read) => read[0]?.event?.data === '1',
    );
    await client.restartPersistentSubscriptionSubsystem();
    await eventually('the drop', () => first.errors.length > 0);
    expect(first.errors[0]).toBeInstanceOf(PersistentSubscriptionDroppedError);
    const second = connect();
    try {
      await client.appendToStream(stream, testEvents(1));
      await eventually('the next event', () => second.received.length > 0);
      expect(second.received.map((r) => r.event.event!.revision)).toEqual([2n]);
    } finally {
      await second.stop();
    }
  });
});

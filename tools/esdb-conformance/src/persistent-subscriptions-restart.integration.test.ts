/**
 * A persistent subscription group survives a restart of the store: its definition, and its
 * checkpoint (written to `$persistentsubscription-<stream>::<group>-checkpoint` as EventStoreDB
 * writes it), so consumers resume after the last event acked in order. It restarts the store, so
 * it starts its own emulator on a folder even when the suite runs against a real server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  START,
  persistentSubscriptionToStreamSettingsFromDefaults,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { startEmulator } from '@deskstream/esdb-emulator';
import { collect, delay, eventually, suffix, testEvents, uniqueStream } from './test-support/store';

describe('a persistent subscription across a restart of the store', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  it('keeps the group and resumes after its checkpoint', async () => {
    const db = await mkdtemp(join(tmpdir(), 'esdb-persistent-'));
    folders.push(db);
    const stream = uniqueStream('persistent-restart');
    const group = `group-${suffix()}`;
    const checkpoints = `$persistentsubscription-${stream}::${group}-checkpoint`;

    const first = await startEmulator({ dbPath: db, port: 0 });
    let client = EventStoreDBClient.connectionString(first.url);
    try {
      await client.appendToStream(stream, testEvents(5));
      await client.createPersistentSubscriptionToStream(
        stream,
        group,
        persistentSubscriptionToStreamSettingsFromDefaults({
          startFrom: START,
          checkPointLowerBound: 1,
          checkPointUpperBound: 1,
          messageTimeout: 60_000,
        }),
      );
      const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
      const received: ResolvedEvent[] = [];
      subscription.on('data', (e: ResolvedEvent) => {
        received.push(e);
        if (e.event!.revision < 3n) void subscription.ack(e);
      });
      await eventually('five deliveries', () => received.length === 5);
      let last: unknown;
      for (const deadline = Date.now() + 10_000; last !== '2' && Date.now() < deadline; await delay(20)) {
        const read = await collect(
          client.readStream(checkpoints, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }),
        ).catch(() => []);
        last = read[0]?.event?.data;
      }
      expect(last).toBe('2');
      await subscription.unsubscribe();
    } finally {
      await client.dispose();
      await first.stop();
    }

    const second = await startEmulator({ dbPath: db, port: 0 });
    client = EventStoreDBClient.connectionString(second.url);
    try {
      const subscription = client.subscribeToPersistentSubscriptionToStream(stream, group);
      const received: ResolvedEvent[] = [];
      subscription.on('data', (e: ResolvedEvent) => {
        received.push(e);
        void subscription.ack(e);
      });
      await eventually('the unacked events again', () => received.length === 2);
      expect(received.map((e) => e.event!.revision)).toEqual([3n, 4n]);
      await subscription.unsubscribe();
    } finally {
      await client.dispose();
      await second.stop();
    }
  });
});

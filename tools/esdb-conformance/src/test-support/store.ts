/**
 * What every conformance test needs: a client on the store under test, stream names no other
 * test (or earlier run on a real server) can have used, test events, and small readers.
 */
import { afterAll } from 'vitest';
import { EventStoreDBClient, jsonEvent, type EventData, type Position } from '@eventstore/db-client';
import { collect, storeUrl } from './context';

export { againstEmulator, collect, delay, eventually, rejection, storeUrl, suffix, uniqueStream } from './context';

/** A client for this test file, disposed when the file is done. */
export function useClient(): EventStoreDBClient {
  const client = EventStoreDBClient.connectionString(storeUrl());
  afterAll(() => client.dispose());
  return client;
}

/** `count` JSON events of one type, carrying their index. */
export function testEvents(count: number, type = 'ConformanceChecked'): EventData[] {
  return Array.from({ length: count }, (_, index) => jsonEvent({ type, data: { index } }));
}

/** The revisions a forward read of a whole stream returns. */
export async function revisionsOf(client: EventStoreDBClient, stream: string): Promise<bigint[]> {
  const resolved = await collect(client.readStream(stream));
  return resolved.map((e) => e.event!.revision);
}

/** The event ids a forward read of a whole stream returns. */
export async function idsOf(client: EventStoreDBClient, stream: string): Promise<string[]> {
  const resolved = await collect(client.readStream(stream));
  return resolved.map((e) => e.event!.id);
}

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

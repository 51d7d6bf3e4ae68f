/**
 * The api's one event-store client, able to connect again when the store's address changes: the
 * embedded store gets a new certificate and password at each restart, so its connection string
 * changes. Every part of the api (commands, the projection runner, the readiness probe) calls
 * through this object, which hands each call to the client of the current address; calls under
 * way on the old one fail as the old store is gone, and their callers retry as they would after
 * any store failure (the projection runner resubscribes from where it was).
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import type { StoreRecoveryReport } from './store-output';

/**
 * A fixed connection string, or one that follows the store (the embedded store): its address now,
 * news of a new one, and what its starts cut from or salvaged in its log.
 */
export type StoreLocation =
  | string
  | {
      readonly url: string;
      onUrlChange(listener: (url: string) => void): () => void;
      readonly recovery?: readonly StoreRecoveryReport[];
    };

export type StoreClient = Pick<
  EventStoreDBClient,
  'readStream' | 'appendToStream' | 'readAll' | 'subscribeToAll' | 'subscribeToStream' | 'setStreamMetadata'
> & {
  /** How many times it connected again to a new address. */
  readonly reconnections: number;
  dispose(): Promise<void>;
};

export function storeClient(
  location: StoreLocation,
  connect: (url: string) => EventStoreDBClient = (url) => EventStoreDBClient.connectionString(url),
): StoreClient {
  let client = connect(typeof location === 'string' ? location : location.url);
  let reconnections = 0;
  const retired: Promise<void>[] = [];
  const unsubscribe =
    typeof location === 'string'
      ? () => undefined
      : location.onUrlChange((url) => {
          const old = client;
          client = connect(url);
          reconnections++;
          retired.push(old.dispose().catch(() => undefined));
        });
  return {
    readStream: ((...args: Parameters<EventStoreDBClient['readStream']>) =>
      client.readStream(...args)) as EventStoreDBClient['readStream'],
    appendToStream: ((...args: Parameters<EventStoreDBClient['appendToStream']>) =>
      client.appendToStream(...args)) as EventStoreDBClient['appendToStream'],
    readAll: ((...args: Parameters<EventStoreDBClient['readAll']>) =>
      client.readAll(...args)) as EventStoreDBClient['readAll'],
    subscribeToAll: ((...args: Parameters<EventStoreDBClient['subscribeToAll']>) =>
      client.subscribeToAll(...args)) as EventStoreDBClient['subscribeToAll'],
    subscribeToStream: ((...args: Parameters<EventStoreDBClient['subscribeToStream']>) =>
      client.subscribeToStream(...args)) as EventStoreDBClient['subscribeToStream'],
    setStreamMetadata: ((...args: Parameters<EventStoreDBClient['setStreamMetadata']>) =>
      client.setStreamMetadata(...args)) as EventStoreDBClient['setStreamMetadata'],
    get reconnections() {
      return reconnections;
    },
    async dispose() {
      unsubscribe();
      await Promise.all([client.dispose(), ...retired]);
    },
  };
}

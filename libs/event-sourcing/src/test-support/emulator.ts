/** Integration tests talk to the emulator through the real client, on a random port. */
import { EventStoreDBClient, StreamNotFoundError } from '@eventstore/db-client';
// Tests only: the store is the emulator, as the architecture prescribes for integration tests.
// Production code of this library never depends on it.
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@deskstream/esdb-emulator';

export interface TestStore {
  emulator: RunningEmulator;
  client: EventStoreDBClient;
  close(): Promise<void>;
}

export async function startTestStore(options: EmulatorOptions = { memDb: true, port: 0 }): Promise<TestStore> {
  const emulator = await startEmulator(options);
  const client = EventStoreDBClient.connectionString(emulator.url);
  return {
    emulator,
    client,
    close: async () => {
      await client.dispose();
      await emulator.stop();
    },
  };
}

/** The stream's records, or none. */
export async function readRecords(client: EventStoreDBClient, streamName: string) {
  const records = [];
  try {
    for await (const resolved of client.readStream(streamName)) records.push(resolved.event!);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return records;
}

/** The embeddable emulator: `startEmulator({ memDb, port: 0 })` for the api and for tests. */
import { FileLog, MemoryLog } from './storage/log';
import { Store } from './store';
import { startGrpcServer } from './grpc/server';

export interface EmulatorOptions {
  /** Keep everything in memory (EventStoreDB's `--mem-db`). */
  memDb?: boolean;
  /** Folder of the durable log (EventStoreDB's `--db`). Ignored with memDb. */
  dbPath?: string;
  /** 0 picks a free port. Default 2113. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Largest append in bytes (data + metadata). Default 1 MiB, as EventStoreDB. */
  maxAppendSize?: number;
  /** Where to say what happened at start (a truncated tail, for one). */
  log?: (message: string) => void;
}

export interface RunningEmulator {
  /** A connection string for `EventStoreDBClient.connectionString`. */
  url: string;
  host: string;
  port: number;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!options.memDb && !options.dbPath) throw new Error('startEmulator needs memDb: true or a dbPath');
  const log = options.memDb ? new MemoryLog() : new FileLog(options.dbPath!);
  const { store, truncated } = await Store.open(log, { maxAppendSize: options.maxAppendSize });
  if (truncated) {
    options.log?.(`recovered the log: cut ${truncated.bytes} bytes at offset ${truncated.at} (${truncated.reason})`);
  }
  let server;
  try {
    server = await startGrpcServer(store, host, options.port ?? 2113);
  } catch (error) {
    await store.close();
    throw error;
  }
  const running = server;
  let stopping: Promise<void> | undefined;
  return {
    url: `esdb://${host.includes(':') ? `[${host}]` : host}:${running.port}?tls=false`,
    host,
    port: running.port,
    stop: () => (stopping ??= running.stop().then(() => store.close())),
  };
}

export { Store } from './store';
export type { ExpectedRevision, ProposedEvent, AppendResult, StoreError } from './store';

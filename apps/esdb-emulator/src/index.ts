/** The embeddable emulator: `startEmulator({ memDb, port: 0 })` for the api and for tests. */
import { FileLog, MemoryLog, type LogCut, type SalvageReport } from './storage/log';
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
  /**
   * Salvage a log damaged in the middle instead of refusing to start (EventStoreDB has no such
   * option; see the README): whole appends keep their positions, damage becomes filler, the
   * damaged file and a report of what was dropped are kept beside the log.
   */
  salvageLog?: boolean;
  /**
   * Where to say what happened at start. Changes to the log come with `fields` for machines:
   * `{ event: 'log-cut', ...LogCut }` and `{ event: 'log-salvaged', ... }` (see the README).
   */
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** What opening the log changed: a cut torn tail, a salvage. Empty for a whole log. */
export interface LogRecovery {
  cut?: LogCut;
  salvage?: SalvageReport;
}

export interface RunningEmulator {
  /** A connection string for `EventStoreDBClient.connectionString`. */
  url: string;
  host: string;
  port: number;
  /** What opening the log changed at this start. */
  recovery: LogRecovery;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!options.memDb && !options.dbPath) throw new Error('startEmulator needs memDb: true or a dbPath');
  const log = options.memDb ? new MemoryLog() : new FileLog(options.dbPath!, { salvage: options.salvageLog });
  const { store, cut, salvage } = await Store.open(log, { maxAppendSize: options.maxAppendSize });
  const recovery: LogRecovery = { ...(cut && { cut }), ...(salvage && { salvage }) };
  if (salvage) {
    const { file, damagedCopy, report, keptEvents, droppedEvents } = salvage;
    options.log?.(
      `salvaged ${file}: kept ${keptEvents} events, dropped ${droppedEvents} in ${salvage.dropped.length} damaged ranges; the damaged file is ${damagedCopy}, the report ${report}`,
      { event: 'log-salvaged', file, damagedCopy, report, keptEvents, droppedEvents, droppedRanges: salvage.dropped.length },
    );
  }
  if (cut) {
    options.log?.(`cut the log's torn tail: ${cut.bytes} bytes at byte offset ${cut.at} of ${cut.file} (${cut.reason}; ${cut.droppedEvents} events of an unfinished append)`, {
      event: 'log-cut',
      ...cut,
    });
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
    recovery,
    stop: () => (stopping ??= running.stop().then(() => store.close())),
  };
}

export { Store } from './store';
export { LogDamageError } from './storage/log';
export type { LogCut, SalvageReport, DroppedRange, DroppedEvent } from './storage/log';
export type { ExpectedRevision, ProposedEvent, AppendResult, StoreError } from './store';

/** The embeddable emulator: `startEmulator({ memDb, port: 0 })` for the api and for tests. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLog, MemoryLog, type LogCut, type SalvageReport } from './storage/log';
import { Store } from './store';
import { startGrpcServer, type Security } from './grpc/server';
import { selfSignedCertificate, Users, type TlsCertificate } from './grpc/security';

export interface EmulatorOptions {
  /** Keep everything in memory (EventStoreDB's `--mem-db`). */
  memDb?: boolean;
  /** Folder of the durable log (EventStoreDB's `--db`). Ignored with memDb. */
  dbPath?: string;
  /** 0 picks a free port. Default 2113. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Largest append in bytes (data + metadata + type, as EventStoreDB counts). Default 1 MiB. */
  maxAppendSize?: number;
  /**
   * Secure mode (EventStoreDB's `--default-admin-password`): TLS, and every call that touches
   * data must carry user `admin` with this password. Unset: insecure, as `--insecure`.
   */
  defaultAdminPassword?: string;
  /**
   * The certificate to serve in secure mode (EventStoreDB's `--certificate-file` and
   * `--certificate-private-key-file`). Unset: a self-signed one made for this start, handed
   * back as `ca` / `caFile` for the client to trust.
   */
  certificate?: TlsCertificate;
  /**
   * PEM root certificates the served certificate chains to (EventStoreDB's
   * `--trusted-root-certificates-path`, read): handed back as `ca` / `caFile` for clients to
   * trust. Unset: the served certificate itself, which is then its own root.
   */
  trustedRoots?: string;
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
  /**
   * A connection string for `EventStoreDBClient.connectionString`. In secure mode it says
   * `tls=true&tlsCAFile=<caFile>` and carries no credentials: add `admin:<password>@`.
   */
  url: string;
  /** Whether TLS and credentials are required. */
  secure: boolean;
  /** In secure mode, the PEM certificate the client must trust (`rootCertificate`). */
  ca?: string;
  /** In secure mode, a file holding `ca`, removed at stop (`tlsCAFile`). */
  caFile?: string;
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
      {
        event: 'log-salvaged',
        file,
        damagedCopy,
        report,
        keptEvents,
        droppedEvents,
        droppedRanges: salvage.dropped.length,
      },
    );
  }
  if (cut) {
    options.log?.(
      `cut the log's torn tail: ${cut.bytes} bytes at byte offset ${cut.at} of ${cut.file} (${cut.reason}; ${cut.droppedEvents} events of an unfinished append)`,
      {
        event: 'log-cut',
        ...cut,
      },
    );
  }
  let server;
  let security: Security | undefined;
  let caDir: string | undefined;
  try {
    if (options.defaultAdminPassword !== undefined) {
      if (!options.defaultAdminPassword) throw new Error('the default admin password must not be empty');
      const certificate = options.certificate ?? (await selfSignedCertificate(host));
      security = { certificate, users: new Users({ admin: options.defaultAdminPassword }) };
      caDir = await mkdtemp(join(tmpdir(), 'esdb-emulator-tls-'));
      await writeFile(join(caDir, 'ca.pem'), options.trustedRoots ?? certificate.cert, { mode: 0o644 });
    }
    server = await startGrpcServer(store, host, options.port ?? 2113, security);
  } catch (error) {
    if (caDir) await rm(caDir, { recursive: true, force: true });
    await store.close();
    throw error;
  }
  const running = server;
  let stopping: Promise<void> | undefined;
  const address = `${host.includes(':') ? `[${host}]` : host}:${running.port}`;
  const caFile = caDir && join(caDir, 'ca.pem');
  return {
    url: caFile ? `esdb://${address}?tls=true&tlsCAFile=${caFile}` : `esdb://${address}?tls=false`,
    secure: security !== undefined,
    ...(security && { ca: options.trustedRoots ?? security.certificate.cert, caFile }),
    host,
    port: running.port,
    recovery,
    stop: () =>
      (stopping ??= running
        .stop()
        .then(() => store.close())
        .then(() => (caDir ? rm(caDir, { recursive: true, force: true }) : undefined))),
  };
}

export { Store } from './store';
export { LogDamageError } from './storage/log';
export { selfSignedCertificate, type TlsCertificate } from './grpc/security';
export type { LogCut, SalvageReport, DroppedRange, DroppedEvent } from './storage/log';
export type { ExpectedRevision, ProposedEvent, AppendResult, StoreError } from './store';

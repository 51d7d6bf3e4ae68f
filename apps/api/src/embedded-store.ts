/**
 * The embedded event store: the emulator runs as a child process with its data under DATA_DIR,
 * so the store never shares the api's event loop. It runs in secure mode: TLS with a certificate
 * it makes for each start, and every data call must carry user `admin` with a password the api
 * draws at random for each start and hands over in the child's environment (never on its command
 * line, never logged), so no other process on the machine can read or write the store.
 *
 * It is supervised: if it exits on its own (a crash, `kill -9`), it is started again on the same
 * data folder and port, after a delay that doubles per failed start up to a maximum. A restart
 * has a new certificate and password, hence a new connection string: `onUrlChange` listeners get
 * it and connect again. Every torn tail the store cut and every salvage it reported is logged at
 * warn level and kept in `recovery`; a log it refuses to open rejects with `StoreLogDamagedError`.
 * It is stopped with the api, killed if the api exits without stopping it, and stops itself if
 * the api dies outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { damageOf, parseStoreLine, recoveryReport, type StoreLine, type StoreRecoveryReport } from './store-output';

export { StoreLogDamagedError, type StoreRecoveryReport } from './store-output';

/** Where the store is now, and news when that changes (as after a restart). */
export interface StoreAddress {
  /** The connection string, with the credentials of the running store. */
  readonly url: string;
  /** Calls `listener` with the new connection string after each restart; returns an unsubscribe. */
  onUrlChange(listener: (url: string) => void): () => void;
}

export interface EmbeddedStore extends StoreAddress {
  /** The running store's process (a new one after each restart). */
  readonly pid: number;
  /** How many times the store was started again after it exited on its own. */
  readonly restarts: number;
  /** Whether a store process is running now (false while it is being restarted). */
  readonly running: boolean;
  /** Every torn tail cut and every salvage the store reported at its starts, oldest first. */
  readonly recovery: readonly StoreRecoveryReport[];
  stop(): Promise<void>;
}

export type StoreLogLevel = 'info' | 'warn' | 'error';

export interface EmbeddedStoreOptions {
  /** Delay before starting the store again, doubling per failed start up to `max`. Default 200 ms to 10 s. */
  restartDelayMs?: { initial: number; max: number };
  /** A store that ran this long counts as healthy again: the next restart waits `initial`. Default 30 s. */
  healthyAfterMs?: number;
}

const require = createRequire(import.meta.url);

/**
 * How to run the emulator: a compiled api (`dist/main.js`, see `scripts/bundle.ts`) starts the
 * compiled emulator beside it; from source, the emulator's TypeScript runs through tsx.
 */
function emulatorProgram(): string[] {
  const compiled = fileURLToPath(new URL('./esdb-emulator.js', import.meta.url));
  if (import.meta.url.endsWith('.js') && existsSync(compiled)) return [compiled];
  return ['--import', 'tsx', join(dirname(require.resolve('@deskstream/esdb-emulator')), 'main.ts')];
}

interface Started {
  child: ChildProcess;
  /** With credentials: never logged. */
  url: string;
  /** As the store printed it: no credentials. */
  publicUrl: string;
}

/** The child's environment: the api's, without settings meant for a store of the operator's, plus the password. */
function storeEnvironment(password: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('EVENTSTORE_')) env[key] = value;
  return { ...env, EVENTSTORE_DEFAULT_ADMIN_PASSWORD: password, DESKSTREAM_STOP_WITH_PARENT: '1' };
}

/** `esdb://host:port?…` with `admin:<password>@`; the CA file and TLS settings stay. */
export function withCredentials(url: string, password: string): string {
  return url.replace(/^esdb:\/\//, `esdb://admin:${encodeURIComponent(password)}@`);
}

export async function startEmbeddedStore(
  dataDir: string,
  log: (message: string, level?: StoreLogLevel) => void,
  options: EmbeddedStoreOptions = {},
): Promise<EmbeddedStore> {
  const db = resolve(dataDir, 'esdb');
  await mkdir(db, { recursive: true });
  const program = emulatorProgram();
  const delays = options.restartDelayMs ?? { initial: 200, max: 10_000 };
  const healthyAfterMs = options.healthyAfterMs ?? 30_000;
  const recovery: StoreRecoveryReport[] = [];
  const urlListeners = new Set<(url: string) => void>();

  let current: ChildProcess | undefined;
  const killOnExit = () => current?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const report = (line: StoreLine) => {
    const recovered = recoveryReport(line);
    if (recovered) recovery.push(recovered);
    log(`event store: ${line.message}`, recovered ? 'warn' : 'info');
  };

  /** Starts one store process on `port` (0 the first time: any free port); resolves once it listens. */
  const launch = async (port: number): Promise<Started> => {
    const password = randomBytes(24).toString('base64url');
    // Its own process group: a Ctrl-C in the terminal reaches the api, which stops the store after itself.
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv.filter((arg) => arg === '--enable-source-maps'),
        ...program,
        '--db',
        db,
        '--node-port',
        String(port),
      ],
      {
        // Its stdin is a pipe from the api: when the api dies, even by SIGKILL, the pipe closes and
        // the store shuts down cleanly instead of lingering.
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
        env: storeEnvironment(password),
      },
    );
    current = child;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log(`event store: ${chunk.trimEnd()}`, 'warn'));
    child.stdout!.setEncoding('utf8');
    const publicUrl = await new Promise<string>((resolveUrl, reject) => {
      let pending = '';
      let damage: Error | undefined;
      let listening = false;
      const onExit = (code: number | null) =>
        reject(damage ?? new Error(`the embedded event store exited (code ${code}) before it listened`));
      child.once('exit', onExit);
      child.stdout!.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop()!;
        for (const text of lines) {
          if (!text.trim()) continue;
          const line = parseStoreLine(text);
          damage ??= damageOf(line, db);
          report(line);
          if (!listening && line.event === 'listening' && typeof line.fields.url === 'string') {
            listening = true;
            child.off('exit', onExit);
            resolveUrl(line.fields.url);
          }
        }
      });
    });
    return { child, url: withCredentials(publicUrl, password), publicUrl };
  };

  const first = await launch(0).catch((error: unknown) => {
    process.off('exit', killOnExit);
    throw error;
  });
  let url = first.url;
  const port = Number(new URL(first.publicUrl.replace(/^esdb/, 'http')).port);
  log(
    `embedded event store (pid ${first.child.pid}) at ${first.publicUrl}, TLS and a password drawn for this start, data in ${db}`,
  );

  let stopping: Promise<void> | undefined;
  let restarts = 0;
  let running = true;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** Watches a running store; when it exits on its own, starts it again with back-off. */
  const supervise = (child: ChildProcess, startedAt: number, failures: number) => {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      running = false;
      const ranLong = Date.now() - startedAt >= healthyAfterMs;
      retry(ranLong ? 0 : failures, `exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`})`);
    });
  };
  const retry = (failures: number, why: string) => {
    const delay = Math.min(delays.initial * 2 ** failures, delays.max);
    log(`the embedded event store ${why}; starting it again in ${delay} ms on the same data and port`, 'error');
    retryTimer = setTimeout(() => {
      if (stopping) return;
      const startedAt = Date.now();
      launch(port).then(
        (started) => {
          if (stopping) {
            started.child.kill('SIGTERM');
            return;
          }
          restarts++;
          running = true;
          url = started.url;
          log(`embedded event store restarted (pid ${started.child.pid}) at ${started.publicUrl}`, 'warn');
          for (const listener of urlListeners) listener(url);
          supervise(started.child, startedAt, failures + 1);
        },
        (error: unknown) => {
          if (stopping) return;
          retry(failures + 1, `could not start: ${(error as Error).message}`);
        },
      );
    }, delay);
  };
  supervise(first.child, Date.now(), 0);

  return {
    get url() {
      return url;
    },
    onUrlChange(listener) {
      urlListeners.add(listener);
      return () => urlListeners.delete(listener);
    },
    get pid() {
      return current!.pid!;
    },
    get restarts() {
      return restarts;
    },
    get running() {
      return running;
    },
    recovery,
    stop: () =>
      (stopping ??= new Promise<void>((resolveStop) => {
        clearTimeout(retryTimer);
        process.off('exit', killOnExit);
        urlListeners.clear();
        const child = current!;
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolveStop();
        });
        child.kill('SIGTERM');
      })),
  };
}

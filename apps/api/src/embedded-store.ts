/**
 * The embedded event store: the emulator runs as a child process with its data under DATA_DIR,
 * so the store never shares the api's event loop. It is supervised: if it exits on its own (a
 * crash, `kill -9`), it is started again on the same data folder and port, after a delay that
 * doubles per failed start up to a maximum, and the api's client reconnects to it. It is stopped
 * with the api, killed if the api exits without stopping it, and stops itself if the api dies outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedStore {
  url: string;
  /** The running store's process (a new one after each restart). */
  readonly pid: number;
  /** How many times the store was started again after it exited on its own. */
  readonly restarts: number;
  /** Whether a store process is running now (false while it is being restarted). */
  readonly running: boolean;
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

interface Started {
  child: ChildProcess;
  url: string;
}

export async function startEmbeddedStore(
  dataDir: string,
  log: (message: string, level?: StoreLogLevel) => void,
  options: EmbeddedStoreOptions = {},
): Promise<EmbeddedStore> {
  const db = resolve(dataDir, 'esdb');
  await mkdir(db, { recursive: true });
  const main = join(dirname(require.resolve('@deskstream/esdb-emulator')), 'main.ts');
  const delays = options.restartDelayMs ?? { initial: 200, max: 10_000 };
  const healthyAfterMs = options.healthyAfterMs ?? 30_000;

  let current: ChildProcess | undefined;
  const killOnExit = () => current?.kill('SIGKILL');
  process.once('exit', killOnExit);

  /** Starts one store process on `port` (0 the first time: any free port); resolves once it listens. */
  const launch = async (port: number): Promise<Started> => {
    // Its own process group: a Ctrl-C in the terminal reaches the api, which stops the store after itself.
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--insecure', '--db', db, '--node-port', String(port)], {
      // Its stdin is a pipe from the api: when the api dies, even by SIGKILL, the pipe closes and
      // the store shuts down cleanly instead of lingering.
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, DESKSTREAM_STOP_WITH_PARENT: '1' },
    });
    current = child;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log(`event store: ${chunk.trimEnd()}`, 'warn'));
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const onData = (chunk: string) => {
        out += chunk;
        const match = /connect with (esdb:\/\/[^"\s]+)/.exec(out);
        if (match) {
          child.stdout!.off('data', onData);
          child.off('exit', onExit);
          resolveUrl(match[1]!);
        }
      };
      const onExit = (code: number | null) => reject(new Error(`the embedded event store exited (code ${code}) before it listened: ${out.trim()}`));
      child.stdout!.setEncoding('utf8').on('data', onData);
      child.once('exit', onExit);
    });
    child.stdout!.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) log(`event store: ${messageOf(line)}`);
    });
    return { child, url };
  };

  const first = await launch(0);
  const url = first.url;
  const port = Number(new URL(url.replace(/^esdb/, 'http')).port);
  log(`embedded event store (pid ${first.child.pid}) at ${url}, data in ${db}`);

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
          log(`embedded event store restarted (pid ${started.child.pid}) at ${started.url}`, 'warn');
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
    url,
    get pid() {
      return current!.pid!;
    },
    get restarts() {
      return restarts;
    },
    get running() {
      return running;
    },
    stop: () =>
      (stopping ??= new Promise<void>((resolveStop) => {
        clearTimeout(retryTimer);
        process.off('exit', killOnExit);
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

/** The emulator logs JSON lines; keep just what they say. */
function messageOf(line: string): string {
  try {
    const parsed = JSON.parse(line) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : line;
  } catch {
    return line;
  }
}

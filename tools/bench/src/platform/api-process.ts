/** Starts `api-server.ts` as its own process and follows what it reports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { nowMs } from '../stats';

export type Composition = 'product' | 'jit-on' | 'jit-off' | 'bare';

export interface Listening {
  address: string;
  pid: number;
  modulesLoaded: number;
  built: number;
  listening: number;
}

export interface CaughtUp {
  caughtUp: number;
  eventsApplied: number;
  rssMb: number;
  heapUsedMb: number;
  rssAfterGcMb: number | null;
  heapUsedAfterGcMb: number | null;
}

export interface ApiProcess {
  /** On the monotonic clock, just before the process was spawned. */
  spawnedAt: number;
  pid: number;
  listening: Promise<Listening>;
  caughtUp: Promise<CaughtUp>;
  seeded: Promise<void>;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./api-server.ts', import.meta.url));

/** `BENCH_CPU_PROF=<folder>` writes a V8 CPU profile of each api and subscribers process there, to see what limits a figure. */
export const profiling = (): string[] =>
  process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];

export function spawnApi(
  storeUrl: string,
  composition: Composition,
  options: { seed?: boolean; timeoutMs?: number; args?: string[] } = {},
): ApiProcess {
  const spawnedAt = nowMs();
  const args = [
    ...profiling(),
    '--expose-gc',
    '--import',
    'tsx',
    SERVER,
    '--store',
    storeUrl,
    '--composition',
    composition,
    ...(options.seed ? ['--seed'] : []),
    ...(options.args ?? []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = new Map<string, { resolve(line: unknown): void; reject(error: Error): void }>();
  const promiseOf = <T>(event: string) =>
    new Promise<T>((resolve, reject) => waiting.set(event, { resolve: resolve as (line: unknown) => void, reject }));
  const listening = promiseOf<Listening>('listening');
  const caughtUp = promiseOf<CaughtUp>('caughtUp');
  const seeded = promiseOf<void>('seeded');
  // Whoever does not wait on one of these must not see an unhandled rejection.
  for (const promise of [listening, caughtUp, seeded]) promise.catch(() => undefined);

  const fail = (error: Error) => {
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  };
  const timeoutMs = options.timeoutMs ?? 120_000;
  const timeout = setTimeout(
    () => fail(new Error(`the api (${composition}) did not report within ${timeoutMs} ms`)),
    timeoutMs,
  );
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: { event?: string };
    try {
      line = JSON.parse(text) as { event?: string };
    } catch {
      return;
    }
    const waiter = line.event ? waiting.get(line.event) : undefined;
    if (!waiter) return;
    waiting.delete(line.event!);
    waiter.resolve(line);
    if (waiting.size === 0) clearTimeout(timeout);
  });
  child.once('exit', (code, signal) => {
    clearTimeout(timeout);
    fail(new Error(`the api (${composition}) exited (${code ?? signal})`));
  });

  return {
    spawnedAt,
    pid: child.pid!,
    listening,
    caughtUp,
    seeded,
    stop: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timeout);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

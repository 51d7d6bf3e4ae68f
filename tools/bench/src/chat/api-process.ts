/** Starts `api-server.ts` as its own process on a fresh data dir and follows what it reports. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ChatApi {
  address: string;
  pid: number;
  storePid: number;
  storeUrl: string;
  /** Resolves once the read models caught up and the demo data is seeded. */
  ready: Promise<void>;
  /** The last lines the api and its store wrote to stderr, for failure messages. */
  stderrTail(): string;
  /** What the api said when it started listening (a server of another benchmark may say more). */
  listening: Record<string, unknown>;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./api-server.ts', import.meta.url));

export async function spawnChatApi(
  dataDir: string,
  options: { logLevel?: string; timeoutMs?: number; server?: string } = {},
): Promise<ChatApi> {
  // `BENCH_CPU_PROF=<folder>` writes a V8 CPU profile of the api there, as the platform benchmark does.
  const profiling = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const args = [
    ...profiling,
    '--import',
    'tsx',
    options.server ?? SERVER,
    '--data-dir',
    dataDir,
    ...(options.logLevel ? ['--log-level', options.logLevel] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = new Map<string, Record<string, unknown>>();
  const waiters = new Map<string, (line: Record<string, unknown>) => void>();
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof line.event !== 'string') return;
    lines.set(line.event, line);
    waiters.get(line.event)?.(line);
  });
  const timeoutMs = options.timeoutMs ?? 180_000;
  const report = (event: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const seen = lines.get(event);
      if (seen) return resolve(seen);
      const timer = setTimeout(
        () => reject(new Error(`the api did not report "${event}" within ${timeoutMs} ms:\n${tail.join('\n')}`)),
        timeoutMs,
      );
      waiters.set(event, (line) => {
        clearTimeout(timer);
        resolve(line);
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(
          new Error(
            `the api exited (${child.exitCode ?? child.signalCode}) before it reported "${event}":\n${tail.join('\n')}`,
          ),
        );
      });
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    }
  };
  try {
    const listening = await report('listening');
    const ready = report('caughtUp')
      .then(() => report('seeded'))
      .then(() => undefined);
    ready.catch(() => undefined);
    return {
      address: listening.address as string,
      pid: listening.pid as number,
      storePid: listening.storePid as number,
      storeUrl: listening.storeUrl as string,
      ready,
      stderrTail: () => tail.join('\n'),
      listening,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

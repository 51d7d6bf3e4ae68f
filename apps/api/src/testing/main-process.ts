/** Test support: `main.ts` as a real process with the embedded store, as `npm start` runs it. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface MainProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** The embedded store's process, a child of the api. */
  storePid: number;
  output(): string;
  /** Sends the signal; resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once the process is gone, or rejects after the timeout. */
export async function gone(pid: number, timeoutMs = 20_000): Promise<void> {
  for (const until = Date.now() + timeoutMs; isAlive(pid);) {
    if (Date.now() > until) throw new Error(`process ${pid} is still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the api on loopback with its data in `dataDir` (and any further settings in `env`); resolves once it serves and the demo data is seeded. */
export async function startMainProcess(
  dataDir: string,
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<MainProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      EVENTSTORE_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Several api processes run at once in tests: none takes the default mail port unless asked to.
      SMTP_IN_PORT: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`the api did not log ${pattern} within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        const match = pattern.exec(output);
        if (match) finish(null, match);
      };
      const finish = (error: Error | null, match?: RegExpMatchArray) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve(match!);
      };
      listeners.add(check);
      void exited.then((code) =>
        finish(new Error(`the api exited with ${code} before it logged ${pattern}:\n${output}`)),
      );
      check();
    });

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };

  try {
    const storePid = Number((await waitFor(/embedded event store \(pid (\d+)\)/))[1]);
    const url = (await waitFor(/Deskstream is at (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    await waitFor(/"msg":"demo data seeded"/);
    return { url, pid: child.pid!, storePid, output: () => output, stop };
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  }
}

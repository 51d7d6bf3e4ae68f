import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The api's entry point, run as `npm start` runs it (the built apps must exist). */
export const API_MAIN = fileURLToPath(new URL('../../../apps/api/src/main.ts', import.meta.url));

export interface ApiProcessOptions {
  /** Where the embedded event store keeps its log; a second start on it replays the same events. */
  dataDir: string;
  /** 0 (the default) picks a free port; a restart passes the port of the first start. */
  port?: number;
  /** More environment for the api, such as `SMTP_URL` and `MAIL_FROM`. */
  env?: Record<string, string>;
}

export interface ApiProcess {
  /** `http://127.0.0.1:<port>` with no trailing slash. */
  url: string;
  port: number;
  pid: number;
  /** Everything the process wrote so far (its JSON log lines), for failure messages. */
  output(): string;
  /** SIGTERM, as an operator stops it; resolves with the exit code once the api and its store stopped. */
  stop(): Promise<number | null>;
}

/**
 * Starts `apps/api/src/main.ts` as a real process on loopback with the embedded event store (no
 * EVENTSTORE_URL), and resolves once it listens and the demo data is seeded, so sign-in works.
 *
 * The demo data includes the feedback report's few hundred items and the book fair's days, which
 * take a while on a busy 2-core machine: hence the generous wait (within the journeys' 120 s for `beforeAll`).
 */
export async function startApiProcess(options: ApiProcessOptions, timeoutMs = 110_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
    env: {
      ...process.env,
      EVENTSTORE_URL: '',
      DATA_DIR: options.dataDir,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Several api processes run at once in tests: none takes the default mail port unless asked to.
      SMTP_IN_PORT: 'off',
      ...options.env,
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
      exited.then((code) => finish(new Error(`the api exited with ${code} before it logged ${pattern}:\n${output}`)));
      check();
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };

  try {
    const url = (await waitFor(/Deskstream is at (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    await waitFor(/"msg":"demo data seeded"/);
    return { url, port: Number(new URL(url).port), pid: child.pid!, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

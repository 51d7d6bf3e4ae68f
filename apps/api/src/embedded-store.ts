/**
 * The embedded event store: the emulator runs as a child process with its data under DATA_DIR,
 * so the store never shares the api's event loop. It is stopped with the api, killed if the api
 * exits without stopping it, and stops itself if the api dies outright.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedStore {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startEmbeddedStore(dataDir: string, log: (message: string) => void): Promise<EmbeddedStore> {
  const db = resolve(dataDir, 'esdb');
  await mkdir(db, { recursive: true });
  const main = join(dirname(require.resolve('@deskstream/esdb-emulator')), 'main.ts');
  // Its own process group: a Ctrl-C in the terminal reaches the api, which stops the store after itself.
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--insecure', '--db', db, '--node-port', '0'], {
    // Its stdin is a pipe from the api: when the api dies, even by SIGKILL, the pipe closes and
    // the store shuts down cleanly instead of lingering.
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, DESKSTREAM_STOP_WITH_PARENT: '1' },
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log(`event store: ${chunk.trimEnd()}`));
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
  log(`embedded event store (pid ${child.pid}) at ${url}, data in ${db}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    pid: child.pid!,
    stop: () =>
      (stopping ??= new Promise<void>((resolveStop) => {
        process.off('exit', killOnExit);
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

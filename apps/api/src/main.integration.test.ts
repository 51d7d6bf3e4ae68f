/** `main.ts` as a real process: the embedded store as a child, one port, a clean stop, a second start. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-data-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: { pattern: RegExp; resolve(match: RegExpMatchArray): void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiting]) {
      const match = waiter.pattern.exec(output);
      if (match) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const match = pattern.exec(output);
        if (match) return resolve(match);
        waiting.push({ pattern, resolve });
        exited.then((code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output}`)));
      }),
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start (main.ts)', () => {
  it('starts the embedded store as a child process, serves, seeds once and stops both on SIGTERM', async () => {
    const first = run({ PORT: '0', DATA_DIR: dataDir, EVENTSTORE_URL: '' });
    const storePid = Number((await first.waitFor(/embedded event store \(pid (\d+)\)/))[1]);
    expect(storePid).not.toBe(first.child.pid);
    const base = (await first.waitFor(/Deskstream is at (http:\/\/[^\s/]+)\//))[1]!;
    expect((await first.waitFor(/"departmentsOpened":(\d+),"staffCreated":(\d+)/)).slice(1)).toEqual(['4', '5']);

    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(username: "admin", password: "deskstream-admin") { staff { roles } } }',
      }),
    });
    expect(await signIn.json()).toEqual({ data: { signIn: { staff: { roles: ['ADMIN'] } } } });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(isAlive(storePid)).toBe(false);

    const second = run({ PORT: '0', DATA_DIR: dataDir });
    expect(
      (await second.waitFor(/"departmentsOpened":(\d+),"staffCreated":(\d+),"departmentsJoined":(\d+)/)).slice(1),
    ).toEqual(['0', '0', '0']);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);

  it('refuses a wrong setting with a clear message and exit code 2', async () => {
    const wrong = run({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await wrong.exited).toBe(2);
    expect(wrong.output()).toMatch(/PORT must be a whole number from 0 to 65535 \(got "eighty"\)/);
  });
});

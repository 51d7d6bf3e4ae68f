/**
 * The api as production runs it: compiled to JavaScript (`npm run build -w @deskstream/api`),
 * started as `node dist/main.js` without tsx, with the embedded store (itself the compiled
 * emulator) as its child; it serves, seeds and stops cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../../apps/api/', import.meta.url));
const MAIN = join(apiDir, 'dist/main.js');
let dataDir: string;
let api: ChildProcess | undefined;
let output = '';

/** Resolves with the first match of `pattern` in the api's output; rejects if it exits first. */
const logged = (pattern: RegExp) =>
  new Promise<RegExpMatchArray>((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output);
      if (match) {
        api!.stdout!.off('data', check);
        resolve(match);
      }
    };
    api!.stdout!.on('data', check);
    api!.once('exit', (code) => reject(new Error(`the api exited with ${code} before ${pattern}:\n${output}`)));
    check();
  });

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle.ts'], {
    cwd: apiDir,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-compiled-'));
  // No tsx anywhere: a plain node with the settings production uses.
  api = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  api.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
}, 120_000);

afterAll(async () => {
  if (api && api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('the compiled api', () => {
  it('starts the compiled embedded store, serves GraphQL and the health routes, and seeds the demo data', async () => {
    const storePid = Number((await logged(/embedded event store \(pid (\d+)\)/))[1]);
    const storeCommand = (await readFile(`/proc/${storePid}/cmdline`, 'utf8')).split('\0');
    expect(storeCommand).toContain(join(apiDir, 'dist/esdb-emulator.js'));
    expect(storeCommand.join(' ')).not.toMatch(/tsx/);

    const url = (await logged(/Deskstream is at (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    await logged(/"msg":"demo data seeded"/);
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ departments { id } }' }),
    });
    const body = (await answer.json()) as { data?: { departments: { id: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.departments.length).toBeGreaterThan(0);
  });

  it('stops cleanly on SIGTERM, its store with it', async () => {
    const exited = new Promise<number | null>((resolve) => api!.once('exit', (code) => resolve(code)));
    api!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

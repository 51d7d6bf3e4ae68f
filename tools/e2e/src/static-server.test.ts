import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deskstream-static-'));
  await mkdir(join(dir, 'portal/assets'), { recursive: true });
  await mkdir(join(dir, 'console'), { recursive: true });
  await writeFile(join(dir, 'portal/index.html'), 'portal');
  await writeFile(join(dir, 'portal/assets/app.js'), 'export {}');
  await writeFile(join(dir, 'console/index.html'), 'console');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  server = await startStaticServer([
    { prefix: '/console/', root: join(dir, 'console') },
    { prefix: '/', root: join(dir, 'portal') },
  ]);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

describe('startStaticServer', () => {
  it('listens on a loopback address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their type, and each app its index.html for its routes', async () => {
    expect(await get('/assets/app.js')).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'export {}',
    });
    expect((await get('/')).body).toBe('portal');
    expect((await get('/kb/errors/1603')).body).toBe('portal');
    expect((await get('/console/')).body).toBe('console');
    expect((await get('/console/sign-in')).body).toBe('console');
    expect((await get('/console')).body).toBe('console');
  });

  it('answers 404 for missing files and never leaves the app folder', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/../secret.txt')).body).not.toBe('secret');
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/console/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(404);
  });
});

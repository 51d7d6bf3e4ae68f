/** The api's HTTP surface besides GraphQL: health, the web apps with SPA fallback, GraphiQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { startApp } from './testing/harness';

let store: RunningEmulator;
let web: string;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  web = await mkdtemp(join(tmpdir(), 'deskstream-web-'));
  for (const site of ['portal', 'console']) {
    await mkdir(join(web, site, 'assets'), { recursive: true });
    await writeFile(join(web, site, 'index.html'), `<!doctype html><title>${site}</title>`);
    await writeFile(join(web, site, 'assets', 'app.js'), `console.log('${site}')`);
  }
  app = await startApp(store.url, { webRoots: { portalDir: join(web, 'portal'), consoleDir: join(web, 'console') } });
});
afterAll(async () => {
  await app?.close();
  await store?.stop();
  await rm(web, { recursive: true, force: true });
});

const get = (url: string, accept = 'text/html') => app.inject({ method: 'GET', url, headers: { accept } });

describe('web apps', () => {
  it('serves the portal at / and the console at /console/', async () => {
    expect((await get('/')).body).toContain('<title>portal</title>');
    expect((await get('/console/')).body).toContain('<title>console</title>');
    expect((await get('/console/assets/app.js', '*/*')).body).toBe("console.log('console')");
    expect((await get('/assets/app.js', '*/*')).body).toBe("console.log('portal')");
  });

  it('answers page addresses with the app that owns them (SPA fallback)', async () => {
    // /kb/… is the server-rendered knowledge base (knowledge-base-pages.integration.test.ts); the portal's own pages fall back.
    const portalPage = await get('/chat');
    expect(portalPage.statusCode).toBe(200);
    expect(portalPage.body).toContain('<title>portal</title>');
    // An address the portal does not route: its page (which says "not found") with 404 (web-delivery.test.ts).
    const unknown = await get('/help/contact');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<title>portal</title>');
    const chats = await get('/console/chats/42');
    expect(chats.statusCode).toBe(200);
    expect(chats.body).toContain('<title>console</title>');
    const bare = await get('/console');
    expect([200, 301, 302]).toContain(bare.statusCode);
  });

  it('keeps a missing asset and an unknown api path a 404', async () => {
    expect((await get('/console/assets/missing.js', '*/*')).statusCode).toBe(404);
    expect((await get('/health/nothing', 'application/json')).statusCode).toBe(404);
  });
});

describe('health', () => {
  it('is live, and ready once the read models caught up', async () => {
    expect((await get('/health/live')).json()).toEqual({ status: 'live' });
    const ready = await get('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', readModels: { state: 'live', deadLetters: 0 } });
  });

  it('says "catching up" with 503 while the read models have not caught up (here: no store to read)', async () => {
    const early = await buildApp({ eventStoreUrl: 'esdb://127.0.0.1:1?tls=false' });
    try {
      const response = await early.inject({ method: 'GET', url: '/health/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'catching up' });
    } finally {
      await early.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is there in development and not in production', async () => {
    expect((await get('/graphiql')).statusCode).toBe(200);
    const production = await buildApp({ eventStoreUrl: store.url, production: true });
    try {
      expect((await production.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    } finally {
      await production.close();
    }
  });
});

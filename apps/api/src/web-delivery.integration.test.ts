/**
 * How the web apps are delivered: which addresses are pages (200 with the app), which are missing
 * files or unknown pages (404), how long a browser may keep each answer, and compression.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { startApp } from './testing/harness';
import { IMMUTABLE_CACHE, PORTAL_PAGES } from './static-sites';

let store: RunningEmulator;
let web: string;
let app: FastifyInstance;
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  web = await mkdtemp(join(tmpdir(), 'deskstream-web-delivery-'));
  for (const site of ['portal', 'console']) {
    await mkdir(join(web, site, 'assets'), { recursive: true });
    await writeFile(join(web, site, 'index.html'), `<!doctype html><title>${site}</title>`);
    await writeFile(join(web, site, 'assets', 'index-Dx1b2C3d.js'), SCRIPT);
  }
  await writeFile(join(web, 'portal', 'widget.js'), SCRIPT);
  app = await startApp(store.url, {
    seedDemoData: false,
    webRoots: { portalDir: join(web, 'portal'), consoleDir: join(web, 'console') },
  });
});
afterAll(async () => {
  await app?.close();
  await store?.stop();
  await rm(web, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = { accept: 'text/html' }) =>
  app.inject({ method: 'GET', url, headers });

describe('pages and missing files', () => {
  it('reloads a console page whose address has a dot in it (an article id) as the console, not a JSON 404', async () => {
    for (const url of [
      '/console/articles/error-1603.en',
      '/console/articles/check-sum-fail.fa/history',
      '/console/chats/42',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<title>console</title>');
    }
    const missing = await get('/console/assets/gone-0a1b2c3d.js', { accept: '*/*' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers 404 with the portal’s page (its "not found" view) for an address the portal does not route', async () => {
    const ticketPage = `/tickets/t/${'k'.repeat(43)}`;
    for (const url of ['/', '/chat', '/chat/', '/chat?embed=1', ticketPage])
      expect((await get(url)).statusCode, url).toBe(200);
    for (const url of [
      '/no-such-page',
      '/help/contact',
      '/chat/42',
      '/errors/1603.en',
      '/tickets/t/a.b',
      '/tickets/t/',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<title>portal</title>');
    }
  });

  it('knows the same portal pages as the portal’s router', async () => {
    const portal = fileURLToPath(new URL('../../portal/src/', import.meta.url));
    const features = (await readdir(portal, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const routeFiles = ['router.ts'];
    for (const feature of features) {
      const files = await readdir(join(portal, feature.name));
      routeFiles.push(...files.filter((file) => file.endsWith('-routes.ts')).map((file) => join(feature.name, file)));
    }
    const router = (await Promise.all(routeFiles.map((file) => readFile(join(portal, file), 'utf8')))).join('\n');
    const routed = [...router.matchAll(/path: '([^']*)'/g)]
      .map((match) => match[1]!)
      .filter((path) => !path.includes(':'));
    expect([...routed].sort()).toEqual([...PORTAL_PAGES].sort());
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year, revalidates HTML and unhashed files', async () => {
    for (const url of ['/assets/index-Dx1b2C3d.js', '/console/assets/index-Dx1b2C3d.js']) {
      expect((await get(url, { accept: '*/*' })).headers['cache-control'], url).toBe(IMMUTABLE_CACHE);
    }
    expect(IMMUTABLE_CACHE).toBe('public, max-age=31536000, immutable');
    for (const url of [
      '/',
      '/console/',
      '/console/articles/error-1603.en',
      '/chat',
      '/no-such-page',
      '/widget.js',
      '/index.html',
    ]) {
      expect((await get(url)).headers['cache-control'], url).toBe('no-cache');
    }
  });
});

describe('compression', () => {
  it('sends brotli or gzip to a browser that takes them, and the same bytes once decompressed', async () => {
    const brotli = await get('/console/assets/index-Dx1b2C3d.js', {
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(brotli.rawPayload.length).toBeLessThan(SCRIPT.length / 3);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(SCRIPT);

    const page = await get('/widget.js', { accept: '*/*', 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/widget.js', { accept: '*/*' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('compresses GraphQL answers too', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'accept-encoding': 'br' },
      payload: { query: `{ ${Array.from({ length: 150 }, (_, i) => `v${i}: apiVersion`).join(' ')} }` },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString()).data.v149).toBe('0.1.0');
  });
});

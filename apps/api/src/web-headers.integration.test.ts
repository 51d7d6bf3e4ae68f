/**
 * What the web apps' answers tell a browser: a Content-Security-Policy, nosniff, and who may frame
 * them (the console nobody, the portal itself, the chat widget's frame page anyone); and what is
 * never served: source maps and Vite's build manifest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { startApp } from './testing/harness';

let store: RunningEmulator;
let web: string;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  web = await mkdtemp(join(tmpdir(), 'deskstream-web-headers-'));
  for (const site of ['portal', 'console']) {
    await mkdir(join(web, site, 'assets'), { recursive: true });
    await mkdir(join(web, site, '.vite'), { recursive: true });
    await writeFile(join(web, site, 'index.html'), `<!doctype html><title>${site}</title>`);
    await writeFile(join(web, site, 'assets', 'app.js'), `console.log('${site}')\n//# sourceMappingURL=app.js.map`);
    await writeFile(join(web, site, 'assets', 'app.js.map'), '{"version":3,"sourcesContent":["secret source"]}');
    await writeFile(join(web, site, '.vite', 'manifest.json'), '{}');
  }
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

const get = (url: string, accept = 'text/html') => app.inject({ method: 'GET', url, headers: { accept } });

describe('security headers of the web apps', () => {
  it('keep the console out of every frame, with a CSP that allows only its own scripts', async () => {
    for (const url of ['/console/', '/console/chats/42', '/console/assets/app.js']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('let the portal be framed only by itself', async () => {
    for (const url of ['/', '/help/contact', '/chat', '/chat?embed=0']) {
      const response = await get(url);
      // An address the portal does not route is its page too, with 404.
      expect(response.statusCode).toBe(url === '/help/contact' ? 404 : 200);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('let any site frame the chat widget’s pages (the chat, the contact form and the booking form), still with their CSP', async () => {
    for (const url of [
      '/chat?embed=1&department=law&locale=fa',
      '/tickets/new?embed=1&department=law&locale=fa',
      '/book?embed=1&locale=vi',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>portal</title>');
      expect(response.headers['x-frame-options']).toBeUndefined();
      expect(response.headers['content-security-policy']).not.toContain('frame-ancestors');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // Not embedded, the booking form is framed by the portal itself only.
    expect((await get('/book')).headers['x-frame-options']).toBe('SAMEORIGIN');
    expect((await get('/tickets/new')).headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('leave the api’s own answers alone', async () => {
    expect((await get('/health/live', 'application/json')).headers['x-frame-options']).toBeUndefined();
  });
});

describe('build output that is not for visitors', () => {
  it('is never served: source maps and the Vite manifest are 404', async () => {
    for (const url of [
      '/assets/app.js.map',
      '/console/assets/app.js.map',
      '/.vite/manifest.json',
      '/console/.vite/manifest.json',
      '/assets/APP.JS.MAP',
    ]) {
      const response = await get(url, '*/*');
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('secret source');
    }
    expect((await get('/assets/app.js', '*/*')).statusCode).toBe(200);
  });
});

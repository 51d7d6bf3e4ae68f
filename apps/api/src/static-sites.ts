/**
 * Serves the built web apps: the portal at `/` and the console at `/console/`. A page address
 * that is not a file gets the app's index.html (the Vue router takes it from there); a missing
 * asset or api path gets a plain 404. An app that has not been built is reported, not fatal.
 *
 * Every answer carries a Content-Security-Policy (scripts and styles from the site itself only),
 * `nosniff` and a referrer policy. The console may not be framed at all; the portal only by
 * itself, except the chat widget's frame page (`/chat?embed=1`, what `/widget.js` opens on a
 * library's own site), which any site may frame. Source maps and Vite's build manifest are
 * build output, not for visitors: they are never served.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface StaticSitesOptions {
  portalDir: string;
  consoleDir: string;
}

/** Scripts, styles and connections from the site itself; images also from https (articles link them). */
const CSP_BASE =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' } as const;

export const CONSOLE_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': `${CSP_BASE}; frame-ancestors 'none'`, 'x-frame-options': 'DENY' } as const;
export const PORTAL_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': `${CSP_BASE}; frame-ancestors 'self'`, 'x-frame-options': 'SAMEORIGIN' } as const;
/**
 * The chat widget's frame page, embedded by any site that loads `/widget.js`: no frame-ancestors
 * at all (`*` would still refuse a library page opened from a file or a sandboxed frame).
 */
export const WIDGET_FRAME_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': CSP_BASE } as const;

/** Paths served by other parts of the api, which set their own headers. */
const NOT_SITE = /^\/(graphql|graphiql|health|kb)(\/|$|\?)/;

/** The headers of a web-app answer for this address, or undefined when the address is not the web apps'. */
export function siteHeadersFor(url: string): Record<string, string> | undefined {
  const [path = '/', query = ''] = url.split('?', 2);
  if (NOT_SITE.test(path)) return undefined;
  if (path === '/console' || path.startsWith('/console/')) return CONSOLE_HEADERS;
  if (path === '/chat' && new URLSearchParams(query).get('embed') === '1') return WIDGET_FRAME_HEADERS;
  return PORTAL_HEADERS;
}

/** Source maps and Vite's manifest: build output that is not for visitors. */
const isBuildOutput = (path: string) => /\.map$/i.test(path) || /(^|\/)\.vite(\/|$)/.test(path);

interface Site {
  prefix: string;
  root: string;
  built: boolean;
}

export async function staticSites(app: FastifyInstance, options: StaticSitesOptions): Promise<void> {
  // The longest prefix first, so /console/… never falls through to the portal.
  const sites: Site[] = [
    { prefix: '/console/', root: options.consoleDir, built: existsSync(join(options.consoleDir, 'index.html')) },
    { prefix: '/', root: options.portalDir, built: existsSync(join(options.portalDir, 'index.html')) },
  ];
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const headers = siteHeadersFor(request.url);
    if (headers) reply.headers(headers);
    if (headers && isBuildOutput(path)) return reply.code(404).send({ error: 'Not Found', message: `Nothing at ${request.method} ${path}` });
  });
  let decorated = false;
  for (const site of sites) {
    if (!site.built) {
      app.log.warn(`${site.root} has no index.html; build it (npm start does) to serve ${site.prefix}`);
      continue;
    }
    await app.register(fastifyStatic, {
      root: site.root,
      prefix: site.prefix,
      decorateReply: !decorated,
      redirect: true,
      wildcard: true,
      index: 'index.html',
      cacheControl: true,
      maxAge: 0,
    });
    decorated = true;
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const site = sites.find((candidate) => path.startsWith(candidate.prefix) || `${path}/` === candidate.prefix);
    if (request.method === 'GET' && site?.built && wantsPage(request, path)) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html', site.root);
    }
    return reply.code(404).send({ error: 'Not Found', message: `Nothing at ${request.method} ${path}` });
  });
}

/** A page address: asks for HTML and has no file extension (a missing .js or .png stays a 404). */
function wantsPage(request: FastifyRequest, path: string): boolean {
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  if (path.startsWith('/graphql') || path.startsWith('/health')) return false;
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

/**
 * Serves the built web apps: the portal at `/` and the console at `/console/`. A page address
 * that is not a file gets the app's index.html (the Vue router takes it from there); a missing
 * asset or api path gets a plain 404. An app that has not been built is reported, not fatal.
 *
 * Page or asset: an address ending in a file extension that web builds use (`.js`, `.css`,
 * `.png`, …) is an asset, so a missing one is a 404; anything else is a page, even with a dot in
 * it (`/console/articles/error-1603.en`). The portal's own pages (`PORTAL_PAGES`, as its router
 * declares them) answer 200; any other portal address answers 404 with the portal's page, which
 * shows its "page not found" view, so search engines and link checkers see the 404. The console
 * routes every address itself (an unknown one goes to its home page), so its pages answer 200.
 *
 * Caching: Vite names the files under `assets/` by their content, so they are sent with
 * `public, max-age=31536000, immutable`; HTML and the other files (`widget.js`, …) with
 * `no-cache` (revalidated, since their names stay the same across builds). Compression is the
 * api's (`@fastify/compress`, see `app.ts`).
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
import { basename, join, sep } from 'node:path';

export interface StaticSitesOptions {
  portalDir: string;
  consoleDir: string;
}

/** Scripts, styles and connections from the site itself; images also from https (articles link them). */
const CSP_BASE =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

export const CONSOLE_HEADERS = {
  ...COMMON_HEADERS,
  'content-security-policy': `${CSP_BASE}; frame-ancestors 'none'`,
  'x-frame-options': 'DENY',
} as const;
export const PORTAL_HEADERS = {
  ...COMMON_HEADERS,
  'content-security-policy': `${CSP_BASE}; frame-ancestors 'self'`,
  'x-frame-options': 'SAMEORIGIN',
} as const;
/**
 * The chat widget's frame page, embedded by any site that loads `/widget.js`: no frame-ancestors
 * at all (`*` would still refuse a library page opened from a file or a sandboxed frame).
 */
export const WIDGET_FRAME_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': CSP_BASE } as const;

/** Paths served by other parts of the api, which set their own headers. */
const NOT_SITE = /^\/(graphql|graphiql|health|kb)(\/|$|\?)/;

/** Pages any site may show in a frame with `?embed=1`: the widget's chat, its contact form (from the chat when nobody is online) and the booking form. */
const FRAMED_PAGES: readonly string[] = ['/chat', '/book', '/tickets/new'];

/** The headers of a web-app answer for this address, or undefined when the address is not the web apps'. */
export function siteHeadersFor(url: string): Record<string, string> | undefined {
  const [path = '/', query = ''] = url.split('?', 2);
  if (NOT_SITE.test(path)) return undefined;
  if (path === '/console' || path.startsWith('/console/')) return CONSOLE_HEADERS;
  if (FRAMED_PAGES.includes(path) && new URLSearchParams(query).get('embed') === '1') return WIDGET_FRAME_HEADERS;
  return PORTAL_HEADERS;
}

/**
 * The addresses the portal's router shows a page for (`apps/portal/src/router.ts` and the features'
 * `*-routes.ts`; a test keeps them in step). Its knowledge base, `/kb/…`, is the api's own.
 */
export const PORTAL_PAGES: readonly string[] = [
  '/',
  '/chat',
  '/book',
  '/book/manage',
  '/tickets',
  '/tickets/new',
  '/account',
  '/account/sign-in',
  '/account/loans',
  '/account/settings',
  '/account/forgot',
  '/account/reset',
];

/** The portal's pages with a part of their own in the address: a ticket's page behind its secret link. */
export const PORTAL_PAGE_PATTERNS: readonly RegExp[] = [/^\/tickets\/t\/[A-Za-z0-9_-]{16,128}$/];

const isPortalPage = (path: string) =>
  PORTAL_PAGES.includes(path) || PORTAL_PAGE_PATTERNS.some((page) => page.test(path));

/** Hashed build files: their content never changes under their name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/** Extensions of the files a web build holds; an address ending otherwise is a page. */
const ASSET_EXTENSION =
  /\.(m?js|css|map|json|webmanifest|txt|xml|html?|png|jpe?g|gif|svg|ico|webp|avif|bmp|woff2?|ttf|otf|eot|wasm|pdf|mp3|mp4|webm|ogg|wav|zip|gz|br)$/i;

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
    if (headers && isBuildOutput(path))
      return reply.code(404).send({ error: 'Not Found', message: `Nothing at ${request.method} ${path}` });
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
      // Files a build compressed beside the originals (`.br`, `.gz`) are sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) =>
        response.setHeader('cache-control', isHashedAsset(site.root, path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE),
    });
    decorated = true;
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const site = sites.find((candidate) => path.startsWith(candidate.prefix) || `${path}/` === candidate.prefix);
    if (request.method === 'GET' && site?.built && wantsPage(request, path)) {
      // The portal routes a few addresses; any other gets its page (which shows "not found") with a 404.
      const known = site.prefix !== '/' || isPortalPage(path.length > 1 ? path.replace(/\/+$/, '') : path);
      return reply
        .code(known ? 200 : 404)
        .type('text/html; charset=utf-8')
        .header('cache-control', REVALIDATE_CACHE)
        .sendFile('index.html', site.root);
    }
    return reply.code(404).send({ error: 'Not Found', message: `Nothing at ${request.method} ${path}` });
  });
}

/** A file under the app's `assets/` folder, which Vite names by content hash. */
function isHashedAsset(root: string, path: string): boolean {
  return path.startsWith(join(root, 'assets') + sep) && basename(path) !== 'index.html';
}

/** A page address: asks for HTML and does not end like a build's file (a missing .js or .png stays a 404). */
function wantsPage(request: FastifyRequest, path: string): boolean {
  if (ASSET_EXTENSION.test(path)) return false;
  if (path.startsWith('/graphql') || path.startsWith('/health')) return false;
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

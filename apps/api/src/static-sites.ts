/**
 * Serves the built web apps: the portal at `/` and the console at `/console/`. A page address
 * that is not a file gets the app's index.html (the Vue router takes it from there); a missing
 * asset or api path gets a plain 404. An app that has not been built is reported, not fatal.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface StaticSitesOptions {
  portalDir: string;
  consoleDir: string;
}

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

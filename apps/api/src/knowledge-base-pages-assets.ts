/**
 * The client files the knowledge-base pages link to: the portal's Vite build writes a manifest
 * (`.vite/manifest.json`) naming the built script of `src/kb-client/kb.ts`, the chunks it imports
 * and its style sheet. Each address gets a `?v=` part from the file's own content, so a new build
 * is never served from an old cache whatever the file names. No build, no files: the pages still
 * work, without styles and search as you type.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_ASSETS, type PageAssets } from '@deskstream/knowledge-base-api';

/** The client entry as the portal's build names it in its manifest. */
export const KB_CLIENT_ENTRY = 'src/kb-client/kb.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** The entry's script, the chunks it imports (preloaded) and every style sheet they carry, or undefined without a build. */
export function readPageAssets(portalDir: string): PageAssets | undefined {
  const manifestPath = join(portalDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = manifest[KB_CLIENT_ENTRY];
  if (!entry) return undefined;
  const address = (file: string) =>
    `/${file}?v=${createHash('sha256')
      .update(readFileSync(join(portalDir, file)))
      .digest('base64url')
      .slice(0, 12)}`;
  const styles = new Set<string>();
  const preloads = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: ManifestChunk, isEntry: boolean) => {
    for (const css of chunk.css ?? []) styles.add(css);
    if (!isEntry) preloads.add(chunk.file);
    for (const name of chunk.imports ?? []) {
      if (seen.has(name) || !manifest[name]) continue;
      seen.add(name);
      visit(manifest[name]!, false);
    }
  };
  visit(entry, true);
  return {
    styles: [...styles].map(address),
    scripts: [address(entry.file)],
    modulePreloads: [...preloads].map(address),
  };
}

/**
 * The assets, read once they exist: a portal built after the api started is picked up (checked
 * at most every `retryMs`); a broken manifest is logged and the pages go on without files.
 */
export function pageAssetsFrom(
  portalDir: string | undefined,
  log: { warn(object: unknown, message: string): void },
  retryMs = 5_000,
): () => PageAssets {
  if (portalDir === undefined) return () => NO_ASSETS;
  let found: PageAssets | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  return () => {
    if (found) return found;
    const now = Date.now();
    if (now - checkedAt < retryMs) return NO_ASSETS;
    checkedAt = now;
    try {
      found = readPageAssets(portalDir);
    } catch (error) {
      log.warn(
        { err: error },
        'the portal build manifest cannot be read; knowledge-base pages are served without their script and styles',
      );
    }
    return found ?? NO_ASSETS;
  };
}

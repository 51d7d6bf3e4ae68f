/**
 * The settings the api reads from its environment, found by scanning the sources of the api and
 * the libraries (tests and test support aside): `process.env.NAME`, `env.NAME`,
 * `env['NAME']` and `const { NAME } = process.env` on an environment object, and the names given to the config reader's helpers
 * (`text('NAME')`, `count('NAME', …)`: functions of a `name` that read `env[name]`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoDir } from './deploy-files';

const SCANNED = ['apps/api/src', 'libs'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'generated', 'testing', 'test-support']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const ON_ENVIRONMENT = /\benv(?:\.|\[\s*['"])([A-Z][A-Z0-9_]+)/g;
/** A reader's helper: `const text = (name: string…) =>` in a file that reads `env[name]`. */
const HELPER = /\bconst (\w+) = \(name: string\b/g;

/** `const { NAME, OTHER: alias } = process.env` */
const DESTRUCTURED = /\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g;

/** The setting names a source file reads. */
export function settingsReadFrom(source: string): string[] {
  const names = [...source.matchAll(ON_ENVIRONMENT)].map((match) => match[1]!);
  for (const [, fields] of source.matchAll(DESTRUCTURED))
    names.push(...[...fields!.matchAll(/\b([A-Z][A-Z0-9_]+)\b/g)].map((match) => match[1]!));
  if (/\benv\[name\]/.test(source)) {
    for (const [, helper] of source.matchAll(HELPER)) {
      const calls = new RegExp(`\\b${helper}\\(\\s*'([A-Z][A-Z0-9_]+)'`, 'g');
      names.push(...[...source.matchAll(calls)].map((match) => match[1]!));
    }
  }
  return names;
}

export function apiSettings(): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  for (const file of SCANNED.flatMap((dir) => sourceFiles(join(repoDir, dir)))) {
    for (const name of settingsReadFrom(readFileSync(file, 'utf8'))) {
      const files = settings.get(name) ?? [];
      const path = relative(repoDir, file);
      if (!files.includes(path)) files.push(path);
      settings.set(name, files);
    }
  }
  return settings;
}

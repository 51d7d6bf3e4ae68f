import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dates in Persian are in the Persian calendar with Persian digits everywhere in the console
// because they all go through one formatter, `useFormat()` from @deskstream/ui
// (`fa-IR-u-ca-persian-nu-arabext`). A date formatted any other way would slip back to the
// Gregorian calendar, so the console's own code never formats one itself.
const SOURCE = join(import.meta.dirname, '..');
const FORMATS_DATES_ITSELF = /\bIntl\.DateTimeFormat\b|\.toLocale(?:Date|Time)?String\(|\bIntl\.RelativeTimeFormat\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('dates in the console', () => {
  it('are formatted only through the shared formatter (Persian calendar in fa)', () => {
    const offenders = sourceFiles(SOURCE)
      .filter((path) => FORMATS_DATES_ITSELF.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SOURCE, path));
    expect(offenders).toEqual([]);
  });
});

/**
 * The boundary rule only means something if it fails: a store that imports a tool, or a library
 * that imports an app, must be an ESLint error. (ESLint skips the rule silently when Nx has no
 * project graph, which is why `npm run lint` asks Nx for the projects first.)
 */
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const probes: string[] = [];

async function lintProbe(relativePath: string, source: string): Promise<string[]> {
  const path = `${root}${relativePath}`;
  probes.push(path);
  await writeFile(path, source);
  const [result] = await new ESLint({ cwd: root }).lintFiles([path]);
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('Nx module boundaries', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [`${root}node_modules/nx/dist/bin/nx.js`, 'show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  });
  afterAll(async () => {
    await Promise.all(probes.map((p) => rm(p, { force: true })));
  });

  it('refuse an import from the store into a user-interface library', async () => {
    const messages = await lintProbe('apps/esdb-emulator/src/boundary-probe.ts', "import '@deskstream/ui';\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('refuse an import from a domain library into the store', async () => {
    const messages = await lintProbe('libs/identity/src/boundary-probe.ts', "import '@deskstream/esdb-emulator';\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('let a tool import the store', async () => {
    const messages = await lintProbe('tools/bench/src/boundary-probe.ts', "import '@deskstream/esdb-emulator';\n");
    expect(messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
  });
});

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
    execFileSync(process.execPath, [`${root}node_modules/nx/dist/bin/nx.js`, 'show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  });
  afterAll(async () => {
    await Promise.all(probes.map((p) => rm(p, { force: true })));
  });

  it('refuse an import from the store into a user-interface library', async () => {
    const messages = await lintProbe('apps/esdb-emulator/src/boundary-probe.ts', "import '@deskstream/ui';\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('refuse an import from a domain layer into the store', async () => {
    const messages = await lintProbe(
      'libs/identity/domain/src/boundary-probe.ts',
      "import '@deskstream/esdb-emulator';\n",
    );
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('let a tool import the store', async () => {
    const messages = await lintProbe('tools/bench/src/boundary-probe.ts', "import '@deskstream/esdb-emulator';\n");
    expect(messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
  });

  describe('keep a domain layer pure (it runs in the browser too)', () => {
    for (const [what, source] of [
      ['fastify', "import 'fastify';\n"],
      ['mercurius', "import 'mercurius';\n"],
      ['the store client', "import '@eventstore/db-client';\n"],
      ['vue', "import 'vue';\n"],
      ['the event-sourcing platform', "import '@deskstream/event-sourcing';\n"],
    ] as const) {
      it(`refuse ${what} in a domain file`, async () => {
        const messages = await lintProbe('libs/chat/domain/src/boundary-probe.ts', source);
        expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
      });
    }

    it("refuse Node's built-ins in a domain file", async () => {
      const messages = await lintProbe(
        'libs/knowledge-base/domain/src/boundary-probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      );
      expect(messages.join('\n')).toMatch(/no-restricted-imports/);
    });

    it('let a domain file use the domain kit', async () => {
      const messages = await lintProbe(
        'libs/outbox/domain/src/boundary-probe.ts',
        "import '@deskstream/domain-kit';\n",
      );
      expect(messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
    });
  });

  describe('let contexts meet only through domain layers', () => {
    it("refuse one context's read models reading another's read models", async () => {
      const messages = await lintProbe(
        'libs/chat/read-models/src/boundary-probe.ts',
        "import '@deskstream/identity-read-models';\n",
      );
      expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
    });

    it("refuse one context's GraphQL module using another's", async () => {
      const messages = await lintProbe('libs/outbox/api/src/boundary-probe.ts', "import '@deskstream/chat-api';\n");
      expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
    });

    it("let a context's read models fold another context's published events", async () => {
      const messages = await lintProbe(
        'libs/chat/read-models/src/boundary-probe.ts',
        "import '@deskstream/identity-domain';\n",
      );
      expect(messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
    });

    it('refuse the web server in a read-model layer', async () => {
      const messages = await lintProbe('libs/identity/read-models/src/boundary-probe.ts', "import 'mercurius';\n");
      expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
    });
  });

  describe('let the browser apps import domain layers only', () => {
    it('refuse a GraphQL module in the console', async () => {
      const messages = await lintProbe('apps/console/src/boundary-probe.ts', "import '@deskstream/chat-api';\n");
      expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
    });

    it('let the portal use a domain layer', async () => {
      const messages = await lintProbe('apps/portal/src/boundary-probe.ts', "import '@deskstream/chat-domain';\n");
      expect(messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'))).toEqual([]);
    });
  });
});

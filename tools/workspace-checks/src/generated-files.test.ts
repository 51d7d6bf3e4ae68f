/**
 * Generated GraphQL files are checked in (the whole schema for product teams' tools, the resolver
 * types, the apps' typed documents), so they must never be stale: this runs the code generator in
 * memory and compares every output with the file in the repository. Generating also validates
 * every client operation against the schema, so an operation that does not validate fails here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function generatedInMemory(): Promise<{ filename: string; content: string }[]> {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { default: config } = await import(join(root, 'codegen.ts'));
    return await generate({ ...config, cwd: root, silent: true }, false);
  } finally {
    process.chdir(previous);
  }
}

describe('generated GraphQL files', () => {
  it('are what `npm run codegen` makes from the SDL and the operations today', async () => {
    const outputs = await generatedInMemory();
    expect(outputs.map((o) => o.filename)).toContain('schema.graphql');
    const stale: string[] = [];
    for (const output of outputs) {
      const onDisk = await readFile(join(root, output.filename), 'utf8').catch(() => null);
      if (onDisk !== output.content) stale.push(output.filename);
    }
    expect(stale, 'stale generated files: run `npm run codegen` and commit the result').toEqual([]);
  });
});

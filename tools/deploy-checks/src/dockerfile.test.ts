/** deploy/Dockerfile, read without a container engine: its stages, what the image runs, and as whom. */
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './deploy-files';

interface Stage {
  name: string;
  from: string;
  instructions: { keyword: string; args: string }[];
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments dropped). */
function stagesOf(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, from = '', name = ''] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
      stages.push({ name, from, instructions: [] });
    } else stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

const stages = stagesOf(readRepoFile('deploy/Dockerfile'));
const stage = (name: string) => stages.find((each) => each.name === name)!;
const args = (of: Stage, keyword: string) =>
  of.instructions.filter((each) => each.keyword === keyword).map((each) => each.args);

describe('the Dockerfile', () => {
  it('has a build stage and a runtime stage, the runtime last', () => {
    expect(stages.map((each) => each.name)).toEqual(['build', 'runtime']);
  });

  it('builds the web apps and compiles the api to JavaScript in the build stage', () => {
    const runs = args(stage('build'), 'RUN').join('\n');
    expect(runs).toMatch(/npm ci/);
    expect(runs).toMatch(/npm run build -w @deskstream\/console -w @deskstream\/portal -w @deskstream\/api/);
    expect(runs).toMatch(/npm ci --omit=dev/);
  });

  it('runs the compiled api with plain node, as a user that is not root, from files it cannot change', () => {
    const runtime = stage('runtime');
    const users = args(runtime, 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(users[0]).toBe('deskstream:deskstream');
    expect(args(runtime, 'COPY')).toEqual(['--from=build /out/ /app/']);
    const command = JSON.parse(args(runtime, 'CMD')[0]!) as string[];
    expect(command[0]).toBe('node');
    expect(command.at(-1)).toBe('apps/api/dist/main.js');
    expect(runtime.instructions.map((each) => each.args).join('\n')).not.toMatch(/\btsx\b/);
    expect(args(runtime, 'HEALTHCHECK')[0]).toMatch(/\/health\/live/);
  });

  it('keeps installed packages and local data out of the build context', () => {
    const ignored = readRepoFile('deploy/Dockerfile.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/dist', '**/.data', '.git']) expect(ignored).toContain(entry);
  });
});

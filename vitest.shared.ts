/**
 * One test-kind convention for the whole repo, as vitest projects every package shares:
 * `*.test.ts` unit tests (no store, no browser), `*.integration.test.ts` through the real client
 * and the emulator, `*.browser.test.ts` in real headless Chromium. `vitest run --project unit`
 * (or `integration`, `browser`) selects one kind.
 */
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

const INTEGRATION = 'src/**/*.integration.test.ts';
const BROWSER = 'src/**/*.browser.test.ts';

export function testProjects(
  options: Pick<TestOptions, 'environment' | 'setupFiles' | 'globalSetup'> & { timeoutMs?: number } = {},
): TestOptions {
  const { timeoutMs = 20_000, ...shared } = options;
  const project = (
    name: string,
    include: string[],
    exclude: string[] = [],
    extra: TestOptions = {},
  ): TestProjectInlineConfiguration => ({
    extends: true,
    test: { name, include, exclude: ['**/node_modules/**', ...exclude], ...extra },
  });
  return {
    ...shared,
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
    passWithNoTests: true,
    projects: [
      project('unit', ['src/**/*.test.ts'], [INTEGRATION, BROWSER]),
      project('integration', [INTEGRATION]),
      // One browser at a time on a small machine: browser files run one after another.
      project('browser', [BROWSER], [], { fileParallelism: false }),
    ],
  };
}

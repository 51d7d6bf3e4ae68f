/** Every Prometheus series the api defines (apps/api/src/metrics.ts) is described in docs/deployment.md. */
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './deploy-files';

const defined = [...readRepoFile('apps/api/src/metrics.ts').matchAll(/name: '(deskstream_\w+)'/g)].map((m) => m[1]!);
const doc = readRepoFile('docs/deployment.md');

describe('the metrics in docs/deployment.md', () => {
  it('finds the series the api defines', () => {
    expect(defined).toContain('deskstream_command_duration_seconds');
    expect(defined.length).toBeGreaterThan(5);
  });

  it.each(defined)('%s is described', (series) => {
    expect(doc).toContain(`\`${series}\``);
  });
});

/** Canonical and hreflang links never take their origin from the Host header a stranger sends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('knowledge-base pages without PUBLIC_ORIGIN', () => {
  it('link canonical and alternate pages relatively, whatever Host says', async () => {
    const page = await api.app.inject({
      method: 'GET',
      url: '/kb/en',
      headers: { accept: 'text/html', host: 'attacker.example' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('attacker.example');
    expect(page.body).toContain('<link rel="canonical" href="/kb/en">');
  });
});

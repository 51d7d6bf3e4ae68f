import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createConsoleRouter } from './router';
import { createConsoleHarness, staffMember } from './testing/console-harness';

describe('createConsoleRouter', () => {
  it('sends a visitor without a session to sign-in, keeping where they were going', async () => {
    const { pinia, app } = createConsoleHarness();
    const router = createConsoleRouter(pinia, createMemoryHistory('/console/'));
    app.use(router);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('sign-in');
    await router.push('/somewhere');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('lets a restored session in and keeps it off the sign-in page', async () => {
    const { pinia, app } = createConsoleHarness({ Me: () => ({ data: { me: staffMember() } }) }, { token: 'saved' });
    const router = createConsoleRouter(pinia, createMemoryHistory('/console/'));
    app.use(router);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('presence');
    await router.push('/sign-in');
    expect(router.currentRoute.value.name).toBe('presence');
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createConsoleRouter } from '../router';
import type { Role } from '../generated/graphql';
import { createConsoleHarness, staffMember } from '../testing/console-harness';

async function routerFor(roles: Role[]) {
  const { pinia, app } = createConsoleHarness(
    { Me: () => ({ data: { me: staffMember({ roles }) } }) },
    { token: 'saved' },
  );
  const router = createConsoleRouter(pinia, createMemoryHistory('/console/'));
  app.use(router);
  return router;
}

const navLabels = (router: Awaited<ReturnType<typeof routerFor>>, roles: Role[]) =>
  router
    .getRoutes()
    .filter((route) => route.meta.nav && (!route.meta.roles || roles.some((role) => route.meta.roles!.includes(role))))
    .sort((a, b) => a.meta.nav!.order - b.meta.nav!.order)
    .map((route) => route.meta.nav!.label)
    .filter((label) => label.startsWith('kb.'));

describe("the knowledge base's routes", () => {
  it('open the articles and the editor to agents, supervisors and admins', async () => {
    const router = await routerFor(['AGENT']);
    await router.push('/articles');
    expect(router.currentRoute.value.name).toBe('kb-articles');
    await router.push('/articles/new');
    expect(router.currentRoute.value.name).toBe('kb-article-new');
    await router.push('/articles/error-1603.en');
    expect(router.currentRoute.value.name).toBe('kb-article');
    await router.push('/articles/inbox');
    expect(router.currentRoute.value.name).toBe('kb-inbox');
    expect(navLabels(router, ['AGENT'])).toEqual(['kb.nav', 'kb.tabs.inbox']);
  });

  it('keep product teams out of the editor, show them the articles to read and the visitor inbox', async () => {
    const router = await routerFor(['PRODUCT']);
    await router.push('/articles/error-1603.en');
    expect(router.currentRoute.value.name).toBe('feedback-inbox');
    await router.push('/articles/new');
    expect(router.currentRoute.value.name).toBe('feedback-inbox');
    await router.push('/articles/inbox');
    expect(router.currentRoute.value.name).toBe('kb-inbox');
    await router.push('/articles');
    expect(router.currentRoute.value.name).toBe('kb-articles');
    expect(navLabels(router, ['PRODUCT'])).toEqual(['kb.nav', 'kb.tabs.inbox']);
  });
});

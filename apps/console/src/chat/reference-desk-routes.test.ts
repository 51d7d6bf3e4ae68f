import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Role } from '../generated/graphql';
import { createConsoleRouter } from '../router';
import ConsoleNav from '../shell/ConsoleNav.vue';
import { createConsoleHarness, staffMember } from '../testing/console-harness';

async function signedInAs(roles: Role[]) {
  const harness = createConsoleHarness({ Me: () => ({ data: { me: staffMember({ roles }) } }) }, { token: 'saved' });
  const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
  harness.app.use(router);
  return { ...harness, router };
}

describe('the reference desk’s pages', () => {
  it('let agents in to the chat desk and the outbox, but not to the supervisor page', async () => {
    const { router } = await signedInAs(['AGENT']);
    await router.push('/chats');
    expect(router.currentRoute.value.name).toBe('chats');
    await router.push('/outbox');
    expect(router.currentRoute.value.name).toBe('outbox');
    await router.push('/supervisor');
    expect(router.currentRoute.value.name).toBe('chats');
  }, 30_000); // the first visit loads the pages' code

  it('let supervisors and admins in to the supervisor page, and keep product teams out of the desk', async () => {
    for (const roles of [['SUPERVISOR'], ['ADMIN']] as Role[][]) {
      const { router } = await signedInAs(roles);
      await router.push('/supervisor');
      expect(router.currentRoute.value.name).toBe('supervisor');
    }
    const { router } = await signedInAs(['PRODUCT']);
    await router.push('/chats');
    expect(router.currentRoute.value.name).toBe('feedback-inbox');
  }, 30_000);

  it('are listed in the navigation for the roles that may open them, the chat desk first', async () => {
    const { router, plugin } = await signedInAs(['AGENT']);
    await router.push('/chats');
    const agentNav = mount(ConsoleNav, { global: { plugins: [plugin, router] } });
    await flushPromises();
    const links = agentNav.findAll('a').map((link) => link.text());
    expect(links.slice(0, 2)).toEqual(['Chats', 'Online agents']);
    expect(links).toContain('Outbox');
    expect(links).not.toContain('Supervisor');

    const supervisor = await signedInAs(['SUPERVISOR']);
    await supervisor.router.push('/');
    const supervisorNav = mount(ConsoleNav, { global: { plugins: [supervisor.plugin, supervisor.router] } });
    await flushPromises();
    expect(supervisorNav.findAll('a').map((link) => link.text())).toContain('Supervisor');
  });
});

import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Role } from './generated/graphql';
import { createConsoleRouter } from './router';
import ConsoleNav from './shell/ConsoleNav.vue';
import { createConsoleHarness, staffMember } from './testing/console-harness';

async function signedInAs(roles: Role[]) {
  const harness = createConsoleHarness({ Me: () => ({ data: { me: staffMember({ roles }) } }) }, { token: 'saved' });
  const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
  harness.app.use(router);
  await router.push('/');
  return { ...harness, router };
}

/** The main navigation as the role sees it, by `data-test` hook. */
async function navFor(roles: Role[]): Promise<string[]> {
  const { router, plugin } = await signedInAs(roles);
  const nav = mount(ConsoleNav, { global: { plugins: [plugin, router] } });
  const entries = nav.findAll('a').map((link) => link.attributes('data-test') ?? '');
  nav.unmount();
  return entries;
}

describe('createConsoleRouter', () => {
  it('sends a visitor without a session to sign-in, keeping where they were going', async () => {
    const { pinia, app } = createConsoleHarness();
    const router = createConsoleRouter(pinia, createMemoryHistory('/console/'));
    app.use(router);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('sign-in');
    await router.push('/somewhere');
    expect(router.currentRoute.value.name).toBe('sign-in');
    await router.push('/chats');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/chats' });
  });

  it('lets a restored session in and keeps it off the sign-in page', async () => {
    const { router } = await signedInAs(['AGENT']);
    expect(router.currentRoute.value.name).toBe('chats');
    await router.push('/sign-in');
    expect(router.currentRoute.value.name).toBe('chats');
  });

  it('starts agents and supervisors at the chat desk, with the board one click away', async () => {
    for (const roles of [['AGENT'], ['SUPERVISOR'], ['AGENT', 'SUPERVISOR']] as Role[][]) {
      const { router } = await signedInAs(roles);
      expect(router.currentRoute.value.name, roles.join()).toBe('chats');
      await router.push('/online');
      expect(router.currentRoute.value.name, roles.join()).toBe('presence');
    }
  });

  it('starts admins at the articles; they still see the board, the outbox and the supervisor page', async () => {
    const { router } = await signedInAs(['ADMIN']);
    expect(router.currentRoute.value.name).toBe('kb-articles');
    for (const page of ['presence', 'outbox', 'supervisor', 'kb-inbox'] as const) {
      await router.push({ name: page });
      expect(router.currentRoute.value.name).toBe(page);
    }
  });

  it('starts the product team at its feedback inbox, and keeps them off what the api refuses them', async () => {
    const { router } = await signedInAs(['PRODUCT']);
    expect(router.currentRoute.value.name).toBe('feedback-inbox');
    for (const path of [
      '/online',
      '/chats',
      '/outbox',
      '/supervisor',
      '/articles/new',
      '/articles/error-1603.en',
      '/feedback',
    ]) {
      await router.push(path);
      expect(router.currentRoute.value.name, path).toBe('feedback-inbox');
    }
    await router.push('/articles');
    expect(router.currentRoute.value.name).toBe('kb-articles');
    await router.push('/articles/inbox');
    expect(router.currentRoute.value.name).toBe('kb-inbox');
  });

  it('lists in the navigation only the pages each role may open', async () => {
    expect(await navFor(['AGENT'])).toEqual([
      'nav-chats',
      'nav-presence',
      'nav-tickets',
      'nav-calls',
      'nav-customers',
      'nav-chat-archive',
      'nav-patrons',
      'nav-feedback-queue',
      'nav-bookings-calendar',
      'nav-bookings-requests',
      'nav-outbox',
      'nav-kb-articles',
      'nav-kb-inbox',
    ]);
    expect(await navFor(['SUPERVISOR'])).toEqual([
      'nav-chats',
      'nav-presence',
      'nav-tickets',
      'nav-calls',
      'nav-customers',
      'nav-chat-archive',
      'nav-patrons',
      'nav-feedback-queue',
      'nav-supervisor',
      'nav-operations',
      'nav-bookings-calendar',
      'nav-bookings-requests',
      'nav-outbox',
      'nav-feedback-report',
      'nav-kb-articles',
      'nav-kb-inbox',
      'nav-ticket-settings',
    ]);
    expect(await navFor(['PRODUCT'])).toEqual([
      'nav-feedback-inbox',
      'nav-feedback-report',
      'nav-kb-articles',
      'nav-kb-inbox',
    ]);
    const admin = await navFor(['ADMIN']);
    for (const entry of [
      'nav-kb-articles',
      'nav-outbox',
      'nav-supervisor',
      'nav-chat-archive',
      'nav-bookings-calendar',
      'nav-tickets',
      'nav-ticket-settings',
      'nav-calls',
      'nav-calls-settings',
      'nav-customers',
      'nav-customer-products',
      'nav-patrons',
      'nav-security-log',
      'nav-staff-access',
      'nav-feedback-queue',
      'nav-feedback-teams',
      'nav-operations',
    ])
      expect(admin).toContain(entry);
    expect(await navFor(['SUPERVISOR'])).not.toContain('nav-security-log');
    expect(admin).not.toContain('nav-chats');
    expect(await navFor(['AGENT'])).not.toContain('nav-operations');
    expect(await navFor(['SUPERVISOR'])).not.toContain('nav-calls-settings');
    expect(await navFor(['SUPERVISOR'])).not.toContain('nav-customer-products');
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { createConsoleRouter } from '../router';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fakeBrowser } from '../testing/fake-notifications';
import {
  desktopNotificationsKey,
  DESKTOP_NOTIFICATIONS_KEY,
  useDesktopNotifications,
  type DesktopNotificationsEnvironment,
} from './desktop-notifications';
import ProfileMenu from './ProfileMenu.vue';

async function consoleWith(env: DesktopNotificationsEnvironment | undefined) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['AGENT'] }) } } }),
  });
  const router: Router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
  harness.app.use(router);
  if (env) harness.app.provide(desktopNotificationsKey, env);
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  await router.isReady();
  await router.push('/online');
  const notifications = harness.app.runWithContext(() => useDesktopNotifications());
  return { ...harness, router, notifications };
}

const NEW_CHAT = {
  title: 'New chat — Law',
  body: 'Reza Karimi: Is the library open on Friday?',
  url: '/chats',
  tag: 'chat-c1',
};

describe('desktop notifications', () => {
  it('never asks on their own; the agent enables them, and the choice is kept', async () => {
    const browser = fakeBrowser();
    const { notifications } = await consoleWith(browser.env);
    expect(browser.requests()).toBe(0);
    expect(notifications.supported).toBe(true);
    expect(notifications.enabled).toBe(false);
    browser.page.visibilityState = 'hidden';
    expect(notifications.notifyDesktop(NEW_CHAT)).toBe(false);
    expect(browser.shown).toEqual([]);

    await notifications.enable();
    expect(browser.requests()).toBe(1);
    expect(notifications.enabled).toBe(true);
    expect(browser.storage.get(DESKTOP_NOTIFICATIONS_KEY)).toBe('on');

    const again = await consoleWith(fakeBrowser({ permission: 'granted', saved: 'on' }).env);
    expect(again.notifications.enabled).toBe(true);
  });

  it("shows a notice only while the page is hidden, in the console's language, and a click leads to it", async () => {
    const browser = fakeBrowser({ permission: 'granted', saved: 'on' });
    const { notifications, router } = await consoleWith(browser.env);
    expect(notifications.notifyDesktop(NEW_CHAT)).toBe(false);
    browser.page.visibilityState = 'hidden';
    expect(notifications.notifyDesktop(NEW_CHAT)).toBe(true);
    expect(browser.shown).toHaveLength(1);
    expect(browser.shown[0]!.title).toBe('New chat — Law');
    expect(browser.shown[0]!.options).toMatchObject({ body: NEW_CHAT.body, tag: 'chat-c1', lang: 'fa', dir: 'rtl' });

    expect(router.currentRoute.value.name).toBe('presence');
    browser.shown[0]!.onclick!(new Event('click'));
    expect(browser.focused()).toBe(1);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('chats'));
    expect(browser.shown[0]!.closed).toBe(true);
  });

  it('stays quiet when turned off, refused by the browser, or not supported', async () => {
    const on = fakeBrowser({ permission: 'granted', saved: 'on' });
    const first = await consoleWith(on.env);
    on.page.visibilityState = 'hidden';
    first.notifications.disable();
    expect(first.notifications.notifyDesktop(NEW_CHAT)).toBe(false);
    expect(on.storage.get(DESKTOP_NOTIFICATIONS_KEY)).toBe('off');

    const refused = fakeBrowser({ answer: 'denied' });
    const second = await consoleWith(refused.env);
    await second.notifications.enable();
    expect(second.notifications.permission).toBe('denied');
    expect(second.notifications.enabled).toBe(false);

    const none = await consoleWith({ ...fakeBrowser().env, Notification: undefined });
    expect(none.notifications.supported).toBe(false);
    expect(none.notifications.notifyDesktop(NEW_CHAT)).toBe(false);
  });

  it('is offered in the profile menu, and says when the browser blocks it', async () => {
    const browser = fakeBrowser();
    const { plugin, router } = await consoleWith(browser.env);
    const menu = mount(ProfileMenu, {
      global: { plugins: [plugin, router], provide: { [desktopNotificationsKey as symbol]: browser.env } },
    });
    await menu.get('button[aria-expanded]').trigger('click');
    const enable = menu.get('[data-test="desktop-notifications-enable"]');
    expect(enable.text()).toBe('Enable desktop notifications');
    await enable.trigger('click');
    await flushPromises();
    expect(browser.requests()).toBe(1);
    expect(menu.get('[data-test="desktop-notifications-disable"]').text()).toBe('Turn off desktop notifications');
    menu.unmount();

    const blocked = fakeBrowser({ permission: 'denied' });
    const other = await consoleWith(blocked.env);
    const blockedMenu = mount(ProfileMenu, { global: { plugins: [other.plugin, other.router] } });
    expect(blockedMenu.get('[data-test="desktop-notifications-enable"]').attributes('disabled')).toBeDefined();
    expect(blockedMenu.text()).toContain('blocked for this site');
    blockedMenu.unmount();
  });
});

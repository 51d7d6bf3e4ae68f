import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { usePresenceStore } from '../presence/presence-store';
import { createConsoleRouter } from '../router';
import { desktopNotificationsKey, type DesktopNotificationsEnvironment } from '../shell/desktop-notifications';
import { staffMember } from '../testing/console-harness';
import { fakeBrowser } from '../testing/fake-notifications';
import ChatDeskAlerts from './ChatDeskAlerts.vue';
import { chimeKey } from './chat-alerts-store';
import { chatSummary, signedInDesk } from './testing/desk-fixtures';

const reza = chatSummary({ id: 'c1' });
const leila = chatSummary({ id: 'c2', visitor: { name: 'Leila', email: null } });

async function mountAlerts(locale = 'en', desktop?: DesktopNotificationsEnvironment) {
  const harness = await signedInDesk(
    {
      PendingChats: () => ({ data: { pendingChats: [] } }),
      SetPresence: () => ({
        data: { setPresence: staffMember({ presence: 'ONLINE', onlineSince: '2026-03-21T08:00:00Z' }) },
      }),
      OnlineAgents: () => ({ data: { onlineAgents: [] } }),
    },
    { locale },
  );
  const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
  harness.app.use(router);
  if (desktop) harness.app.provide(desktopNotificationsKey, desktop);
  await router.push('/online');
  let chimes = 0;
  const wrapper = mount(ChatDeskAlerts, {
    global: {
      plugins: [harness.plugin, router],
      provide: {
        [chimeKey as symbol]: () => chimes++,
        ...(desktop ? { [desktopNotificationsKey as symbol]: desktop } : {}),
      },
    },
  });
  await flushPromises();
  return { ...harness, wrapper, router, chimes: () => chimes };
}

describe('ChatDeskAlerts', () => {
  it('chimes when a chat arrives while the agent is online, and puts the count of new chats in the tab title', async () => {
    const { fake, pinia, wrapper, chimes } = await mountAlerts();
    expect(document.title).toBe('Deskstream Console');
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: 'dep-letters', chats: [reza] } });
    expect(chimes()).toBe(0);
    await usePresenceStore(pinia).setMyPresence('ONLINE');
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: 'dep-letters', chats: [reza, leila] } });
    expect(chimes()).toBe(1);
    await flushPromises();
    expect(document.title).toBe('(2) New chat — Deskstream Console');
    wrapper.unmount();
    expect(document.title).toBe('Deskstream Console');
  });

  it('stays quiet when muted, and writes the title in Persian', async () => {
    const { fake, pinia, wrapper, chimes } = await mountAlerts('fa');
    const { useChatAlertsStore } = await import('./chat-alerts-store');
    useChatAlertsStore(pinia).setMuted(true);
    await usePresenceStore(pinia).setMyPresence('ONLINE');
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: 'dep-letters', chats: [reza] } });
    expect(chimes()).toBe(0);
    await flushPromises();
    expect(document.title).toBe('(۱) گفت‌وگوی جدید — پیشخوان دسک‌استریم');
    useChatAlertsStore(pinia).setMuted(false);
    wrapper.unmount();
  });

  it('shows a new chat on the desktop while the tab is hidden, once desktop notifications are enabled', async () => {
    const browser = fakeBrowser({ permission: 'granted', saved: 'on' });
    const { fake, pinia, wrapper } = await mountAlerts('en', browser.env);
    await usePresenceStore(pinia).setMyPresence('ONLINE');
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: 'dep-letters', chats: [reza] } });
    expect(browser.shown).toEqual([]);
    browser.page.visibilityState = 'hidden';
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: 'dep-letters', chats: [reza, leila] } });
    expect(browser.shown.map((notice) => notice.title)).toEqual(['New chat from Leila']);
    expect(browser.shown[0]!.options?.tag).toBe('chat-c2');
    wrapper.unmount();
  });
});

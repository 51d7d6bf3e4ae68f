import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App, Plugin } from 'vue';
import { useSessionStore } from '../session/session-store';
import { desktopNotificationsKey } from '../shell/desktop-notifications';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fakeBrowser } from '../testing/fake-notifications';
import { call, SARA } from './testing/call-fixtures';
import { mountCalls } from './testing/mount-calls';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function ringing(options: { locale?: string; hidden?: boolean } = {}) {
  const browser = fakeBrowser({ permission: 'granted', saved: 'on' });
  if (options.hidden) browser.page.visibilityState = 'hidden';
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      LiveCalls: () => ({ data: { calls: { nodes: [] } } }),
      Call: ({ id }) => ({ data: { call: call({ id: String(id), takenBy: SARA, state: 'ANSWERED' }) } }),
      TakeCall: ({ callId }) => ({
        data: { takeCall: call({ id: String(callId), takenBy: SARA, state: 'ANSWERED' }) },
      }),
      TicketSettings: () => ({ data: { ticketSettings: { requesterTypes: [], departments: [] } } }),
    },
    { locale: options.locale },
  );
  // The page's Notification API, visibility and storage are the fake browser's.
  const plugin: Plugin = {
    install(app: App) {
      app.use(harness.plugin);
      app.provide(desktopNotificationsKey, browser.env);
    },
  };
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountCalls(plugin, harness.pinia, '/', { ringer: true });
  return { harness, browser, ...mounted };
}

describe('the console rings for an incoming call', () => {
  it('shows the identified caller on any page, says it once to a screen reader, and takes it with Alt+Shift+C', async () => {
    const { harness, wrapper, router } = await ringing();
    expect(wrapper.find('[data-test="call-ring"]').exists()).toBe(false);
    harness.fake.push('CallsChanged', { callsChanged: call() });
    await flushPromises();
    const banner = wrapper.get('[data-test="call-ring"]');
    expect(banner.attributes('aria-label')).toBe('Incoming call');
    expect(banner.get('[data-test="caller-name"]').text()).toBe('Negah Publishing');
    expect(banner.get('[data-test="caller-open-ticket"]').text()).toContain('Reader will not start');
    expect(wrapper.get('[data-test="call-ring-announcement"]').text()).toBe('Call from Negah Publishing');

    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyC', altKey: true, shiftKey: true, bubbles: true }));
    await flushPromises();
    expect(harness.fake.calls.filter((each) => each.name === 'TakeCall')[0]!.variables).toMatchObject({
      callId: 'cti-1',
    });
    expect(router.currentRoute.value.fullPath).toBe('/calls/cti-1');
    expect(wrapper.find('[data-test="call-ring"]').exists()).toBe(false);
  });

  it('does not ring for a call the PBX rings at a colleague, nor once someone took it', async () => {
    const { harness, wrapper } = await ringing();
    harness.fake.push('CallsChanged', { callsChanged: call({ ringing: [{ id: 'agent-2', name: 'Minh' }] }) });
    await flushPromises();
    expect(wrapper.find('[data-test="call-ring"]').exists()).toBe(false);
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-2' }) });
    await flushPromises();
    wrapper.get('[data-test="call-ring"]');
    harness.fake.push('CallsChanged', {
      callsChanged: call({ id: 'cti-2', takenBy: { id: 'agent-2', name: 'Minh' } }),
    });
    await flushPromises();
    expect(wrapper.find('[data-test="call-ring"]').exists()).toBe(false);
  });

  it('puts an unknown caller on the desktop while the tab is hidden, in Persian', async () => {
    const { harness, browser, wrapper } = await ringing({ hidden: true, locale: 'fa' });
    harness.fake.push('CallsChanged', {
      callsChanged: call({ caller: null, counterpart: { raw: '030 5557160', e164: '+49305557160' } }),
    });
    await flushPromises();
    expect(browser.shown.map((each) => each.title)).toEqual(['تماس ورودی: 030 5557160']);
    expect(browser.shown[0]!.options).toMatchObject({ tag: 'call-cti-1' });
    expect(wrapper.get('[data-test="caller-name"]').text()).toBe('تماس‌گیرندهٔ ناشناس');
    wrapper.get('[data-test="caller-record"]');
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import PresenceSwitch from './PresenceSwitch.vue';

/** The header's switch and the profile menu's switch, side by side. */
const TwoSwitches = defineComponent(
  () => () => h('div', [h(PresenceSwitch, { shortcut: 'Alt+Shift+O' }), h(PresenceSwitch)]),
);

async function signedInHarness(setPresence: Parameters<typeof createConsoleHarness>[0] = {}, locale = 'en') {
  const harness = createConsoleHarness(
    { SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }), ...setPresence },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  return harness;
}

describe('PresenceSwitch', () => {
  it('is a labelled switch that shows the agent offline at first', async () => {
    const { plugin } = await signedInHarness();
    const wrapper = mount(PresenceSwitch, { global: { plugins: [plugin] } });
    const button = wrapper.get('button[role="switch"]');
    expect(button.attributes('aria-checked')).toBe('false');
    expect(button.find('.visually-hidden').text()).toBe('Online');
    expect(button.text()).toContain('Offline');
  });

  it('keeps both places in step: switching in one shows in the other', async () => {
    const { plugin, fake } = await signedInHarness({
      SetPresence: ({ status }) => ({ data: { setPresence: staffMember({ presence: status as 'ONLINE' }) } }),
    });
    const wrapper = mount(TwoSwitches, { global: { plugins: [plugin] } });
    const [header, menu] = wrapper.findAll('button[role="switch"]');

    await header!.trigger('click');
    await flushPromises();
    expect(header!.attributes('aria-checked')).toBe('true');
    expect(menu!.attributes('aria-checked')).toBe('true');

    await menu!.trigger('click');
    await flushPromises();
    expect(header!.attributes('aria-checked')).toBe('false');
    expect(fake.calls.filter((call) => call.name === 'SetPresence').map((call) => call.variables['status'])).toEqual([
      'ONLINE',
      'OFFLINE',
    ]);
  });

  it('announces the shortcut on the switch that has one', async () => {
    const { plugin } = await signedInHarness();
    const wrapper = mount(TwoSwitches, { global: { plugins: [plugin] } });
    const [header, menu] = wrapper.findAll('button[role="switch"]');
    expect(header!.attributes('aria-keyshortcuts')).toBe('Alt+Shift+O');
    expect(menu!.attributes('aria-keyshortcuts')).toBeUndefined();
  });

  it('shows why a switch failed, translated', async () => {
    const { plugin } = await signedInHarness(
      { SetPresence: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }) },
      'ja',
    );
    const wrapper = mount(PresenceSwitch, { global: { plugins: [plugin] } });
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('この操作を行う権限がありません。');
    expect(wrapper.get('button').attributes('aria-checked')).toBe('false');
  });
});

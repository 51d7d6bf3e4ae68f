import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import type { Role } from '../generated/graphql';
import ConsoleHeader from './ConsoleHeader.vue';
import ProfileMenu from './ProfileMenu.vue';

async function mountMenu(locale = 'en', roles: Role[] = ['AGENT', 'SUPERVISOR']) {
  const harness = createConsoleHarness(
    { SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }) },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const wrapper = mount(ProfileMenu, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  return wrapper;
}

describe('ProfileMenu', () => {
  it("shows the agent's name on a button that opens the panel", async () => {
    const wrapper = await mountMenu();
    const trigger = wrapper.get('button[aria-expanded]');
    expect(trigger.text()).toContain('Sara Ahmadi');
    expect(trigger.get('.profile-menu__avatar').text()).toBe('SA');
    expect(trigger.attributes('aria-expanded')).toBe('false');
    const panel = wrapper.get(`#${trigger.attributes('aria-controls')}`);
    expect(panel.isVisible()).toBe(false);

    await trigger.trigger('click');
    await flushPromises();
    expect(trigger.attributes('aria-expanded')).toBe('true');
    expect(panel.isVisible()).toBe(true);
    expect(panel.text()).toContain('Agent and Supervisor');
    expect(panel.text()).toContain('Letters');
    expect(document.activeElement).toBe(panel.get('[role="switch"]').element);
    wrapper.unmount();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const wrapper = await mountMenu();
    const trigger = wrapper.get('button[aria-expanded]');
    await trigger.trigger('click');
    await flushPromises();
    await wrapper.get('[role="switch"]').trigger('keydown', { key: 'Escape' });
    expect(trigger.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger.element);
    wrapper.unmount();
  });

  it("offers the presence switch and sign-out, in the reader's language", async () => {
    const wrapper = await mountMenu('fa');
    await wrapper.get('button[aria-expanded]').trigger('click');
    expect(wrapper.find('[role="switch"]').exists()).toBe(true);
    const signOut = wrapper.findAll('button').find((button) => button.text() === 'خروج')!;
    await signOut.trigger('click');
    expect(wrapper.emitted('sign-out')).toHaveLength(1);
    wrapper.unmount();
  });

  it('offers the presence switch only to staff who answer chats: not to admins or the product team', async () => {
    for (const roles of [['ADMIN'], ['PRODUCT']] as Role[][]) {
      const wrapper = await mountMenu('en', roles);
      await wrapper.get('button[aria-expanded]').trigger('click');
      await flushPromises();
      expect(wrapper.find('[role="switch"]').exists(), roles.join()).toBe(false);
      expect(document.activeElement, roles.join()).toBe(wrapper.get('.profile-menu__panel button').element);
      wrapper.unmount();
    }
  });
});

describe('ConsoleHeader', () => {
  async function mountHeader(roles: Role[]) {
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }),
    });
    await useSessionStore(harness.pinia).signIn('someone', 'right');
    return mount(ConsoleHeader, { props: { presenceShortcut: 'Alt+Shift+O' }, global: { plugins: [harness.plugin] } });
  }

  it('shows the online/offline switch to agents and supervisors only', async () => {
    expect((await mountHeader(['AGENT'])).find('[role="switch"]').exists()).toBe(true);
    expect((await mountHeader(['SUPERVISOR'])).find('[role="switch"]').exists()).toBe(true);
    expect((await mountHeader(['ADMIN'])).find('[role="switch"]').exists()).toBe(false);
    expect((await mountHeader(['PRODUCT'])).find('[role="switch"]').exists()).toBe(false);
  });
});

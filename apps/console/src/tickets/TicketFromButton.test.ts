import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import TicketFromButton from './TicketFromButton.vue';

async function mountButton(props: { chatId?: string; questionId?: string }, fails = false) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    TicketFromChat: () =>
      fails
        ? { errors: [{ message: 'no', code: 'NOT_FOUND', reason: 'TICKET_NOT_FOUND' }] }
        : { data: { ticketFromChat: { id: 'ticket-9', number: 1050 } } },
    TicketFromOfflineQuestion: () => ({ data: { ticketFromOfflineQuestion: { id: 'ticket-8', number: 1049 } } }),
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/tickets/:number', name: 'ticket', component: { render: () => null } },
    ],
  });
  await router.push('/');
  const wrapper = mount(TicketFromButton, { props, global: { plugins: [harness.plugin, router] } });
  return { ...harness, wrapper, router };
}

describe('open as ticket', () => {
  it('turns a chat into a ticket once per button, and goes to it', async () => {
    const { wrapper, fake, router } = await mountButton({ chatId: 'chat-1' });
    await wrapper.get('[data-test="ticket-from"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-test="ticket-from"]').trigger('click');
    await flushPromises();
    const calls = fake.calls.filter((call) => call.name === 'TicketFromChat');
    expect(calls.map((call) => call.variables['chatId'])).toEqual(['chat-1', 'chat-1']);
    expect(calls[0]!.variables['commandId']).toBe(calls[1]!.variables['commandId']);
    expect(router.currentRoute.value.fullPath).toBe('/tickets/1050');
  });

  it('turns an offline question into a ticket', async () => {
    const { wrapper, router } = await mountButton({ questionId: 'question-1' });
    await wrapper.get('[data-test="ticket-from"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/tickets/1049');
  });

  it('says why it could not', async () => {
    const { wrapper } = await mountButton({ chatId: 'chat-1' }, true);
    await wrapper.get('[data-test="ticket-from"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('That ticket no longer exists.');
  });
});

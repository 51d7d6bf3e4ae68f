import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatDeskPage from './ChatDeskPage.vue';
import { useChatDeskStore } from './chat-desk-store';
import { chatSummary, myChat, offlineQuestion, signedInDesk, visitorEntry } from './testing/desk-fixtures';

const second = myChat({
  id: 'chat-2',
  visitor: { name: 'Minh Tran', email: null },
  requestedAt: '2026-03-21T08:10:00.000Z',
});

async function mountDesk(resolvers: Parameters<typeof signedInDesk>[0] = {}) {
  const harness = await signedInDesk({
    MyChats: () => ({ data: { myChats: [myChat(), second] } }),
    PendingChats: () => ({
      data: { pendingChats: [chatSummary({ id: 'chat-3', visitor: { name: 'Leila', email: null } })] },
    }),
    OfflineQuestions: () => ({ data: { offlineQuestions: [offlineQuestion()] } }),
    ...resolvers,
  });
  const wrapper = mount(ChatDeskPage, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  await flushPromises();
  return { ...harness, wrapper, desk: useChatDeskStore(harness.pinia) };
}

const press = (code: string, modifiers: { alt?: boolean; shift?: boolean } = {}) =>
  document.dispatchEvent(
    new KeyboardEvent('keydown', {
      code,
      altKey: modifiers.alt ?? false,
      shiftKey: modifiers.shift ?? false,
      bubbles: true,
    }),
  );

describe('ChatDeskPage', () => {
  it('shows the agent’s chats as tabs, with unread badges, and switches with Alt+Shift+number and Alt+arrows', async () => {
    const { wrapper, desk, fake } = await mountDesk();
    const tabs = () => wrapper.findAll('[data-test="chat-tab"]');
    expect(tabs().map((tab) => tab.text())).toEqual(['Reza Karimi', 'Minh Tran']);
    expect(wrapper.get('[data-test="chat-conversation"]').attributes('data-chat-id')).toBe('chat-1');

    fake.push('ChatActivity', {
      chatActivity: { chat: { ...second, transcript: undefined }, entry: visitorEntry('v-9', 'Hello from Minh') },
    });
    await flushPromises();
    expect(tabs()[1]!.get('[data-test="chat-tab-unread"]').text()).toBe('1');

    press('Digit2', { alt: true, shift: true });
    await flushPromises();
    expect(desk.activeChatId).toBe('chat-2');
    expect(tabs()[1]!.attributes('aria-selected')).toBe('true');
    expect(tabs()[1]!.find('[data-test="chat-tab-unread"]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.get('[data-test="chat-reply-input"]').element);

    press('ArrowDown', { alt: true });
    await flushPromises();
    expect(desk.activeChatId).toBe('chat-1');
    press('ArrowUp', { alt: true });
    await flushPromises();
    expect(desk.activeChatId).toBe('chat-2');
    wrapper.unmount();
  });

  it('accepts the chat waiting longest with Alt+Shift+A', async () => {
    const { wrapper, fake, desk } = await mountDesk({
      AcceptChat: () => ({ data: { acceptChat: myChat({ id: 'chat-3', visitor: { name: 'Leila', email: null } }) } }),
    });
    press('KeyA', { alt: true, shift: true });
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'AcceptChat')!.variables).toEqual({ chatId: 'chat-3' });
    expect(desk.activeChatId).toBe('chat-3');
    wrapper.unmount();
  });

  it('lists offline questions apart and opens one in place of the chat', async () => {
    const { wrapper } = await mountDesk();
    await wrapper.get('[data-test="chat-offline-question"]').trigger('click');
    expect(wrapper.find('[data-test="chat-conversation"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="chat-offline-question-panel"]').text()).toContain(
      'When does the reference hall open on Fridays?',
    );
    await wrapper.findAll('[data-test="chat-tab"]')[0]!.trigger('click');
    expect(wrapper.find('[data-test="chat-offline-question-panel"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers transfer and close on the agent’s chat, and closes it with a reason', async () => {
    const { wrapper, fake } = await mountDesk({
      CloseChat: () => ({ data: { closeChat: { ...myChat({ status: 'CLOSED' }), transcript: undefined } } }),
      Chat: () => ({ data: { chat: myChat({ status: 'CLOSED' }) } }),
    });
    await wrapper.get('[data-test="chat-close"]').trigger('click');
    await wrapper.get('[data-test="chat-close-reason"]').setValue('noResponse');
    await wrapper.get('[data-test="chat-close-submit"]').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'CloseChat')!.variables).toMatchObject({
      chatId: 'chat-1',
      reason: 'The visitor stopped responding',
    });
    expect(wrapper.find('[data-test="chat-ended"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="chat-reply-input"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

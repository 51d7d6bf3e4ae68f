import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatReplyBox from './ChatReplyBox.vue';
import { useChatDeskStore } from './chat-desk-store';
import { agentEntry, myChat, signedInDesk } from './testing/desk-fixtures';

const replies = [
  {
    id: 'r1',
    departmentId: 'dep-letters',
    title: 'Opening hours',
    text: 'We are open **8–20**.',
    updatedAt: '2026-03-01T08:00:00Z',
    updatedBy: { id: 's', name: 'Mina' },
  },
  {
    id: 'r2',
    departmentId: 'dep-letters',
    title: 'Borrowing',
    text: 'Ten books for two weeks.',
    updatedAt: '2026-03-01T08:00:00Z',
    updatedBy: { id: 's', name: 'Mina' },
  },
];

async function mountReplyBox() {
  const harness = await signedInDesk({
    MyChats: () => ({ data: { myChats: [myChat()] } }),
    SendMessage: (variables) => ({
      data: { sendMessage: agentEntry(`m-${String(variables['clientMessageId'])}`, String(variables['text'])) },
    }),
    SavedReplies: () => ({ data: { savedReplies: replies } }),
  });
  const desk = useChatDeskStore(harness.pinia);
  const stop = desk.follow();
  await expect.poll(() => desk.tabs.length).toBe(1);
  const wrapper = mount(ChatReplyBox, {
    props: { open: desk.tabs[0]! },
    global: { plugins: [harness.plugin] },
    attachTo: document.body,
  });
  const input = wrapper.get<HTMLTextAreaElement>('[data-test="chat-reply-input"]');
  return { ...harness, desk, stop, wrapper, input };
}

const sent = (fake: Awaited<ReturnType<typeof mountReplyBox>>['fake']) =>
  fake.calls.filter((call) => call.name === 'SendMessage').map((call) => call.variables['text']);

describe('ChatReplyBox', () => {
  it('sends with Enter, starts a new line with Shift+Enter, and never sends while a word is being composed', async () => {
    const { fake, input, stop, wrapper } = await mountReplyBox();
    await input.setValue('First line');
    await input.trigger('keydown', { key: 'Enter', shiftKey: true });
    expect(sent(fake)).toEqual([]);
    await input.trigger('keydown', { key: 'Enter', isComposing: true });
    expect(sent(fake)).toEqual([]);
    await input.trigger('keydown', { key: 'Enter' });
    expect(sent(fake)).toEqual(['First line']);
    expect(input.element.value).toBe('');
    await input.trigger('keydown', { key: 'Enter' });
    expect(sent(fake)).toHaveLength(1);
    wrapper.unmount();
    stop();
  });

  it('sends with the button too, which is off while there is nothing to send', async () => {
    const { fake, input, stop, wrapper } = await mountReplyBox();
    const send = wrapper.get('[data-test="chat-send"]');
    expect(send.attributes('disabled')).toBeDefined();
    await input.setValue('Yes, we have it.');
    await wrapper.get('form').trigger('submit');
    expect(sent(fake)).toEqual(['Yes, we have it.']);
    wrapper.unmount();
    stop();
  });

  it('makes the selection bold with Ctrl+B', async () => {
    const { input, stop, wrapper } = await mountReplyBox();
    await input.setValue('second floor');
    input.element.setSelectionRange(0, 6);
    await input.trigger('keydown', { key: 'b', code: 'KeyB', ctrlKey: true });
    await flushPromises();
    expect(input.element.value).toBe('**second** floor');
    wrapper.unmount();
    stop();
  });

  it('lists the department’s saved replies after "/", filters them as the agent types, and inserts the chosen one', async () => {
    const { fake, input, stop, wrapper } = await mountReplyBox();
    await input.setValue('/');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'SavedReplies')!.variables).toEqual({ departmentId: 'dep-letters' });
    expect(wrapper.findAll('[data-test="chat-saved-reply-option"]').map((option) => option.text())).toEqual([
      expect.stringContaining('Opening hours'),
      expect.stringContaining('Borrowing'),
    ]);
    await input.setValue('/borr');
    expect(wrapper.findAll('[data-test="chat-saved-reply-option"]')).toHaveLength(1);
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(input.element.value).toBe('Ten books for two weeks.');
    expect(sent(fake)).toEqual([]);
    expect(wrapper.find('[data-test="chat-saved-reply-picker"]').exists()).toBe(false);
    wrapper.unmount();
    stop();
  });

  it('tells the visitor the agent is typing', async () => {
    const { fake, input, stop, wrapper } = await mountReplyBox();
    await input.setValue('W');
    await input.trigger('input');
    expect(fake.calls.filter((call) => call.name === 'SetTyping').map((call) => call.variables)).toEqual([
      { chatId: 'chat-1', typing: true },
    ]);
    wrapper.unmount();
    stop();
  });
});

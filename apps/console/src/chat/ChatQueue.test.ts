import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChatQueue from './ChatQueue.vue';
import { useChatQueueStore } from './chat-queue-store';
import { useDeskDepartmentsStore } from './desk-departments-store';
import { chatSummary, myChat, signedInDesk } from './testing/desk-fixtures';

afterEach(() => vi.useRealTimers());

async function mountQueue(
  resolvers: Parameters<typeof signedInDesk>[0] = {},
  options: Parameters<typeof signedInDesk>[1] = {},
) {
  const harness = await signedInDesk(
    { PendingChats: () => ({ data: { pendingChats: [chatSummary()] } }), ...resolvers },
    options,
  );
  await useDeskDepartmentsStore(harness.pinia).ensureLoaded();
  const stop = useChatQueueStore(harness.pinia).follow();
  const wrapper = mount(ChatQueue, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { ...harness, wrapper, stop };
}

describe('ChatQueue', () => {
  it('shows each waiting chat with the visitor’s name, the department, the first words and a waiting time that ticks', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-21T08:02:05.000Z'), shouldAdvanceTime: true });
    const { wrapper, stop } = await mountQueue();
    const item = wrapper.get('[data-test="chat-pending-item"]');
    expect(item.get('[data-test="chat-pending-visitor"]').text()).toBe('Reza Karimi');
    expect(item.get('[data-test="chat-pending-department"]').text()).toBe('Letters');
    expect(item.text()).toContain('Is «The Blind Owl» in the library?');
    expect(item.get('[data-test="chat-pending-waiting"]').text()).toBe('Waiting 2 min 5 sec');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(item.get('[data-test="chat-pending-waiting"]').text()).toBe('Waiting 3 min 5 sec');
    stop();
  });

  it('writes the department and the waiting time in Persian, with Persian digits', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-21T08:02:05.000Z'), shouldAdvanceTime: true });
    const { wrapper, stop } = await mountQueue({}, { locale: 'fa' });
    const item = wrapper.get('[data-test="chat-pending-item"]');
    expect(item.get('[data-test="chat-pending-department"]').text()).toBe('ادبیات');
    expect(item.get('[data-test="chat-pending-waiting"]').text()).toMatch(/^در انتظار: ۲ .+ ۵ .+$/);
    stop();
  });

  it('accepts a chat with its button', async () => {
    const { wrapper, fake, stop } = await mountQueue({ AcceptChat: () => ({ data: { acceptChat: myChat() } }) });
    await wrapper.get('[data-test="chat-accept"]').trigger('click');
    await flushPromises();
    expect(fake.calls.filter((call) => call.name === 'AcceptChat')).toHaveLength(1);
    expect(wrapper.emitted('accepted')).toEqual([['chat-1']]);
    stop();
  });

  it('says clearly when another agent won the chat', async () => {
    const { wrapper, stop } = await mountQueue({
      AcceptChat: () => ({ errors: [{ message: 'taken', code: 'CONFLICT' }] }),
    });
    await wrapper.get('[data-test="chat-accept"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="chat-accept-failure"]').text()).toContain(
      'Another agent accepted this chat first.',
    );
    stop();
  });

  it('says so when the visitor closed the chat before it was accepted', async () => {
    const { wrapper, stop } = await mountQueue({
      AcceptChat: () => ({ errors: [{ message: 'closed', code: 'CONFLICT', reason: 'CHAT_CLOSED' }] }),
    });
    await wrapper.get('[data-test="chat-accept"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="chat-accept-failure"]').text()).toContain('This chat has been closed.');
    stop();
  });

  it('offers no Accept button to staff who only read chats', async () => {
    const { wrapper, stop } = await mountQueue({}, { staff: { roles: ['ADMIN'] } });
    expect(wrapper.find('[data-test="chat-pending-item"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="chat-accept"]').exists()).toBe(false);
    stop();
  });
});

import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatTransferForm from './ChatTransferForm.vue';
import { useChatDeskStore } from './chat-desk-store';
import { LAW, LETTERS, chatSummary, myChat, signedInDesk } from './testing/desk-fixtures';

const board = [
  {
    department: LETTERS,
    agents: [
      { id: 'agent-1', displayName: 'Sara Ahmadi', presence: 'ONLINE', onlineSince: '2026-03-21T08:00:00Z' },
      { id: 'agent-2', displayName: 'Yuki Tanaka', presence: 'ONLINE', onlineSince: '2026-03-21T08:00:00Z' },
    ],
  },
  {
    department: LAW,
    agents: [{ id: 'agent-2', displayName: 'Yuki Tanaka', presence: 'ONLINE', onlineSince: '2026-03-21T08:00:00Z' }],
  },
];

async function mountForm(transferAnswer: FakeResolver) {
  const harness = await signedInDesk({
    MyChats: () => ({ data: { myChats: [myChat()] } }),
    OnlineAgents: () => ({ data: { onlineAgents: board } }),
    TransferChat: transferAnswer,
  });
  const desk = useChatDeskStore(harness.pinia);
  desk.follow();
  await expect.poll(() => desk.tabs.length).toBe(1);
  const wrapper = mount(ChatTransferForm, {
    props: { chat: desk.tabs[0]!.chat },
    global: { plugins: [harness.plugin] },
  });
  await flushPromises();
  return { ...harness, wrapper, desk };
}

describe('ChatTransferForm', () => {
  it('transfers to a department with a note', async () => {
    const { wrapper, fake, desk } = await mountForm(() => ({
      data: { transferChat: chatSummary({ departmentId: LAW.id }) },
    }));
    expect(wrapper.findAll('[data-test="chat-transfer-department"] option').map((option) => option.text())).toEqual([
      'Choose…',
      'Law',
      'Letters',
    ]);
    await wrapper.get('[data-test="chat-transfer-department"]').setValue(LAW.id);
    await wrapper.get('[data-test="chat-transfer-note"]').setValue('About copyright');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'TransferChat')!.variables).toMatchObject({
      to: { departmentId: LAW.id },
      note: 'About copyright',
    });
    expect(wrapper.emitted('done')).toHaveLength(1);
    expect(desk.tabs).toEqual([]);
  });

  it('transfers to another agent who is online (never to oneself), and shows why it failed', async () => {
    const { wrapper, fake } = await mountForm(() => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }));
    await wrapper.findAll('input[type="radio"]')[1]!.setValue(true);
    const options = wrapper.findAll('[data-test="chat-transfer-agent"] option').map((option) => option.text());
    expect(options).toEqual(['Choose…', 'Yuki Tanaka']);
    await wrapper.get('[data-test="chat-transfer-agent"]').setValue('agent-2');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'TransferChat')!.variables).toMatchObject({
      to: { agentId: 'agent-2' },
      note: null,
    });
    expect(wrapper.get('[role="alert"]').text()).toBe('You do not have permission to do that.');
    expect(wrapper.emitted('done')).toBeUndefined();
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createConsoleRouter } from '../router';
import ChatDeskAlerts from './ChatDeskAlerts.vue';
import { chimeKey } from './chat-alerts-store';
import { useChatDeskStore } from './chat-desk-store';
import { chatSummary, myChat, signedInDesk } from './testing/desk-fixtures';

/** A chat Yuki holds in Law, transferred to Sara (agent-1) by name. */
const handed = myChat({ id: 'chat-9', departmentId: 'dep-law', visitor: { name: 'Minh Tran', email: null } });
const handedPush = {
  chatHandedToMe: {
    chat: chatSummary({ id: 'chat-9', status: 'ACTIVE', agent: { id: 'agent-1', name: 'Sara Ahmadi' } }),
    by: { id: 'agent-2', name: 'Yuki Tanaka' },
    note: 'Knows the law collection',
  },
};

describe('a chat transferred to the agent by name', () => {
  it('opens in a tab at once with its transcript, unread, without a reload', async () => {
    const { pinia, fake } = await signedInDesk({ Chat: () => ({ data: { chat: handed } }) });
    const desk = useChatDeskStore(pinia);
    const stop = desk.follow();
    await flushPromises();
    expect(fake.openSubscriptions('ChatHandedToMe')).toBe(1);
    const myChatsReads = fake.calls.filter((call) => call.name === 'MyChats').length;

    fake.push('ChatHandedToMe', handedPush);
    await expect.poll(() => desk.tabs.map((tab) => tab.id)).toEqual(['chat-9']);
    expect(desk.tabs[0]!.transcript).toHaveLength(2);
    expect(desk.tabs[0]!.unread).toBe(1);
    expect(desk.handedUnseen).toEqual(['chat-9']);
    expect(fake.openSubscriptions('ChatActivity')).toBe(1);
    expect(fake.calls.filter((call) => call.name === 'MyChats')).toHaveLength(myChatsReads);
    stop();
    expect(fake.openSubscriptions('ChatHandedToMe')).toBe(0);
  });

  it('chimes and puts the chat in the tab title, whatever the agent’s status, until they look at it', async () => {
    const harness = await signedInDesk({
      Chat: () => ({ data: { chat: handed } }),
      OnlineAgents: () => ({ data: { onlineAgents: [] } }),
    });
    const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
    harness.app.use(router);
    await router.push('/outbox');
    let chimes = 0;
    const wrapper = mount(ChatDeskAlerts, {
      global: { plugins: [harness.plugin, router], provide: { [chimeKey as symbol]: () => chimes++ } },
    });
    await flushPromises();

    harness.fake.push('ChatHandedToMe', handedPush);
    await expect.poll(() => chimes).toBe(1);
    await flushPromises();
    expect(document.title).toBe('(1) New chat — Deskstream Console');

    const desk = useChatDeskStore(harness.pinia);
    const viewing = desk.viewDesk();
    desk.select('chat-9');
    await flushPromises();
    expect(desk.handedUnseen).toEqual([]);
    expect(document.title).toBe('Deskstream Console');
    viewing();
    wrapper.unmount();
  });
});

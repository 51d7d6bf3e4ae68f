import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import type { ChatWithTranscriptFieldsFragment as ChatWithTranscript } from '../generated/graphql';
import { useChatDeskStore } from './chat-desk-store';
import { useChatQueueStore } from './chat-queue-store';
import { agentEntry, chatSummary, entry, myChat, signedInDesk, visitorEntry } from './testing/desk-fixtures';

const activity = (chat: ChatWithTranscript, pushed: ReturnType<typeof entry>, status = chat.status) => {
  const { transcript: _transcript, ...summary } = chat;
  return { chatActivity: { chat: { ...summary, status }, entry: pushed } };
};

describe('useChatDeskStore: accepting', () => {
  it('opens the accepted chat in a tab with its transcript, in view, and takes it out of the queue', async () => {
    const { pinia, fake } = await signedInDesk({
      PendingChats: () => ({ data: { pendingChats: [chatSummary()] } }),
      AcceptChat: () => ({ data: { acceptChat: myChat() } }),
    });
    const queue = useChatQueueStore(pinia);
    const stopQueue = queue.follow();
    await expect.poll(() => queue.pending.length).toBe(1);
    const desk = useChatDeskStore(pinia);

    expect(await desk.accept('chat-1')).toBe(true);
    expect(fake.calls.find((call) => call.name === 'AcceptChat')!.variables).toEqual({ chatId: 'chat-1' });
    expect(desk.tabs.map((tab) => tab.id)).toEqual(['chat-1']);
    expect(desk.activeChatId).toBe('chat-1');
    expect(desk.active!.transcript.map((each) => each.notice)).toEqual([null, 'ACCEPTED']);
    expect(queue.pending).toEqual([]);
    expect(fake.openSubscriptions('ChatActivity')).toBe(1);
    expect(fake.openSubscriptions('ChatTyping')).toBe(1);
    stopQueue();
  });

  it('tells the agent who lost the race that another agent accepted the chat (CONFLICT)', async () => {
    const { pinia } = await signedInDesk({
      AcceptChat: () => ({
        errors: [
          {
            message: 'Another agent has already accepted this chat.',
            code: 'CONFLICT',
            reason: 'CHAT_ALREADY_ACCEPTED',
          },
        ],
      }),
    });
    const desk = useChatDeskStore(pinia);
    expect(await desk.accept('chat-1')).toBe(false);
    expect(desk.acceptFailure).toEqual({
      chatId: 'chat-1',
      failure: { ok: false, code: 'CONFLICT', reason: 'CHAT_ALREADY_ACCEPTED' },
    });
    expect(desk.tabs).toEqual([]);
  });
});

describe('useChatDeskStore: the conversation', () => {
  async function withMyChat(resolvers: Parameters<typeof signedInDesk>[0] = {}) {
    const harness = await signedInDesk({ MyChats: () => ({ data: { myChats: [myChat()] } }), ...resolvers });
    const desk = useChatDeskStore(harness.pinia);
    const stop = desk.follow();
    await expect.poll(() => desk.tabs.length).toBe(1);
    return { ...harness, desk, stop };
  }

  it('opens a tab for each chat the agent holds', async () => {
    const { desk, stop } = await withMyChat();
    expect(desk.activeChatId).toBe('chat-1');
    expect(desk.isMine(desk.active!.chat)).toBe(true);
    stop();
  });

  it('sends a message with a client message id and shows it once, whichever comes first: the answer or the push', async () => {
    const answer = deferred<FakeAnswer>();
    const { desk, fake, stop } = await withMyChat({ SendMessage: () => answer.promise });
    expect(desk.send('chat-1', 'Yes, **on the second floor**.')).toBe(true);
    const call = fake.calls.find((each) => each.name === 'SendMessage')!;
    expect(call.variables).toMatchObject({ chatId: 'chat-1', text: 'Yes, **on the second floor**.' });
    expect(call.variables['clientMessageId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(desk.active!.outgoing.map((message) => message.state)).toEqual(['sending']);

    // The echo carries the client message id it was sent with: the message is in the transcript, no longer on its way.
    const posted = {
      ...agentEntry('m-1', 'Yes, **on the second floor**.'),
      clientMessageId: call.variables['clientMessageId'] as string,
    };
    fake.push('ChatActivity', activity(myChat(), posted));
    expect(desk.active!.outgoing).toEqual([]);
    answer.resolve({ data: { sendMessage: posted } });
    await answer.promise;
    expect(desk.active!.transcript.filter((each) => each.text === posted.text)).toHaveLength(1);
    stop();
  });

  it('knows its own messages by client message id, not by text: two of the same text each wait for their own entry', async () => {
    const { desk, fake, stop } = await withMyChat({ SendMessage: () => deferred<FakeAnswer>().promise });
    desk.send('chat-1', 'Thanks!');
    desk.send('chat-1', 'Thanks!');
    const [first, second] = fake.calls
      .filter((each) => each.name === 'SendMessage')
      .map((each) => each.variables['clientMessageId'] as string);
    fake.push('ChatActivity', activity(myChat(), { ...visitorEntry('v-1', 'Thanks!'), clientMessageId: first! }));
    expect(desk.active!.outgoing.map((message) => message.clientMessageId)).toEqual([first, second]);
    fake.push('ChatActivity', activity(myChat(), { ...agentEntry('m-2', 'Thanks!'), clientMessageId: second! }));
    expect(desk.active!.outgoing.map((message) => message.clientMessageId)).toEqual([first]);
    stop();
  });

  it('sends again with the same client message id after a network error', async () => {
    const answers: FakeAnswer[] = [{ networkError: true }, { data: { sendMessage: agentEntry('m-1', 'Hello') } }];
    const { desk, fake, stop } = await withMyChat({ SendMessage: () => answers.shift()! });
    desk.send('chat-1', 'Hello');
    await expect.poll(() => desk.active!.outgoing.length, { timeout: 3_000 }).toBe(0);
    const sends = fake.calls.filter((each) => each.name === 'SendMessage');
    expect(sends).toHaveLength(2);
    expect(sends[1]!.variables['clientMessageId']).toBe(sends[0]!.variables['clientMessageId']);
    expect(desk.active!.transcript.filter((each) => each.text === 'Hello')).toHaveLength(1);
    stop();
  });

  it('keeps a message the api refused, with why, and retries it with the same id when asked', async () => {
    const answers: FakeAnswer[] = [
      { errors: [{ message: 'closed', code: 'CONFLICT', reason: 'CHAT_CLOSED' }] },
      { data: { sendMessage: agentEntry('m-9', 'Still there?') } },
    ];
    const { desk, fake, stop } = await withMyChat({ SendMessage: () => answers.shift()! });
    desk.send('chat-1', 'Still there?');
    await expect.poll(() => desk.active!.outgoing[0]?.state).toBe('failed');
    expect(desk.active!.outgoing[0]!.failure?.code).toBe('CONFLICT');
    const id = desk.active!.outgoing[0]!.clientMessageId;
    desk.retry('chat-1', id);
    await expect.poll(() => desk.active!.outgoing.length).toBe(0);
    expect(
      fake.calls.filter((each) => each.name === 'SendMessage').map((each) => each.variables['clientMessageId']),
    ).toEqual([id, id]);
    stop();
  });

  it('refuses to send nothing or more than 10,000 characters', async () => {
    const { desk, fake, stop } = await withMyChat();
    expect(desk.send('chat-1', '  \n ')).toBe(false);
    expect(desk.send('chat-1', 'ک'.repeat(10_001))).toBe(false);
    expect(fake.calls.filter((each) => each.name === 'SendMessage')).toEqual([]);
    stop();
  });

  it('adds pushed entries once, counts unread while the chat is not in view, and clears them when it is', async () => {
    const { desk, fake, stop } = await withMyChat();
    const hello = visitorEntry('v-1', 'Hello?');
    fake.push('ChatActivity', activity(myChat(), hello));
    fake.push('ChatActivity', activity(myChat(), hello));
    expect(desk.active!.transcript.filter((each) => each.id === 'v-1')).toHaveLength(1);
    expect(desk.active!.unread).toBe(1);

    const viewing = desk.viewDesk();
    await expect.poll(() => desk.active!.unread).toBe(0);
    fake.push('ChatActivity', activity(myChat(), visitorEntry('v-2', 'Are you there?')));
    expect(desk.active!.unread).toBe(0);
    viewing();
    stop();
  });

  it('shows the visitor typing until their message arrives, and ignores other chats’ pushes', async () => {
    const { desk, fake, stop } = await withMyChat();
    fake.push('ChatTyping', {
      chatTyping: {
        chatId: 'chat-1',
        by: 'VISITOR',
        name: 'Reza Karimi',
        typing: true,
        at: '2026-03-21T08:03:00.000Z',
      },
    });
    expect(desk.active!.visitorTyping).toBe('Reza Karimi');
    fake.push('ChatActivity', activity(myChat({ id: 'chat-other' }), visitorEntry('x-1', 'not here')));
    expect(desk.active!.transcript.some((each) => each.id === 'x-1')).toBe(false);
    fake.push('ChatActivity', activity(myChat(), visitorEntry('v-1', 'Thanks')));
    expect(desk.active!.visitorTyping).toBeNull();
    stop();
  });

  it('tells the visitor the agent is typing, at most every few seconds, and stops on send', async () => {
    const { desk, fake, stop } = await withMyChat({
      SendMessage: () => ({ data: { sendMessage: agentEntry('m-1', 'Hi') } }),
    });
    desk.noteTyping('chat-1');
    desk.noteTyping('chat-1');
    desk.send('chat-1', 'Hi');
    const typing = fake.calls.filter((each) => each.name === 'SetTyping').map((each) => each.variables['typing']);
    expect(typing).toEqual([true, false]);
    stop();
  });

  it('shows that the visitor closed the chat, and keeps the tab until the agent closes it', async () => {
    const { desk, fake, stop } = await withMyChat();
    const closed = entry({
      id: 'chat-1/2',
      kind: 'NOTICE',
      author: { kind: 'SYSTEM', id: null, name: '' },
      text: 'Reza Karimi has closed the chat explicitly',
      notice: 'CLOSED_BY_VISITOR',
      subject: { kind: 'VISITOR', id: null, name: 'Reza Karimi' },
    });
    fake.push('ChatActivity', activity(myChat(), closed, 'CLOSED'));
    expect(desk.active!.chat.status).toBe('CLOSED');
    expect(desk.isMine(desk.active!.chat)).toBe(false);
    expect(desk.active!.transcript.at(-1)!.notice).toBe('CLOSED_BY_VISITOR');
    desk.closeTab('chat-1');
    expect(desk.tabs).toEqual([]);
    expect(fake.openSubscriptions('ChatActivity')).toBe(0);
    stop();
  });

  it('transfers with a note and a fresh command id, and the tab goes', async () => {
    const { desk, fake, stop } = await withMyChat({
      TransferChat: () => ({ data: { transferChat: chatSummary({ status: 'PENDING', departmentId: 'dep-law' }) } }),
    });
    expect(await desk.transfer('chat-1', { departmentId: 'dep-law' }, '  A law question ')).toBeNull();
    const call = fake.calls.find((each) => each.name === 'TransferChat')!;
    expect(call.variables).toMatchObject({ chatId: 'chat-1', to: { departmentId: 'dep-law' }, note: 'A law question' });
    expect(call.variables['commandId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(desk.tabs).toEqual([]);
    stop();
  });

  it('closes with a reason and keeps the tab showing the chat as closed', async () => {
    const closedChat = myChat({ status: 'CLOSED', closedBy: 'AGENT', closeReason: 'Answered' });
    const { desk, fake, stop } = await withMyChat({
      CloseChat: () => ({ data: { closeChat: { ...closedChat, transcript: undefined } } }),
      Chat: () => ({ data: { chat: closedChat } }),
    });
    expect(await desk.close('chat-1', ' Answered ')).toBeNull();
    expect(fake.calls.find((each) => each.name === 'CloseChat')!.variables).toMatchObject({
      chatId: 'chat-1',
      reason: 'Answered',
    });
    expect(desk.active!.chat.status).toBe('CLOSED');
    stop();
  });

  it('reads open chats again after the live socket reconnects', async () => {
    let served = 0;
    const { desk, fake, stop } = await withMyChat({
      Chat: () => ({
        data: {
          chat: myChat({
            transcript: [
              ...myChat().transcript,
              visitorEntry('v-1', 'Missed while away', `2026-03-21T08:0${5 + served++}:00.000Z`),
            ],
          }),
        },
      }),
    });
    fake.liveConnected();
    await expect.poll(() => desk.active!.transcript.map((each) => each.id)).toContain('v-1');
    stop();
  });
});

import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entry, memoryStorage, visitorChat } from '../testing/portal-harness';
import { callsOf, inChat, saved, visitorStores, withoutTranscript } from '../testing/visitor-chat-setup';
import { CHAT_STORAGE_KEY } from './chat-storage';
import { AGENT_TYPING_FADE_MS, QUEUE_REFRESH_MS, VISITOR_TYPING_IDLE_MS } from './visitor-chat-store';

afterEach(() => vi.useRealTimers());

describe('useVisitorChatStore: starting a chat', () => {
  it('sends a fresh 32-byte token with the question, keeps the chat in storage and shows it', async () => {
    const storage = memoryStorage();
    const chat = visitorChat();
    const { store, form, fake } = visitorStores({ RequestChat: () => ({ data: { requestChat: chat } }) }, storage);
    await store.open('law');
    Object.assign(form.draft, { name: ' Reza Karimi ', email: '  ', question: 'شرایط عضویت مهمان چیست؟' });
    await store.startChat();

    const input = callsOf(fake, 'RequestChat')[0]!.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      departmentId: 'law',
      name: 'Reza Karimi',
      email: null,
      question: 'شرایط عضویت مهمان چیست؟',
    });
    expect(input['visitorToken']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(saved(storage)).toEqual({ chatId: 'chat-1', visitorToken: input['visitorToken'], unsent: [] });
    expect(store.screen).toBe('chat');
    expect(store.chat).toEqual(withoutTranscript(chat));
    expect(store.shownEntries.map((shown) => [shown.entry.text, shown.status])).toEqual([
      ['شرایط عضویت مهمان چیست؟', 'sent'],
    ]);
    expect(form.draft.question).toBe('');
  });

  it('retries a failed start with the same token, so the api finds the same chat', async () => {
    let calls = 0;
    const { store, form, fake } = visitorStores({
      RequestChat: () => (calls++ === 0 ? { networkError: true } : { data: { requestChat: visitorChat() } }),
    });
    await store.open('law');
    Object.assign(form.draft, { name: 'Reza', question: 'Hello?' });
    await store.startChat();
    expect(store.startError).toEqual({ code: 'NETWORK_ERROR', reason: null });
    expect(store.screen).toBe('form');
    await store.startChat();
    const [first, second] = callsOf(fake, 'RequestChat').map(
      (call) => (call.variables['input'] as { visitorToken: string }).visitorToken,
    );
    expect(second).toBe(first);
    expect(store.screen).toBe('chat');
  });

  it('turns into the offline question form, text kept, when everyone went offline meanwhile', async () => {
    const { store, form } = visitorStores({
      RequestChat: () => ({ errors: [{ message: 'nobody', code: 'CONFLICT', reason: 'CHAT_NO_AGENT_ONLINE' }] }),
    });
    await store.open('law');
    Object.assign(form.draft, { name: 'Reza', question: 'Opening hours?' });
    await store.startChat();
    expect(form.formMode).toBe('offline');
    expect(store.startError?.reason).toBe('CHAT_NO_AGENT_ONLINE');
    expect(form.draft.question).toBe('Opening hours?');
  });
});

describe('useVisitorChatStore: resuming', () => {
  it('resumes the saved chat after a reload, and sends again what was typed but not acknowledged', async () => {
    const storage = memoryStorage();
    const token = 'x'.repeat(43);
    storage.setItem(
      CHAT_STORAGE_KEY,
      JSON.stringify({
        chatId: 'chat-1',
        visitorToken: token,
        unsent: [{ clientMessageId: 'm-1', text: 'Still there?', at: '2026-03-21T08:05:00.000Z' }],
      }),
    );
    const chat = visitorChat({ status: 'ACTIVE', agentName: 'Sara Ahmadi', queuePosition: null });
    const { store, fake } = visitorStores(
      {
        VisitorChat: () => ({ data: { visitorChat: chat } }),
        SendVisitorMessage: ({ text }) => ({
          data: { sendVisitorMessage: entry({ id: 'posted-1', text: text as string, at: '2026-03-21T08:05:01.000Z' }) },
        }),
      },
      storage,
    );
    await store.open(null);
    expect(callsOf(fake, 'VisitorChat')[0]!.variables).toEqual({ chatId: 'chat-1', visitorToken: token });
    expect(store.screen).toBe('chat');
    expect(store.chat?.agentName).toBe('Sara Ahmadi');
    await vi.waitFor(() => expect(store.outgoing).toEqual([]));
    expect(callsOf(fake, 'SendVisitorMessage')[0]!.variables).toMatchObject({
      chatId: 'chat-1',
      visitorToken: token,
      clientMessageId: 'm-1',
      text: 'Still there?',
    });
    expect(store.shownEntries.map((shown) => [shown.entry.text, shown.status])).toEqual([
      ['شرایط عضویت مهمان چیست؟', 'delivered'],
      ['Still there?', 'delivered'],
    ]);
    expect(saved(storage).unsent).toEqual([]);
  });

  it('forgets a chat the api no longer knows, and keeps it when the api cannot be reached', async () => {
    const gone = memoryStorage();
    gone.setItem(CHAT_STORAGE_KEY, JSON.stringify({ chatId: 'old', visitorToken: 'x'.repeat(43), unsent: [] }));
    const first = visitorStores({ VisitorChat: () => ({ errors: [{ message: 'no', code: 'NOT_FOUND' }] }) }, gone);
    await first.store.open(null);
    expect(first.store.screen).toBe('form');
    expect(gone.items.has(CHAT_STORAGE_KEY)).toBe(false);

    const offline = memoryStorage();
    offline.setItem(CHAT_STORAGE_KEY, JSON.stringify({ chatId: 'chat-1', visitorToken: 'x'.repeat(43), unsent: [] }));
    let reachable = false;
    const second = visitorStores(
      { VisitorChat: () => (reachable ? { data: { visitorChat: visitorChat() } } : { networkError: true }) },
      offline,
    );
    await second.store.open(null);
    expect(second.store.screen).toBe('resume-error');
    expect(offline.items.has(CHAT_STORAGE_KEY)).toBe(true);
    reachable = true;
    await second.store.retryResume();
    expect(second.store.screen).toBe('chat');
  });
});

describe('useVisitorChatStore: talking', () => {
  it('shows a message as sending, then sent while waiting, then delivered once an agent joins', async () => {
    const answer = deferred<FakeAnswer>();
    const { store, fake } = await inChat({ SendVisitorMessage: () => answer.promise });
    expect(store.send('   ')).toBe(false);
    expect(store.send('Is anyone there?')).toBe(true);
    expect(store.shownEntries.at(-1)).toMatchObject({
      entry: { text: 'Is anyone there?', author: { kind: 'VISITOR' } },
      status: 'sending',
    });
    const clientMessageId = callsOf(fake, 'SendVisitorMessage')[0]!.variables['clientMessageId'];
    expect(clientMessageId).toMatch(/^[0-9a-f-]{36}$/);

    answer.resolve({ data: { sendVisitorMessage: entry({ id: 'posted', text: 'Is anyone there?' }) } });
    await vi.waitFor(() => expect(store.shownEntries.at(-1)!.status).toBe('sent'));
    expect(store.shownEntries.filter((shown) => shown.entry.text === 'Is anyone there?')).toHaveLength(1);

    const accepted = entry({
      kind: 'NOTICE',
      author: { kind: 'SYSTEM', name: '' },
      text: 'Sara Ahmadi has joined the chat',
      notice: 'ACCEPTED',
      subject: { kind: 'AGENT', name: 'Sara Ahmadi' },
    });
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(visitorChat({ status: 'ACTIVE', agentName: 'Sara Ahmadi', queuePosition: null })),
        entry: accepted,
      },
    });
    expect(store.chat?.agentName).toBe('Sara Ahmadi');
    expect(
      store.shownEntries.filter((shown) => shown.entry.author.kind === 'VISITOR').map((shown) => shown.status),
    ).toEqual(['delivered', 'delivered']);
    // The same entry pushed twice (a send answer and the live feed) appears once.
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(visitorChat({ status: 'ACTIVE', agentName: 'Sara Ahmadi' })),
        entry: accepted,
      },
    });
    expect(store.transcript.filter((each) => each.id === accepted.id)).toHaveLength(1);
  });

  it('marks a message that could not go out, keeps it for a reload, and sends it again after a reconnection with the same id', async () => {
    let reachable = false;
    const { store, fake, storageArea } = await inChat({
      SendVisitorMessage: ({ text }) =>
        reachable
          ? { data: { sendVisitorMessage: entry({ id: 'posted', text: text as string }) } }
          : { networkError: true },
    });
    store.send('Hello?');
    await vi.waitFor(() => expect(store.shownEntries.at(-1)!.status).toBe('failed'));
    expect(store.shownEntries.at(-1)!.retryId).not.toBeNull();
    expect(saved(storageArea).unsent.map((message: { text: string }) => message.text)).toEqual(['Hello?']);

    reachable = true;
    fake.liveConnected();
    await vi.waitFor(() => expect(store.outgoing).toEqual([]));
    const ids = callsOf(fake, 'SendVisitorMessage').map((call) => call.variables['clientMessageId']);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(saved(storageArea).unsent).toEqual([]);
    expect(callsOf(fake, 'VisitorChat').length).toBeGreaterThan(0);
  });

  it('takes its own message from the live feed by client message id, before the api answers, and shows it once', async () => {
    const answer = deferred<FakeAnswer>();
    const { store, fake, storageArea } = await inChat({ SendVisitorMessage: () => answer.promise });
    store.send('Same words');
    const clientMessageId = callsOf(fake, 'SendVisitorMessage')[0]!.variables['clientMessageId'] as string;
    const chat = withoutTranscript(visitorChat());
    // Another message of the same text that is not this one's echo leaves it on its way.
    fake.push('VisitorChatActivity', {
      visitorChatActivity: { chat, entry: entry({ id: 'other', text: 'Same words', clientMessageId: 'someone-else' }) },
    });
    expect(store.outgoing).toHaveLength(1);
    const echo = entry({ id: 'posted', text: 'Same words', clientMessageId });
    fake.push('VisitorChatActivity', { visitorChatActivity: { chat, entry: echo } });
    expect(store.outgoing).toEqual([]);
    expect(saved(storageArea).unsent).toEqual([]);
    answer.resolve({ data: { sendVisitorMessage: echo } });
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.shownEntries.filter((shown) => shown.entry.id === 'posted')).toHaveLength(1);
  });

  it('refuses a message over 10,000 characters without sending it', async () => {
    const { store, fake } = await inChat();
    expect(store.send('x'.repeat(10_001))).toBe(false);
    expect(store.composerError?.reason).toBe('CHAT_MESSAGE_TOO_LONG');
    expect(callsOf(fake, 'SendVisitorMessage')).toHaveLength(0);
  });

  it('reloads the transcript after every reconnection', async () => {
    const later = visitorChat({
      status: 'ACTIVE',
      agentName: 'Sara Ahmadi',
      transcript: [
        ...visitorChat().transcript,
        entry({ author: { kind: 'AGENT', name: 'Sara Ahmadi' }, text: 'Hello Reza' }),
      ],
    });
    let served = visitorChat();
    const { store, fake } = await inChat({ VisitorChat: () => ({ data: { visitorChat: served } }) });
    served = later;
    fake.liveConnected();
    await vi.waitFor(() =>
      expect(store.transcript.map((each) => each.text)).toEqual(['شرایط عضویت مهمان چیست؟', 'Hello Reza']),
    );
    expect(store.chat?.status).toBe('ACTIVE');
  });

  it('asks for the queue position again while waiting', async () => {
    vi.useFakeTimers();
    let position = 3;
    const { store } = await inChat(
      { VisitorChat: () => ({ data: { visitorChat: visitorChat({ queuePosition: position }) } }) },
      visitorChat({ queuePosition: 3 }),
    );
    expect(store.chat?.queuePosition).toBe(3);
    position = 1;
    await vi.advanceTimersByTimeAsync(QUEUE_REFRESH_MS);
    expect(store.chat?.queuePosition).toBe(1);
  });

  it('shows the agent typing, clears it with their message, and fades it if the stop never comes', async () => {
    vi.useFakeTimers();
    const { store, fake } = await inChat();
    const typing = (on: boolean) => ({
      visitorChatTyping: { chatId: 'chat-1', by: 'AGENT', name: 'Sara Ahmadi', typing: on, at: '2026-03-21T08:01:00Z' },
    });
    fake.push('VisitorChatTyping', typing(true));
    expect(store.agentTyping).toBe('Sara Ahmadi');
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(visitorChat({ status: 'ACTIVE', agentName: 'Sara Ahmadi' })),
        entry: entry({ author: { kind: 'AGENT', name: 'Sara Ahmadi' }, text: 'Hi' }),
      },
    });
    expect(store.agentTyping).toBeNull();
    fake.push('VisitorChatTyping', typing(true));
    await vi.advanceTimersByTimeAsync(AGENT_TYPING_FADE_MS);
    expect(store.agentTyping).toBeNull();
  });

  it('tells the agent the visitor is typing once, and that they stopped after a pause', async () => {
    vi.useFakeTimers();
    const { store, fake } = await inChat({ SetVisitorTyping: () => ({ data: { setVisitorTyping: true } }) });
    store.noteTyping();
    store.noteTyping();
    store.noteTyping();
    await vi.advanceTimersByTimeAsync(0);
    expect(callsOf(fake, 'SetVisitorTyping').map((call) => call.variables['typing'])).toEqual([true]);
    await vi.advanceTimersByTimeAsync(VISITOR_TYPING_IDLE_MS);
    expect(callsOf(fake, 'SetVisitorTyping').map((call) => call.variables['typing'])).toEqual([true, false]);
  });
});

describe('useVisitorChatStore: ending', () => {
  it('closes the chat, stops following it, and starts afresh with a new token and the same name', async () => {
    const closed = visitorChat({
      status: 'CLOSED',
      closedBy: 'VISITOR',
      closedAt: '2026-03-21T08:10:00.000Z',
      queuePosition: null,
      transcript: [
        ...visitorChat().transcript,
        entry({
          kind: 'NOTICE',
          author: { kind: 'SYSTEM', name: '' },
          text: 'Reza Karimi has closed the chat explicitly',
          notice: 'CLOSED_BY_VISITOR',
          subject: { kind: 'VISITOR', name: 'Reza Karimi' },
        }),
      ],
    });
    const { store, form, fake, storageArea } = await inChat({
      CloseChatAsVisitor: () => ({ data: { closeChatAsVisitor: closed } }),
    });
    const firstToken = saved(storageArea).visitorToken;
    await store.close();
    expect(callsOf(fake, 'CloseChatAsVisitor')[0]!.variables).toEqual({ chatId: 'chat-1', visitorToken: firstToken });
    expect(store.chat?.status).toBe('CLOSED');
    await vi.waitFor(() => expect(fake.openSubscriptions('VisitorChatActivity')).toBe(0));
    expect(store.send('one more')).toBe(false);

    store.startNewChat();
    expect(store.screen).toBe('form');
    expect(storageArea.items.has(CHAT_STORAGE_KEY)).toBe(false);
    expect(form.draft.name).toBe('Reza Karimi');
    Object.assign(form.draft, { question: 'Another question' });
    await store.startChat();
    const tokens = callsOf(fake, 'RequestChat').map(
      (call) => (call.variables['input'] as { visitorToken: string }).visitorToken,
    );
    expect(tokens[1]).not.toBe(tokens[0]);
  });
});

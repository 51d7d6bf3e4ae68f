import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { createPortalRouter } from '../router';
import { createPortalHarness, entry, visitorChat } from '../testing/portal-harness';
import type { VisitorChatWithTranscript } from './operations';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.restoreAllMocks();
});

async function openChatPage(path: string, resolvers: Parameters<typeof createPortalHarness>[0] = {}, locale = 'en') {
  const harness = createPortalHarness(resolvers, { locale });
  const router = createPortalRouter(createMemoryHistory());
  await router.push(path);
  wrapper = mount(App, { global: { plugins: [harness.plugin, router] }, attachTo: document.body });
  await flushPromises();
  const byTest = (name: string) => wrapper!.get(`[data-test="${name}"]`);
  return { ...harness, router, wrapper, byTest };
}

const withoutTranscript = ({ transcript: _transcript, ...chat }: VisitorChatWithTranscript) => chat;

async function startChat(page: Awaited<ReturnType<typeof openChatPage>>) {
  await page.byTest('chat-start-name').setValue('Reza Karimi');
  await page.byTest('chat-start-question').setValue('شرایط عضویت مهمان چیست؟');
  await page.byTest('chat-start-form').trigger('submit');
  await flushPromises();
}

describe('ChatPage: starting', () => {
  it('is reached from the home page', async () => {
    const page = await openChatPage('/');
    await page.byTest('home-chat-link').trigger('click');
    await flushPromises();
    expect(page.router.currentRoute.value.path).toBe('/chat');
    expect(page.wrapper.find('[data-test="chat-start-form"]').exists()).toBe(true);
  });

  it('preselects the department, says someone is online, and starts a chat that waits in the queue', async () => {
    const page = await openChatPage('/chat?department=law', {
      RequestChat: () => ({ data: { requestChat: visitorChat({ queuePosition: 3 }) } }),
    });
    expect((page.byTest('chat-start-department').element as HTMLSelectElement).value).toBe('law');
    expect(page.byTest('chat-availability').attributes('data-state')).toBe('online');
    expect(page.byTest('chat-start-email').attributes('required')).toBeUndefined();
    expect(page.byTest('chat-start-name').attributes('required')).toBeDefined();

    await startChat(page);
    expect(page.fake.calls.find((call) => call.name === 'RequestChat')!.variables['input']).toMatchObject({
      departmentId: 'law',
      name: 'Reza Karimi',
      email: null,
    });
    expect(page.byTest('chat-waiting').text()).toContain('Waiting for a librarian');
    expect(page.byTest('chat-queue-position').text()).toBe('You are number 3 in the queue.');
    expect(page.byTest('chat-entry').attributes()).toMatchObject({ 'data-author': 'VISITOR', 'data-status': 'sent' });
    expect(document.activeElement).toBe(page.byTest('chat-send-input').element);
  });

  it('shows the offline question form when nobody is online, with the email required, and then the receipt', async () => {
    const page = await openChatPage('/chat?department=law', {
      ChatAvailability: ({ departmentId }) => ({ data: { chatAvailability: { departmentId, online: false } } }),
      AskOfflineQuestion: () => ({ data: { askOfflineQuestion: { id: 'q-1', askedAt: '2026-03-21T08:00:00.000Z' } } }),
    });
    expect(page.wrapper.find('[data-test="chat-start-form"]').exists()).toBe(false);
    expect(page.byTest('chat-offline-notice').text()).toContain('No one from Law is online');
    expect(page.byTest('chat-offline-email').attributes('required')).toBeDefined();
    await page.byTest('chat-offline-name').setValue('Reza Karimi');
    await page.byTest('chat-offline-email').setValue('reza@example.ir');
    await page.byTest('chat-offline-question').setValue('Guest membership?');
    await page.byTest('chat-offline-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('chat-offline-sent').text()).toContain('We will answer you by email at reza@example.ir.');
  });

  it('says in Persian, right to left, where the visitor stands in the queue', async () => {
    const page = await openChatPage(
      '/chat?department=law',
      { RequestChat: () => ({ data: { requestChat: visitorChat({ queuePosition: 12 }) } }) },
      'fa',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(page.byTest('chat-start-submit').text()).toBe('شروع گفت‌وگو');
    await startChat(page);
    expect(page.byTest('chat-queue-position').text()).toBe('نفر ۱۲ در صف هستید.');
    expect(page.byTest('chat-transcript').text()).not.toMatch(/[0-9]/);
  });

  it('inside the widget frame shows the chat alone, in the language the widget asked for', async () => {
    const page = await openChatPage('/chat?embed=1&locale=ja&department=law');
    expect(page.wrapper.find('header.portal-header').exists()).toBe(false);
    expect(page.wrapper.find('footer').exists()).toBe(false);
    expect(document.documentElement.lang).toBe('ja');
    expect(page.wrapper.get('h1').text()).toBe('司書とチャット');
  });
});

describe('ChatPage: talking', () => {
  async function talking(resolvers: Parameters<typeof createPortalHarness>[0] = {}, locale = 'en') {
    const active = visitorChat({ status: 'ACTIVE', agentName: 'Sara Ahmadi', queuePosition: null });
    const page = await openChatPage(
      '/chat?department=law',
      { RequestChat: () => ({ data: { requestChat: active } }), ...resolvers },
      locale,
    );
    await startChat(page);
    return { ...page, active };
  }

  it("shows the agent's name, their typing, and their replies formatted safely, never as HTML", async () => {
    const { fake, byTest, wrapper: view, active } = await talking();
    expect(byTest('chat-agent-name').text()).toBe('You are chatting with Sara Ahmadi');
    fake.push('VisitorChatTyping', {
      visitorChatTyping: {
        chatId: 'chat-1',
        by: 'AGENT',
        name: 'Sara Ahmadi',
        typing: true,
        at: '2026-03-21T08:01:00Z',
      },
    });
    await flushPromises();
    expect(byTest('chat-agent-typing').text()).toBe('Sara Ahmadi is typing…');

    const reply =
      '<img src=x onerror="alert(1)"><b>Bring</b> your **library card**\n- see [the rules](https://library.example/rules)\n- or [this](javascript:alert(2))';
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(active),
        entry: entry({ author: { kind: 'AGENT', name: 'Sara Ahmadi' }, text: reply }),
      },
    });
    await flushPromises();
    const last = () => view.findAll('[data-test="chat-entry"]').at(-1)!;
    expect(last().attributes('data-author')).toBe('AGENT');
    await vi.waitFor(() => expect(last().find('[data-test="chat-entry-text"] strong').exists()).toBe(true));
    const text = last().get('[data-test="chat-entry-text"]');
    expect(text.get('strong').text()).toBe('library card');
    expect(text.findAll('li').map((item) => item.text())).toEqual(['see the rules', 'or [this](javascript:alert(2))']);
    expect(text.findAll('a').map((link) => link.attributes('href'))).toEqual(['https://library.example/rules']);
    expect(text.text()).toContain('<img src=x onerror="alert(1)"><b>Bring</b> your');
    const transcript = view.get('[data-test="chat-transcript"]');
    expect(transcript.find('img').exists()).toBe(false);
    expect(transcript.find('b').exists()).toBe(false);
    expect(byTest('chat-agent-typing').text()).toBe('');
  });

  it('words notices in the visitor’s language from whom they are about, not from the api’s English', async () => {
    const { fake, wrapper: view, active } = await talking({}, 'fa');
    const notice = (kind: 'ACCEPTED' | 'CLOSED_BY_AGENT', text: string) =>
      entry({
        kind: 'NOTICE',
        author: { kind: 'SYSTEM', name: '' },
        notice: kind,
        subject: { kind: 'AGENT', name: 'سارا احمدی' },
        text,
      });
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(active),
        entry: notice('ACCEPTED', 'Sara Ahmadi has joined the chat'),
      },
    });
    fake.push('VisitorChatActivity', {
      visitorChatActivity: { chat: withoutTranscript(active), entry: notice('CLOSED_BY_AGENT', 'anything at all') },
    });
    await flushPromises();
    const notices = view.findAll('[data-test="chat-entry"][data-kind="NOTICE"]').map((each) => each.text());
    expect(notices).toEqual(['سارا احمدی به گفت‌وگو پیوست', 'سارا احمدی گفت‌وگو را بست']);
    fake.push('VisitorChatActivity', {
      visitorChatActivity: {
        chat: withoutTranscript(active),
        entry: entry({
          kind: 'NOTICE',
          author: { kind: 'SYSTEM', name: '' },
          notice: 'ACCEPTED',
          subject: null,
          text: 'Sara Ahmadi has joined the chat',
        }),
      },
    });
    await flushPromises();
    expect(view.findAll('[data-test="chat-entry"][data-kind="NOTICE"]').at(-1)!.text()).toBe(
      'یک کتابدار به گفت‌وگو پیوست',
    );
  });

  it('keeps the visitor’s own messages as typed, without formatting', async () => {
    const { byTest, wrapper: view } = await talking({
      SendVisitorMessage: ({ text }) => ({
        data: { sendVisitorMessage: entry({ id: 'sent-1', text: text as string }) },
      }),
    });
    await byTest('chat-send-input').setValue('**not bold** and <i>not italic</i>');
    await byTest('chat-composer').trigger('submit');
    await flushPromises();
    const mine = view
      .findAll('[data-test="chat-entry"][data-author="VISITOR"]')
      .at(-1)!
      .get('[data-test="chat-entry-text"]');
    expect(mine.text()).toBe('**not bold** and <i>not italic</i>');
    expect(mine.find('strong').exists()).toBe(false);
    expect(mine.find('i').exists()).toBe(false);
  });

  it('sends with Enter, keeps a new line with Shift+Enter, and marks the message delivered', async () => {
    const {
      byTest,
      fake,
      wrapper: view,
    } = await talking({
      SendVisitorMessage: ({ text }) => ({
        data: { sendVisitorMessage: entry({ id: 'sent-1', text: text as string }) },
      }),
    });
    const box = byTest('chat-send-input');
    await box.setValue('line one');
    await box.trigger('keydown', { key: 'Enter', shiftKey: true });
    expect(fake.calls.filter((call) => call.name === 'SendVisitorMessage')).toHaveLength(0);
    await box.setValue('line one\nline two');
    await box.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'SendVisitorMessage')!.variables['text']).toBe('line one\nline two');
    expect((box.element as HTMLTextAreaElement).value).toBe('');
    const mine = view.findAll('[data-test="chat-entry"][data-author="VISITOR"]').at(-1)!;
    expect(mine.attributes('data-status')).toBe('delivered');
    expect(mine.get('[data-test="chat-entry-status"]').text()).toBe('Delivered');
  });

  it('offers to send again a message that could not go out', async () => {
    let reachable = false;
    const { byTest, wrapper: view } = await talking({
      SendVisitorMessage: ({ text }) =>
        reachable
          ? { data: { sendVisitorMessage: entry({ id: 'late', text: text as string }) } }
          : { networkError: true },
    });
    await byTest('chat-send-input').setValue('Hello?');
    await byTest('chat-composer').trigger('submit');
    await flushPromises();
    const failed = view.findAll('[data-test="chat-entry"]').at(-1)!;
    expect(failed.attributes('data-status')).toBe('failed');
    expect(failed.text()).toContain('The server cannot be reached');
    reachable = true;
    await failed.get('[data-test="chat-message-retry"]').trigger('click');
    await flushPromises();
    expect(view.findAll('[data-test="chat-entry"]').at(-1)!.attributes('data-status')).toBe('delivered');
    expect(view.findAll('[data-test="chat-entry"]').filter((each) => each.text().includes('Hello?'))).toHaveLength(1);
  });

  it('closes only after the visitor confirms, then offers a new chat', async () => {
    const closed = visitorChat({
      status: 'CLOSED',
      closedBy: 'VISITOR',
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
    const {
      byTest,
      fake,
      wrapper: view,
    } = await talking({ CloseChatAsVisitor: () => ({ data: { closeChatAsVisitor: closed } }) });
    await byTest('chat-close').trigger('click');
    expect(document.activeElement).toBe(byTest('chat-close-cancel').element);
    await byTest('chat-close-cancel').trigger('click');
    expect(view.find('[data-test="chat-close-confirm"]').exists()).toBe(false);
    expect(fake.calls.some((call) => call.name === 'CloseChatAsVisitor')).toBe(false);

    await byTest('chat-close').trigger('click');
    await byTest('chat-close-confirm').trigger('click');
    await flushPromises();
    expect(byTest('chat-closed').text()).toContain('You have ended this chat.');
    expect(view.findAll('[data-test="chat-entry"]').at(-1)!.text()).toBe('You have closed the chat.');
    expect(view.find('[data-test="chat-composer"]').exists()).toBe(false);
    await byTest('chat-new-chat').trigger('click');
    await flushPromises();
    expect((byTest('chat-start-name').element as HTMLInputElement).value).toBe('Reza Karimi');
    expect((byTest('chat-start-question').element as HTMLTextAreaElement).value).toBe('');
  });

  it("downloads the transcript as a text file in the reader's language, and mails it on request", async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:transcript');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { byTest, fake } = await talking(
      { EmailChatTranscript: ({ email }) => ({ data: { emailChatTranscript: { mailId: 'm-1', to: email } } }) },
      'fa',
    );
    await byTest('chat-download-transcript').trigger('click');
    const text = await (created.mock.calls[0]![0] as Blob).text();
    expect(text).toContain('متن گفت‌وگو');
    expect(text).toContain('بخش: حقوق');
    expect(text).toContain('شما:\nشرایط عضویت مهمان چیست؟');

    await byTest('chat-email-transcript').trigger('click');
    await byTest('chat-email-transcript-address').setValue('reza@example.ir');
    await byTest('chat-email-transcript-form').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'EmailChatTranscript')!.variables['email']).toBe('reza@example.ir');
    expect(byTest('chat-email-transcript-sent').text()).toContain('reza@example.ir');
  });
});

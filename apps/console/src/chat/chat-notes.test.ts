import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createConsoleRouter } from '../router';
import ChatArchivePage from './ChatArchivePage.vue';
import ChatMentionNotices from './ChatMentionNotices.vue';
import ChatNoteForm from './ChatNoteForm.vue';
import ChatTranscript from './ChatTranscript.vue';
import { chatSummary, entry, signedInDesk } from './testing/desk-fixtures';

const YUKI = { id: 'agent-2', name: 'Yuki Tanaka' };
const note = entry({
  id: 'note-1',
  kind: 'NOTE',
  author: { kind: 'AGENT', id: 'agent-1', name: 'Sara Ahmadi' },
  text: '@Yuki Tanaka do we have it?',
  mentions: [YUKI],
});

describe('internal notes', () => {
  it('show in the transcript as notes with whom they mention; the log wraps a real list', async () => {
    const { plugin } = await signedInDesk();
    const wrapper = mount(ChatTranscript, {
      props: { chat: chatSummary(), entries: [entry(), note] },
      global: { plugins: [plugin] },
    });
    const log = wrapper.get('[role="log"]');
    expect(log.element.tagName).toBe('DIV');
    expect(log.get('ol').findAll(':scope > li')).toHaveLength(2);
    const shown = wrapper.findAll('[data-test="chat-transcript-entry"]')[1]!;
    expect(shown.attributes('data-kind')).toBe('note');
    expect(shown.text()).toContain('Internal note');
    expect(shown.get('[data-test="chat-note-mentions"]').text()).toBe('Mentioned: Yuki Tanaka');
  });

  it('offer the colleagues who may read the chat after @, and mention the one picked', async () => {
    const { plugin, fake } = await signedInDesk({
      ChatMentionCandidates: () => ({
        data: { chatMentionCandidates: [YUKI, { id: 'agent-3', name: 'Reza Rahimi' }] },
      }),
      AddChatNote: () => ({ data: { addChatNote: note } }),
    });
    const wrapper = mount(ChatNoteForm, {
      props: { chatId: 'chat-1' },
      global: { plugins: [plugin] },
      attachTo: document.body,
    });
    await flushPromises();
    const input = wrapper.get('[data-test="chat-note-input"]');
    await input.setValue('@yu');
    expect(wrapper.findAll('[data-test="chat-note-suggestion"]').map((each) => each.text())).toEqual(['Yuki Tanaka']);
    await input.trigger('keydown', { key: 'Enter' });
    expect((input.element as HTMLTextAreaElement).value).toBe('@Yuki Tanaka ');
    await input.setValue('@Yuki Tanaka do we have it?');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'AddChatNote')!.variables).toMatchObject({
      chatId: 'chat-1',
      text: '@Yuki Tanaka do we have it?',
      mentionIds: ['agent-2'],
    });
    expect((input.element as HTMLTextAreaElement).value).toBe('');
    wrapper.unmount();
  });

  it('explain a mention of someone who cannot read the chat', async () => {
    const { plugin } = await signedInDesk({
      ChatMentionCandidates: () => ({ data: { chatMentionCandidates: [] } }),
      AddChatNote: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN', reason: 'CHAT_MENTION_CANNOT_READ' }] }),
    });
    const wrapper = mount(ChatNoteForm, { props: { chatId: 'chat-1' }, global: { plugins: [plugin] } });
    await wrapper.get('[data-test="chat-note-input"]').setValue('a note');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="chat-note-failure"]').text()).toContain('cannot read this chat');
  });

  it('that mention the member reach them wherever they are, with a link to the chat', async () => {
    const harness = await signedInDesk();
    const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
    harness.app.use(router);
    await router.push('/outbox');
    const wrapper = mount(ChatMentionNotices, { global: { plugins: [harness.plugin, router] } });
    await flushPromises();
    harness.fake.push('ChatMentions', {
      chatMentions: {
        chatId: 'chat-1',
        departmentId: 'dep-letters',
        visitorName: 'Reza Karimi',
        by: { id: 'agent-1', name: 'Sara Ahmadi' },
        note,
      },
    });
    await flushPromises();
    const shown = wrapper.get('[data-test="chat-mention"]');
    expect(shown.text()).toContain('Sara Ahmadi mentioned you in the chat with Reza Karimi');
    expect(shown.get('[data-test="chat-mention-open"]').attributes('href')).toBe('/console/chats/archive/chat-1');
    wrapper.unmount();
  });
});

describe('the archive', () => {
  it('searches with the filters in the address and links each chat to its own address', async () => {
    const harness = await signedInDesk({
      ChatArchive: (variables) => ({
        data: {
          chatArchive: {
            total: 1,
            nextOffset: null,
            hits: [
              {
                excerpt: 'کتاب «بوف کور»',
                chat: chatSummary({ rating: { score: 5, good: true, comment: null, ratedAt: '2026-03-21T09:00:00Z' } }),
              },
            ],
          },
        },
        variables,
      }),
    });
    const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
    harness.app.use(router);
    await router.push('/chats/archive?text=%D9%83%D8%AA%D8%A7%D8%A8&rating=good');
    const wrapper = mount(ChatArchivePage, { global: { plugins: [harness.plugin, router] } });
    await flushPromises();
    expect(harness.fake.calls.filter((call) => call.name === 'ChatArchive').at(-1)!.variables).toEqual({
      filter: { text: 'كتاب', ratedGood: true },
      offset: 0,
      limit: 25,
    });
    const hit = wrapper.get('[data-test="chat-archive-hit"]');
    expect(hit.text()).toContain('کتاب «بوف کور»');
    expect(hit.text()).toContain('Rated 5 of 5');
    expect(hit.get('a').attributes('href')).toBe('/console/chats/archive/chat-1');
    await wrapper.get('[data-test="chat-archive-department"]').setValue('dep-law');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ text: 'كتاب', departmentId: 'dep-law', rating: 'good' });
    expect(harness.fake.calls.filter((call) => call.name === 'ChatArchive').at(-1)!.variables).toMatchObject({
      filter: { departmentId: 'dep-law' },
    });
  });
});

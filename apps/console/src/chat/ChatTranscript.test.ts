import type { OutgoingMessage } from '@deskstream/ui';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { TranscriptEntryFieldsFragment as TranscriptEntry } from '../generated/graphql';
import { createConsoleHarness } from '../testing/console-harness';
import ChatTranscript from './ChatTranscript.vue';
import { useDeskDepartmentsStore } from './desk-departments-store';
import { LAW, LETTERS, agentEntry, chatSummary, entry, visitorEntry } from './testing/desk-fixtures';

type NoticeSubject = NonNullable<TranscriptEntry['subject']>;

const notice = (
  id: string,
  kind: TranscriptEntry['notice'],
  subject: NoticeSubject,
  text: string,
  staffNote: string | null = null,
) =>
  entry({ id, kind: 'NOTICE', author: { kind: 'SYSTEM', id: null, name: '' }, text, notice: kind, subject, staffNote });

const entries: TranscriptEntry[] = [
  entry(),
  notice('n-1', 'ACCEPTED', { kind: 'AGENT', id: 'agent-1', name: 'Sara Ahmadi' }, 'Sara Ahmadi has joined the chat'),
  agentEntry('a-1', 'It is on the **second floor**, see [the map](https://library.example/map).'),
  visitorEntry('v-1', '<script>alert(1)</script> *not italic*\nsecond line'),
  notice(
    'n-2',
    'TRANSFERRED',
    { kind: 'DEPARTMENT', id: LAW.id, name: 'Law' },
    'The chat has been transferred to Law',
    'A question on copyright law',
  ),
  notice(
    'n-3',
    'CLOSED_BY_VISITOR',
    { kind: 'VISITOR', id: null, name: 'Reza Karimi' },
    'Reza Karimi has closed the chat explicitly',
  ),
];

async function mountTranscript(locale = 'en', outgoing: OutgoingMessage[] = []) {
  const { plugin, pinia, fake } = createConsoleHarness(
    { ChatDepartments: () => ({ data: { departments: [LETTERS, LAW] } }) },
    { locale },
  );
  await useDeskDepartmentsStore(pinia).ensureLoaded();
  expect(fake.calls.map((call) => call.name)).toEqual(['ChatDepartments']);
  return mount(ChatTranscript, { props: { chat: chatSummary(), entries, outgoing }, global: { plugins: [plugin] } });
}

describe('ChatTranscript', () => {
  it('shows messages and notices in order, each marked for tests by kind and author', async () => {
    const wrapper = await mountTranscript();
    const items = wrapper.findAll('[data-test="chat-transcript-entry"]');
    expect(items.map((item) => `${item.attributes('data-kind')}:${item.attributes('data-author')}`)).toEqual([
      'message:visitor',
      'notice:system',
      'message:agent',
      'message:visitor',
      'notice:system',
      'notice:system',
    ]);
    expect(items[5]!.text()).toContain('Reza Karimi has closed the chat explicitly');
    expect(items[5]!.attributes('data-notice')).toBe('CLOSED_BY_VISITOR');
  });

  it('formats the agent’s message safely and keeps the visitor’s as typed', async () => {
    const wrapper = await mountTranscript();
    const [, , agent, visitor] = wrapper.findAll('[data-test="chat-transcript-entry"]');
    expect(agent!.get('strong').text()).toBe('second floor');
    expect(agent!.get('a').attributes('href')).toBe('https://library.example/map');
    expect(visitor!.find('script').exists()).toBe(false);
    expect(visitor!.find('em').exists()).toBe(false);
    expect(visitor!.get('.chat-transcript__plain').text()).toBe('<script>alert(1)</script> *not italic*\nsecond line');
  });

  it('words notices in the reader’s language, with the department’s name and the staff note', async () => {
    const wrapper = await mountTranscript('fa');
    const items = wrapper.findAll('[data-test="chat-transcript-entry"]');
    expect(items[1]!.text()).toContain('Sara Ahmadi به گفت‌وگو پیوست');
    expect(items[4]!.text()).toContain('گفت‌وگو به حقوق منتقل شد');
    expect(items[4]!.text()).toContain('یادداشت: A question on copyright law');
    expect(items[5]!.text()).toContain('Reza Karimi گفت‌وگو را به‌صراحت بست');
    expect(items[5]!.get('time').text()).toMatch(/^[۰-۹:٫ ]+/);
  });

  it('shows the agent’s messages on their way, and a failed one with why and a retry', async () => {
    const outgoing: OutgoingMessage[] = [
      { clientMessageId: 'c-1', text: 'One moment', at: '2026-03-21T08:04:00.000Z', state: 'sending', failure: null },
      {
        clientMessageId: 'c-2',
        text: 'Hello?',
        at: '2026-03-21T08:04:10.000Z',
        state: 'failed',
        failure: { code: 'CONFLICT', reason: 'CHAT_CLOSED' },
      },
    ];
    const wrapper = await mountTranscript('en', outgoing);
    const pending = wrapper.findAll('[data-test="chat-outgoing"]');
    expect(pending.map((item) => item.attributes('data-state'))).toEqual(['sending', 'failed']);
    expect(pending[1]!.text()).toContain('This chat has been closed.');
    await pending[1]!.get('[data-test="chat-outgoing-retry"]').trigger('click');
    expect(wrapper.emitted('retry')).toEqual([['c-2']]);
  });
});

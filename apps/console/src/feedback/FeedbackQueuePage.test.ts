import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackItemFieldsFragment as FeedbackItem } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { item, topic } from './testing/feedback-fixtures';
import { mountFeedback } from './testing/mount-feedback';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const PRODUCTS = [
  {
    key: 'noor-desk',
    name: 'Noor Desk',
    versions: [{ version: '2.0', releasedOn: null }],
    deviceSerialFormat: '#',
    activationSerialFormat: '#',
    deviceSerialExample: '0',
    activationSerialExample: '0',
    registrationCount: 0,
  },
];

async function openQueue(
  path: string,
  items: FeedbackItem[],
  answers: Record<string, FakeResolver> = {},
  locale = 'en',
) {
  let current = items;
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      Products: () => ({ data: { products: PRODUCTS } }),
      FeedbackQueue: () => ({
        data: {
          feedbackQueue: {
            nodes: current,
            pageInfo: { endCursor: null, hasNextPage: false },
            totalCount: current.length,
          },
        },
      }),
      FeedbackItem: ({ id }) => ({ data: { feedbackItem: current.find((each) => each.id === id) ?? null } }),
      FeedbackSuggestions: () => ({
        data: {
          feedbackSuggestions: {
            topics: [
              {
                topic: { id: 'topic-1', title: 'PDF export crashes', product: 'noor-desk', kind: 'BUG', itemCount: 1 },
                score: 0.82,
              },
            ],
            items: [],
          },
        },
      }),
      ClassifyFeedback: ({ itemId, input }) => {
        current = current.map((each) => (each.id === itemId ? { ...each, ...(input as object) } : each));
        return { data: { classifyFeedback: current.find((each) => each.id === itemId) } };
      },
      GroupFeedback: () => {
        const { items: _items, ...row } = topic();
        return { data: { groupFeedback: row } };
      },
      ...answers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountFeedback(harness.plugin, path);
  await flushPromises();
  return { harness, ...mounted, set: (next: FeedbackItem[]) => (current = next) };
}

describe('the triage queue', () => {
  it('asks for what the address says and lists it; the filters change the address', async () => {
    const { wrapper, harness, router } = await openQueue('/feedback?kind=BUG&channel=CHAT&q=pdf', [item()]);
    expect(harness.fake.calls.find((call) => call.name === 'FeedbackQueue')?.variables).toEqual({
      filter: { state: 'OPEN', kind: 'BUG', channel: 'CHAT', text: 'pdf', first: 50 },
    });
    expect(wrapper.findAll('[data-test="feedback-row"]')).toHaveLength(1);
    await wrapper.get('[data-test="feedback-filter-unclassified"]').setValue(true);
    await wrapper.get('[data-test="feedback-filters"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ kind: 'BUG', channel: 'CHAT', q: 'pdf', unclassified: '1' });
    expect(harness.fake.calls.filter((call) => call.name === 'FeedbackQueue').at(-1)?.variables).toEqual({
      filter: { state: 'OPEN', unclassified: true, kind: 'BUG', channel: 'CHAT', text: 'pdf', first: 50 },
    });
  });

  it('opens an item with its source, classifies it, and groups it into the suggested topic once the agent confirms', async () => {
    const { wrapper, harness } = await openQueue('/feedback?item=item-1', [item()]);
    const panel = wrapper.get('[data-test="feedback-item"]');
    expect(panel.get('[data-test="feedback-item-text"]').text()).toBe('Export to PDF crashes with error E-4127');
    expect(panel.get('[data-test="feedback-item-source"]').attributes('href')).toBe('/console/chats/archive/chat-1');
    expect(harness.fake.calls.some((call) => call.name === 'GroupFeedback')).toBe(false);

    await panel.get('[data-test="feedback-classify-product"]').setValue('noor-desk');
    await panel.get('[data-test="feedback-classify-kind"]').setValue('BUG');
    await panel.get('[data-test="feedback-classify-tags"]').setValue('pdf, export');
    await panel.get('[data-test="feedback-classify"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'ClassifyFeedback')?.variables).toMatchObject({
      itemId: 'item-1',
      input: { product: 'noor-desk', version: null, build: null, kind: 'BUG', severity: null, tags: ['pdf', 'export'] },
    });
    expect(wrapper.get('[data-test="feedback-item-kind"]').text()).toContain('Bug');

    const suggestion = wrapper.get('[data-test="feedback-suggestion"]');
    expect(suggestion.text()).toContain('PDF export crashes');
    expect(suggestion.get('[data-test="feedback-suggestion-score"]').text()).toContain('82%');
    await suggestion.get('[data-test="feedback-group-suggested"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'GroupFeedback')?.variables).toMatchObject({
      input: { itemIds: ['item-1'], topicId: 'topic-1', suggested: true, score: 0.82 },
    });
    expect(wrapper.get('[data-test="feedback-grouped"]').attributes('data-topic-id')).toBe('topic-1');
  });

  it('keeps a group’s command id while its answer is lost, so the retry groups once', async () => {
    let lost = true;
    const { wrapper, harness } = await openQueue('/feedback?item=item-1', [item()], {
      GroupFeedback: () => {
        if (lost) {
          lost = false;
          return { networkError: true };
        }
        const { items: _items, ...row } = topic();
        return { data: { groupFeedback: row } };
      },
    });
    await wrapper.get('[data-test="feedback-group-new-title"]').setValue('PDF export crashes');
    await wrapper.get('[data-test="feedback-group-new"]').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-test="feedback-group-new"]').trigger('submit');
    await flushPromises();
    const groups = harness.fake.calls.filter((call) => call.name === 'GroupFeedback');
    expect(groups).toHaveLength(2);
    expect(groups[1]!.variables['commandId']).toBe(groups[0]!.variables['commandId']);
    expect(groups[0]!.variables['input']).toMatchObject({ newTopic: { title: 'PDF export crashes' } });
  });

  it('files the support unit’s own report (n), checks it first, keeps its command id across a retry, and opens it', async () => {
    let lost = true;
    const filed = item({
      id: 'item-9',
      reporter: { ...item().reporter, kind: 'SUPPORT_UNIT', name: null, email: null },
    });
    const { wrapper, harness, set, router } = await openQueue('/feedback', [item()], {
      FileFeedback: ({ input }) => {
        if (lost) {
          lost = false;
          return { networkError: true };
        }
        const sent = input as { text: string; language: 'fa' };
        const made = { ...filed, text: sent.text, language: sent.language, build: '2.1-beta.3', kind: 'BUG' as const };
        set([made, item()]);
        return { data: { fileFeedback: made } };
      },
    });
    expect(wrapper.find('[data-test="feedback-file"]').exists()).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', bubbles: true }));
    await flushPromises();
    const form = wrapper.get('[data-test="feedback-file"]');
    expect(wrapper.get('[data-test="feedback-file-open"]').attributes('aria-expanded')).toBe('true');
    expect(form.get<HTMLSelectElement>('[data-test="feedback-file-language"]').element.value).toBe('en');
    expect(form.findAll('[data-test="feedback-file-language"] option').map((each) => each.text())).toEqual([
      'فارسی',
      'English',
      '日本語',
      'Tiếng Việt',
    ]);
    await form.trigger('submit');
    await flushPromises();
    expect(form.get('[data-test="feedback-file-problem"]').text()).toBe('Say what was found.');
    expect(harness.fake.calls.some((call) => call.name === 'FileFeedback')).toBe(false);

    await form.get('[data-test="feedback-file-text"]').setValue(' خروجی PDF در نسخهٔ آزمایشی بسته می‌شود ');
    await form.get('[data-test="feedback-file-language"]').setValue('fa');
    await form.get('[data-test="feedback-classify-product"]').setValue('noor-desk');
    await form.get('[data-test="feedback-classify-build"]').setValue('2.1-beta.3');
    await form.get('[data-test="feedback-classify-kind"]').setValue('BUG');
    await form.get('[data-test="feedback-classify-severity"]').setValue('HIGH');
    await form.get('[data-test="feedback-classify-tags"]').setValue('pdf, beta');
    await form.trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="feedback-filed"]').exists()).toBe(false);
    await form.trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((call) => call.name === 'FileFeedback');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.variables['commandId']).toBe(sent[0]!.variables['commandId']);
    expect(sent[0]!.variables['input']).toEqual({
      text: 'خروجی PDF در نسخهٔ آزمایشی بسته می‌شود',
      language: 'fa',
      classification: {
        product: 'noor-desk',
        version: null,
        build: '2.1-beta.3',
        kind: 'BUG',
        severity: 'HIGH',
        tags: ['pdf', 'beta'],
      },
    });
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ item: 'item-9' }));
    await flushPromises();
    expect(wrapper.find('[data-test="feedback-file"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="feedback-filed"]').text()).toBe('Filed.');
    expect(wrapper.get('[data-test="feedback-item-language"]').text()).toBe('فارسی');
    expect(wrapper.get('[data-test="feedback-item-reporter"]').text()).toBe('Support unit');
    expect(wrapper.findAll('[data-test="feedback-row"]')).toHaveLength(2);
  });

  it('reads in Persian, right to left, with Persian digits', async () => {
    const { wrapper } = await openQueue('/feedback', [item(), item({ id: 'item-2' })], {}, 'fa');
    expect(wrapper.get('h1').text()).toBe('بررسی بازخوردها');
    expect(wrapper.get('[data-test="feedback-queue-count"]').text()).toBe('۲ مورد');
  });
});

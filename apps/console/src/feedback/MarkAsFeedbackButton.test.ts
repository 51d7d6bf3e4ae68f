import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createConsoleHarness } from '../testing/console-harness';
import { stubPage } from '../testing/mount-section';
import MarkAsFeedbackButton from './MarkAsFeedbackButton.vue';
import { item } from './testing/feedback-fixtures';
// Loaded with the test file, so the dialog's lazy import needs no time within a test.
import './MarkAsFeedbackDialog.vue';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountButton(capture: () => unknown) {
  const harness = createConsoleHarness({
    Products: () => ({ data: { products: [] } }),
    CaptureFeedback: capture as never,
  });
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', component: stubPage('desk') },
      { path: '/feedback', name: 'feedback-queue', component: stubPage('queue') },
    ],
  });
  await router.push('/');
  const wrapper = mount(MarkAsFeedbackButton, {
    props: {
      source: { kind: 'TICKET_MESSAGE', ticketId: 'ticket-9', messageId: 'entry-3' },
      text: '  The reader crashes on export.  ',
    },
    global: { plugins: [harness.plugin, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { harness, wrapper };
}

const inDocument = (selector: string) => document.body.querySelector<HTMLElement>(selector);

describe('“mark as feedback” on a conversation item', () => {
  it('captures the item from its exact source, with the quote and a classification, and links to it in the queue', async () => {
    const { harness, wrapper } = await mountButton(() => ({ data: { captureFeedback: item({ id: 'item-7' }) } }));
    await wrapper.get('[data-test="feedback-mark"]').trigger('click');
    await vi.waitFor(() => expect(inDocument('[data-test="feedback-mark-dialog"]')).not.toBeNull());
    await flushPromises();
    const quote = inDocument('[data-test="feedback-mark-quote"]') as HTMLTextAreaElement;
    expect(quote.value).toBe('The reader crashes on export.');
    const kind = inDocument('[data-test="feedback-classify-kind"]') as HTMLSelectElement;
    kind.value = 'BUG';
    kind.dispatchEvent(new Event('change'));
    inDocument('[data-test="feedback-mark-submit"]')!.click();
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'CaptureFeedback')?.variables).toMatchObject({
      input: {
        source: { kind: 'TICKET_MESSAGE', ticketId: 'ticket-9', messageId: 'entry-3' },
        text: null,
        classification: { kind: 'BUG', product: null, tags: [] },
      },
    });
    expect(inDocument('[data-test="feedback-mark-done"]')?.dataset['itemId']).toBe('item-7');
    expect(inDocument('[data-test="feedback-mark-open"]')?.getAttribute('href')).toBe('/console/feedback?item=item-7');
    inDocument('[data-test="feedback-mark-close"]')!.click();
    await flushPromises();
    expect(inDocument('[data-test="feedback-mark-dialog"]')).toBeNull();
    expect(wrapper.get('[data-test="feedback-mark"]').attributes('data-state')).toBe('captured');
  });

  it('says what is wrong before sending, and keeps the command id while an answer is lost', async () => {
    let lost = true;
    const { harness, wrapper } = await mountButton(() => {
      if (!lost) return { data: { captureFeedback: item() } };
      lost = false;
      return { networkError: true };
    });
    await wrapper.get('[data-test="feedback-mark"]').trigger('click');
    await vi.waitFor(() => expect(inDocument('[data-test="feedback-mark-quote"]')).not.toBeNull());
    const quote = inDocument('[data-test="feedback-mark-quote"]') as HTMLTextAreaElement;
    quote.value = '  ';
    quote.dispatchEvent(new Event('input'));
    inDocument('[data-test="feedback-mark-submit"]')!.click();
    await flushPromises();
    expect(inDocument('[data-test="feedback-mark-problem"]')?.textContent).toBe('The quote is empty.');
    expect(harness.fake.calls.some((call) => call.name === 'CaptureFeedback')).toBe(false);

    quote.value = 'The reader crashes';
    quote.dispatchEvent(new Event('input'));
    inDocument('[data-test="feedback-mark-submit"]')!.click();
    await flushPromises();
    expect(inDocument('[data-test="feedback-mark-refused"]')).not.toBeNull();
    inDocument('[data-test="feedback-mark-submit"]')!.click();
    await flushPromises();
    const captures = harness.fake.calls.filter((call) => call.name === 'CaptureFeedback');
    expect(captures).toHaveLength(2);
    expect(captures[1]!.variables['commandId']).toBe(captures[0]!.variables['commandId']);
    expect(captures[1]!.variables['input']).toMatchObject({ text: 'The reader crashes' });
    expect(inDocument('[data-test="feedback-mark-done"]')).not.toBeNull();
  });
});

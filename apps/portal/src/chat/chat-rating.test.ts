import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CHAT_STORAGE_KEY } from './chat-storage';
import type { VisitorChatWithTranscript } from './operations';
import { entry, memoryStorage, visitorChat } from '../testing/portal-harness';
import { openPortalPage } from '../testing/portal-page';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const answered = (overrides: Partial<VisitorChatWithTranscript> = {}) =>
  visitorChat({
    status: 'CLOSED',
    closedBy: 'AGENT',
    agentName: 'Sara Ahmadi',
    queuePosition: null,
    canRate: true,
    transcript: [
      entry({ id: 'q', text: 'Guest membership?' }),
      entry({ id: 'a', text: 'Bring an ID card.', author: { kind: 'AGENT', name: 'Sara Ahmadi' } }),
    ],
    ...overrides,
  });

/** A visitor whose saved chat is loaded again, as after a reload of the page. */
async function resumed(
  chat: VisitorChatWithTranscript,
  resolvers: Parameters<typeof openPortalPage>[1] = {},
  locale = 'en',
) {
  const storage = memoryStorage();
  storage.setItem(CHAT_STORAGE_KEY, JSON.stringify({ chatId: chat.id, visitorToken: 'token-1', unsent: [] }));
  const page = await openPortalPage(
    '/chat',
    { VisitorChat: () => ({ data: { visitorChat: chat } }), ...resolvers },
    locale,
    storage,
  );
  wrapper = page.wrapper;
  return page;
}

describe('rating a chat after it ended', () => {
  it('offers 1 to 5 and a comment once an answered chat is closed, says why when no score is chosen, and thanks the visitor', async () => {
    const { transcript: _transcript, ...fields } = answered();
    const page = await resumed(answered(), {
      RateChat: ({ input }) => ({
        data: {
          rateChat: {
            ...fields,
            canRate: false,
            rating: {
              score: (input as { score: number }).score,
              good: true,
              comment: 'Very helpful',
              ratedAt: '2026-03-21T09:00:00Z',
            },
          },
        },
      }),
    });
    const form = page.byTest('chat-rating-form');
    expect(form.get('h2').text()).toBe('How was this chat?');
    expect(form.get('legend').text()).toBe('Your rating');
    expect(form.findAll('input[type="radio"]').map((radio) => radio.attributes('value'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(form.findAll('label').at(3)!.text()).toContain('Good');

    await page.byTest('chat-rating-submit').trigger('submit');
    await form.trigger('submit');
    await flushPromises();
    const missing = page.byTest('chat-rating-missing');
    expect(missing.text()).toBe('Choose a rating from 1 to 5 first.');
    expect(form.get('fieldset').attributes('aria-describedby')).toBe(missing.attributes('id'));
    expect(document.activeElement).toBe(page.byTest('chat-rating-score-1').element);
    expect(page.fake.calls.some((call) => call.name === 'RateChat')).toBe(false);

    await page.byTest('chat-rating-score-4').setValue(true);
    await page.byTest('chat-rating-comment').setValue('  Very helpful  ');
    await form.trigger('submit');
    await flushPromises();
    expect(page.fake.calls.find((call) => call.name === 'RateChat')!.variables['input']).toEqual({
      chatId: 'chat-1',
      visitorToken: 'token-1',
      score: 4,
      comment: 'Very helpful',
    });
    expect(page.wrapper.find('[data-test="chat-rating-form"]').exists()).toBe(false);
    const thanks = page.byTest('chat-rating-thanks');
    expect(thanks.text()).toContain('Thank you for your rating.');
    expect(thanks.text()).toContain('You rated this chat 4 out of 5.');
    expect(document.activeElement).toBe(thanks.element);
  });

  it('shows the thank-you again after a reload, in Persian with Persian digits, and no form', async () => {
    const page = await resumed(
      answered({ canRate: false, rating: { score: 5, good: true, comment: null, ratedAt: '2026-03-21T09:00:00Z' } }),
      {},
      'fa',
    );
    expect(page.wrapper.find('[data-test="chat-rating-form"]').exists()).toBe(false);
    expect(page.byTest('chat-rating-thanks').text()).toContain('شما به این گفت‌وگو ۵ از ۵ دادید.');
  });

  it('is not offered for a chat no librarian answered, nor while the chat goes on', async () => {
    const unanswered = await resumed(
      visitorChat({ status: 'CLOSED', closedBy: 'VISITOR', queuePosition: null, canRate: false }),
    );
    expect(unanswered.wrapper.find('[data-test="chat-rating-form"]').exists()).toBe(false);
    unanswered.wrapper.unmount();
    const ongoing = await resumed(answered({ status: 'ACTIVE', closedBy: null }));
    expect(ongoing.wrapper.find('[data-test="chat-rating-form"]').exists()).toBe(false);
  });

  it('says in the visitor’s language why a rating was refused', async () => {
    const page = await resumed(
      answered(),
      { RateChat: () => ({ errors: [{ message: 'x', code: 'CONFLICT', reason: 'CHAT_ALREADY_RATED' }] }) },
      'ja',
    );
    await page.byTest('chat-rating-score-2').setValue(true);
    await page.byTest('chat-rating-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('chat-rating-error').text()).toBe('このチャットはすでに評価されています。');
  });
});

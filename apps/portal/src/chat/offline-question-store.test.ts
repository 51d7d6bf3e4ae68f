import { describe, expect, it } from 'vitest';
import { callsOf, visitorStores } from '../testing/visitor-chat-setup';

describe('useOfflineQuestionStore: an offline question', () => {
  it('is sent with the email and a client request id kept for retries, then acknowledged', async () => {
    let calls = 0;
    const { store, form, offline, fake } = visitorStores({
      ChatAvailability: ({ departmentId }) => ({ data: { chatAvailability: { departmentId, online: false } } }),
      AskOfflineQuestion: () =>
        calls++ === 0
          ? { networkError: true }
          : { data: { askOfflineQuestion: { id: 'q-1', askedAt: '2026-03-21T08:00:00.000Z' } } },
    });
    await store.open('law');
    expect(form.formMode).toBe('offline');
    Object.assign(form.draft, { name: 'Reza Karimi', email: ' reza@example.ir ', question: 'Guest membership?' });
    await offline.ask();
    expect(offline.error?.code).toBe('NETWORK_ERROR');
    await offline.ask();

    const [first, second] = callsOf(fake, 'AskOfflineQuestion').map(
      (call) => call.variables['input'] as Record<string, string>,
    );
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      departmentId: 'law',
      name: 'Reza Karimi',
      email: 'reza@example.ir',
      question: 'Guest membership?',
    });
    expect(store.screen).toBe('offline-sent');
    expect(offline.receipt).toEqual({ id: 'q-1', email: 'reza@example.ir' });
    offline.askAnother();
    expect(store.screen).toBe('form');
  });
});

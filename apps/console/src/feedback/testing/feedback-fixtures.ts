import type {
  FeedbackItemFieldsFragment as FeedbackItem,
  FeedbackTopicFieldsFragment as FeedbackTopic,
  ProductTeamFieldsFragment as ProductTeam,
} from '../../generated/graphql';

/** A chat message captured as feedback, open in the queue (unless overridden). */
export function item(overrides: Partial<FeedbackItem> = {}): FeedbackItem {
  return {
    id: 'item-1',
    source: {
      kind: 'CHAT_MESSAGE',
      chatId: 'chat-1',
      ticketId: null,
      ticketNumber: null,
      messageId: 'entry-1',
      callId: null,
      noteId: null,
      questionId: null,
      articleId: null,
      articleRevision: null,
      surveyId: null,
    },
    channel: 'CHAT',
    text: 'Export to PDF crashes with error E-4127',
    product: null,
    version: null,
    build: null,
    kind: null,
    severity: null,
    tags: [],
    reporter: {
      kind: 'CUSTOMER',
      customerId: null,
      ticketId: null,
      name: 'Ali Moradi',
      email: 'ali@example.ir',
      phone: null,
    },
    language: 'en',
    capturedAt: '2026-12-07T09:00:00.000Z',
    state: 'OPEN',
    dismissal: null,
    topic: null,
    ...overrides,
  };
}

export const NOOR_TEAM: ProductTeam = {
  id: 'demo-team-noor',
  name: 'Noor software team',
  products: ['noor-desk'],
  members: [{ staffId: 'product-1', name: 'Pouya Rahimi' }],
  personalDataGranted: false,
};

/** A topic with one chat item and one ticket item, not yet forwarded (unless overridden). */
export function topic(overrides: Partial<FeedbackTopic> = {}): FeedbackTopic {
  return {
    id: 'topic-1',
    title: 'PDF export crashes',
    product: 'noor-desk',
    kind: 'BUG',
    state: 'OPEN',
    openedAt: '2026-12-07T09:10:00.000Z',
    forwardedAt: null,
    team: null,
    answers: [],
    itemCount: 2,
    reporterCount: 2,
    deliveredCount: 0,
    undeliverableCount: 0,
    items: [
      { ...item({ state: 'GROUPED', product: 'noor-desk', kind: 'BUG' }), deliveries: [] },
      {
        ...item({
          id: 'item-2',
          channel: 'TICKET',
          source: { ...item().source, kind: 'TICKET_MESSAGE', chatId: null, ticketId: 'ticket-9', ticketNumber: 9 },
          text: 'خروجی PDF با خطای E-4127 بسته می‌شود',
          language: 'fa',
          state: 'GROUPED',
        }),
        deliveries: [],
      },
    ],
    ...overrides,
  };
}

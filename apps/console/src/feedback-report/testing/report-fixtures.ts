import type {
  FeedbackReportDefinitionFieldsFragment,
  FeedbackReportFieldsFragment,
  FeedbackReportItemFieldsFragment,
} from '../../generated/graphql';

/** A report as the api answers it, for tests: a few figures over two weeks. */
export const REPORT: FeedbackReportFieldsFragment = {
  total: 1234,
  reporters: 987,
  byKind: [
    { key: 'BUG', count: 800, product: null },
    { key: 'PRAISE', count: 400, product: null },
    { key: 'UNCLASSIFIED', count: 34, product: null },
  ],
  byChannel: [
    { key: 'CHAT', count: 700, product: null },
    { key: 'TICKET', count: 534, product: null },
  ],
  bySeverity: [
    { key: 'HIGH', count: 600, product: null },
    { key: 'NONE', count: 634, product: null },
  ],
  byProduct: [{ key: 'noor-desk', count: 1234, product: null }],
  byVersion: [
    { key: '2.0', count: 1200, product: 'noor-desk' },
    { key: 'NONE', count: 34, product: null },
  ],
  trend: [
    { start: '2026-11-23', count: 500, byKind: [{ key: 'BUG', count: 300, product: null }] },
    { start: '2026-11-30', count: 734, byKind: [{ key: 'BUG', count: 500, product: null }] },
  ],
  topTopics: [
    {
      topic: {
        id: 'topic-crash',
        title: 'Search closes the program',
        product: 'noor-desk',
        kind: 'BUG',
        status: 'FIXED',
        answerVersion: '2.1',
        fixReleased: false,
      },
      reporters: 12,
      items: 15,
    },
  ],
  notFound: [
    { query: 'نصب روی مک', normalizedQuery: 'نصب روی مک', language: 'fa', count: 7, lastAt: '2026-12-01T08:00:00Z' },
  ],
  satisfaction: {
    answers: 20,
    average: 4.25,
    distribution: [1, 1, 2, 6, 10],
    trend: [
      { start: '2026-11-23', answers: 8, average: 4 },
      { start: '2026-11-30', answers: 12, average: 4.5 },
    ],
  },
  from: '2026-09-09',
  to: '2026-12-07',
  today: '2026-12-07',
  bucket: 'WEEK',
  timeZone: 'Asia/Tehran',
  definitionVersion: 0,
  rebuilding: false,
};

export const DEFINITION: FeedbackReportDefinitionFieldsFragment = {
  version: 0,
  kinds: [
    { key: 'BUG', labels: { fa: 'اشکال', en: 'Bug', ja: '不具合', vi: 'Lỗi' }, countsAs: ['BUG'] },
    { key: 'PRAISE', labels: { fa: 'تشکر', en: 'Praise', ja: '称賛', vi: 'Khen ngợi' }, countsAs: ['PRAISE'] },
  ],
  sources: ['CHAT_MESSAGE', 'TICKET_MESSAGE', 'ARTICLE_VOTE'],
  dismissedCount: false,
  changedAt: null,
  appliedVersion: 0,
  rebuilding: false,
};

export const PRODUCTS = [{ key: 'noor-desk', name: 'Noor Desk', versions: ['1.0', '2.0'] }];

export function reportItem(
  overrides: Partial<FeedbackReportItemFieldsFragment> = {},
): FeedbackReportItemFieldsFragment {
  return {
    id: 'item-1',
    at: '2026-12-01T08:00:00Z',
    text: 'Searching closes the program with error 0xC0000005',
    channel: 'TICKET',
    kind: 'BUG',
    reportKind: 'BUG',
    severity: 'HIGH',
    product: 'noor-desk',
    version: '2.0',
    build: null,
    language: 'en',
    topicId: 'topic-crash',
    source: {
      kind: 'TICKET_MESSAGE',
      chatId: null,
      ticketId: 'ticket-1',
      messageId: 'message-1',
      callId: null,
      noteId: null,
      questionId: null,
      articleId: null,
      articleRevision: null,
      surveyId: null,
      invitationId: null,
    },
    ticketNumber: 42,
    reporter: { kind: 'CUSTOMER', customerId: 'customer-1', name: null, email: null, phone: null },
    ...overrides,
  };
}

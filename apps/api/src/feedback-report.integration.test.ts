/**
 * The feedback report through the api: figures by kind, channel and period in the organisation's
 * time zone, drill-down to the exact source, personal data hidden from product teams until an
 * admin grants it, CSV export, roles; and a definition change that rebuilds the report from
 * history by replaying the store, shown before and after on the same events.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient } from '@eventstore/db-client';
import { toEventData } from '@deskstream/event-sourcing';
import { emptyFeedbackSource, type FeedbackContextEvent, type FeedbackSourceKind } from '@deskstream/feedback-domain';
import { startTestApi, type TestApi } from './testing/harness';

const PRODUCT = 'report-test-reader';
const TEAM = 'report-test-team';
const POUYA = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0005';
const by = { kind: 'staff', id: 'test' } as const;
const FILTER = { product: PRODUCT, from: '2025-01-01', to: '2025-02-28', bucket: 'MONTH' };

let api: TestApi;
let client: EventStoreDBClient;
let admin: string;
let pouya: string;
let sara: string;

async function append(stream: string, ...events: FeedbackContextEvent[]) {
  const metadata = { correlationId: 'test', causationId: 'test', actor: by, schema: 1 };
  const written = await client.appendToStream(
    stream,
    events.map((event) => toEventData(event, randomUUID(), metadata)),
  );
  const position = written.position!;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const at = api.app.platform.status().position;
    if (at && (at.commit > position.commit || (at.commit === position.commit && at.prepare >= position.prepare)))
      return;
    if (Date.now() > deadline) throw new Error('the read models did not reach the appended events');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function captured(
  itemId: string,
  at: string,
  kind: 'BUG' | 'USABILITY' | 'FEATURE_REQUEST',
  sourceKind: FeedbackSourceKind,
  channel: 'CHAT' | 'TICKET' | 'KNOWLEDGE_BASE' | 'STAFF',
  email: string | null,
): FeedbackContextEvent {
  return {
    type: 'FeedbackCaptured',
    data: {
      itemId,
      source: {
        ...emptyFeedbackSource(sourceKind),
        ...(sourceKind === 'ARTICLE_VOTE' ? { articleId: 'kb-1603', articleRevision: 3 } : {}),
        ...(sourceKind === 'CHAT_MESSAGE'
          ? { chatId: `chat-${itemId}`, messageId: `msg-${itemId}`, eventId: randomUUID() }
          : {}),
      },
      channel,
      text: `the export crashes with 1603 (${itemId})`,
      product: PRODUCT,
      version: '2.1',
      build: null,
      kind,
      severity: 'HIGH',
      tags: [],
      reporter: {
        kind: sourceKind === 'STAFF' ? 'SUPPORT_UNIT' : 'CUSTOMER',
        customerId: null,
        ticketId: null,
        personal: { name: email ? 'Sara Rahimi' : null, email, phone: null },
      },
      language: 'fa',
      capturedBy: by,
      at,
    },
  };
}

const REPORT = `query ($f: FeedbackReportFilter) { feedbackReport(filter: $f) {
  total reporters definitionVersion rebuilding timeZone from to
  byKind { key count } byChannel { key count } trend { start count }
  topTopics { topic { id title status answerVersion } reporters items } } }`;
const ITEMS = `query ($f: FeedbackReportFilter, $first: Int, $after: String) { feedbackReportItems(filter: $f, first: $first, after: $after) {
  total items { id channel kind reportKind text source { kind chatId messageId articleId articleRevision } reporter { kind name email } }
  pageInfo { endCursor hasNextPage } } }`;
const DEFINITION = `{ feedbackReportDefinition { version appliedVersion rebuilding kinds { key countsAs } sources dismissedCount } }`;
const CHANGE = `mutation ($i: ChangeFeedbackReportDefinitionInput!) { changeFeedbackReportDefinition(input: $i) { version appliedVersion rebuilding } }`;

const kinds = (report: { byKind: { key: string; count: number }[] }) =>
  Object.fromEntries(report.byKind.map(({ key, count }) => [key, count]));

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { timeZone: 'Asia/Tehran' } });
  client = EventStoreDBClient.connectionString(api.store.url);
  [admin, pouya, sara] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('pouya', 'deskstream-product'),
    api.signIn('sara', 'deskstream-agent'),
  ]);
  for (const [id, at, kind, source, channel, email] of [
    ['r1', '2025-01-10T09:00:00.000Z', 'BUG', 'CHAT_MESSAGE', 'CHAT', 'sara.r@example.org'],
    ['r2', '2025-01-11T09:00:00.000Z', 'BUG', 'TICKET_MESSAGE', 'TICKET', 'omid@example.org'],
    ['r3', '2025-02-02T09:00:00.000Z', 'USABILITY', 'ARTICLE_VOTE', 'KNOWLEDGE_BASE', null],
    ['r4', '2025-02-03T09:00:00.000Z', 'FEATURE_REQUEST', 'CHAT_MESSAGE', 'CHAT', 'sara.r@example.org'],
    ['r5', '2025-02-04T09:00:00.000Z', 'BUG', 'STAFF', 'STAFF', null],
    // 20:45 UTC on 31 January is 1 February in Tehran (+03:30).
    ['r6', '2025-01-31T20:45:00.000Z', 'BUG', 'TICKET_MESSAGE', 'TICKET', 'lan@example.org'],
  ] as const)
    await append(`feedback-report-test-${id}`, captured(id, at, kind, source, channel, email));
  await append(`feedback-report-test-r2`, {
    type: 'FeedbackDismissed',
    data: { itemId: 'r2', reason: 'DUPLICATE', duplicateOf: 'r1', by, at: '2025-01-12T00:00:00.000Z' },
  });
  await append('feedback-topic-report-test', {
    type: 'FeedbackTopicOpened',
    data: {
      topicId: 'report-test',
      title: 'Export crashes (1603)',
      product: PRODUCT,
      kind: 'BUG',
      by,
      at: '2025-01-12T00:00:00.000Z',
    },
  });
  for (const itemId of ['r1', 'r6'])
    await append(`feedback-report-test-${itemId}`, {
      type: 'FeedbackGrouped',
      data: { itemId, topicId: 'report-test', suggested: true, score: 0.9, by, at: '2025-02-05T00:00:00.000Z' },
    });
  await append('feedback-topic-report-test', {
    type: 'FeedbackTopicAnswered',
    data: {
      topicId: 'report-test',
      answerId: 'a1',
      status: 'FIXED',
      version: '2.2',
      reason: null,
      note: null,
      by,
      at: '2025-02-06T00:00:00.000Z',
    },
  });
}, 120_000);

afterAll(async () => {
  await client?.dispose();
  await api?.close();
});

describe('the feedback report', () => {
  it('counts by kind, channel and month in the organisation time zone, with top topics, for product teams only', async () => {
    const seen = await api.gql(REPORT, { f: FILTER }, pouya);
    expect(seen.errors).toBeUndefined();
    const report = seen.data!.feedbackReport;
    expect(report).toMatchObject({
      total: 5,
      reporters: 4,
      definitionVersion: 0,
      rebuilding: false,
      timeZone: 'Asia/Tehran',
    });
    expect(kinds(report)).toEqual({ BUG: 3, USABILITY: 1, FEATURE_REQUEST: 1 });
    expect(report.trend).toEqual([
      { start: '2025-01-01', count: 1 },
      { start: '2025-02-01', count: 4 },
    ]);
    expect(report.topTopics).toEqual([
      {
        topic: { id: 'report-test', title: 'Export crashes (1603)', status: 'FIXED', answerVersion: '2.2' },
        reporters: 2,
        items: 2,
      },
    ]);
    const agent = await api.gql(REPORT, { f: FILTER }, sara);
    expect(agent.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await api.gql(REPORT, { f: { ...FILTER, from: '2025-02-30' } }, pouya);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ reason: 'FEEDBACK_REPORT_FILTER_INVALID' });
  });

  it('drills down to the exact source, hiding personal data from the product team until an admin grants it', async () => {
    const kb = await api.gql(ITEMS, { f: { ...FILTER, channel: 'KNOWLEDGE_BASE' } }, pouya);
    expect(kb.data!.feedbackReportItems.items).toEqual([
      expect.objectContaining({
        id: 'r3',
        source: expect.objectContaining({ articleId: 'kb-1603', articleRevision: 3 }),
      }),
    ]);
    const first = await api.gql(ITEMS, { f: { ...FILTER, kind: 'BUG' }, first: 2 }, pouya);
    const page = first.data!.feedbackReportItems;
    expect(page.total).toBe(3);
    expect(page.items.map((item: { id: string }) => item.id)).toEqual(['r5', 'r6']);
    expect(page.items[1].reporter).toEqual({ kind: 'CUSTOMER', name: null, email: null });
    const next = await api.gql(
      ITEMS,
      { f: { ...FILTER, kind: 'BUG' }, first: 2, after: page.pageInfo.endCursor },
      pouya,
    );
    expect(next.data!.feedbackReportItems.items).toEqual([
      expect.objectContaining({
        id: 'r1',
        source: expect.objectContaining({ kind: 'CHAT_MESSAGE', chatId: 'chat-r1', messageId: 'msg-r1' }),
      }),
    ]);
    expect(next.data!.feedbackReportItems.pageInfo.hasNextPage).toBe(false);

    await append(
      'product-teams',
      {
        type: 'ProductTeamDefined',
        data: { teamId: TEAM, name: 'Reader team', products: [PRODUCT], by, at: '2025-01-01T00:00:00.000Z' },
      },
      { type: 'ProductTeamMemberAdded', data: { teamId: TEAM, staffId: POUYA, by, at: '2025-01-01T00:00:00.000Z' } },
      { type: 'ProductTeamPersonalDataGranted', data: { teamId: TEAM, by, at: '2025-01-01T00:00:00.000Z' } },
    );
    const granted = await api.gql(ITEMS, { f: { ...FILTER, kind: 'BUG' }, first: 2 }, pouya);
    expect(granted.data!.feedbackReportItems.items[1].reporter).toEqual({
      kind: 'CUSTOMER',
      name: 'Sara Rahimi',
      email: 'lan@example.org',
    });
  });

  it('exports any view as CSV, allowed as the GraphQL report is', async () => {
    const query = new URLSearchParams({ ...FILTER, view: 'summary' }).toString();
    const csv = await api.app.inject({
      url: `/api/v1/feedback/report.csv?${query}`,
      headers: { authorization: `Bearer ${pouya}` },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFfigure,key,product,count\r\n')).toBe(true);
    expect(csv.body).toContain('\r\nbyKind,BUG,,3\r\n');
    const items = await api.app.inject({
      url: `/api/v1/feedback/report.csv?${new URLSearchParams({ ...FILTER, view: 'items', channel: 'CHAT' })}`,
      headers: { authorization: `Bearer ${pouya}` },
    });
    expect(items.body.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(items.body).toContain('the export crashes with 1603 (r4)');
    const anonymous = await api.app.inject({ url: `/api/v1/feedback/report.csv?${query}` });
    expect(anonymous.statusCode).toBe(401);
    const agent = await api.app.inject({
      url: `/api/v1/feedback/report.csv?${query}`,
      headers: { authorization: `Bearer ${sara}` },
    });
    expect(agent.statusCode).toBe(403);
    const badView = await api.app.inject({
      url: `/api/v1/feedback/report.csv?view=everything`,
      headers: { authorization: `Bearer ${pouya}` },
    });
    expect(badView.json()).toMatchObject({ reason: 'FEEDBACK_REPORT_VIEW_INVALID' });
  });

  it('rebuilds from history by replay when the admin changes the definition: the same events, counted anew', async () => {
    const before = (await api.gql(REPORT, { f: FILTER }, pouya)).data!.feedbackReport;
    expect([before.total, kinds(before)]).toEqual([5, { BUG: 3, USABILITY: 1, FEATURE_REQUEST: 1 }]);
    const definition = (await api.gql(DEFINITION, {}, admin)).data!.feedbackReportDefinition;
    expect(definition).toMatchObject({ version: 0, appliedVersion: 0, rebuilding: false });

    const labels = (en: string) => ({ fa: en, en, ja: en, vi: en });
    const input = {
      basedOn: definition.version,
      kinds: [
        { key: 'PROBLEM', labels: labels('Problem'), countsAs: ['BUG', 'USABILITY'] },
        { key: 'WISH', labels: labels('Wish'), countsAs: ['FEATURE_REQUEST'] },
      ],
      // Staff's own reports no longer count; dismissed duplicates do.
      sources: [
        'CHAT_MESSAGE',
        'TICKET_MESSAGE',
        'ARTICLE_VOTE',
        'KB_QUESTION',
        'CALL_NOTE',
        'OFFLINE_QUESTION',
        'SURVEY_ANSWER',
      ],
      dismissedCount: true,
      commandId: 'report-test-definition',
    };
    expect((await api.gql(CHANGE, { i: input }, pouya)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const changed = await api.gql(CHANGE, { i: input }, admin);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeFeedbackReportDefinition).toEqual({ version: 1, appliedVersion: 1, rebuilding: false });

    const after = (await api.gql(REPORT, { f: FILTER }, pouya)).data!.feedbackReport;
    expect(after.definitionVersion).toBe(1);
    // r5 (STAFF) drops out, r2 (dismissed) comes in; BUG and USABILITY are one PROBLEM.
    expect([after.total, kinds(after)]).toEqual([5, { PROBLEM: 4, WISH: 1 }]);
    const items = (await api.gql(ITEMS, { f: { ...FILTER, kind: 'PROBLEM' }, first: 10 }, pouya)).data!
      .feedbackReportItems;
    expect(items.items.map((item: { id: string; reportKind: string }) => item.id).sort()).toEqual([
      'r1',
      'r2',
      'r3',
      'r6',
    ]);

    const stale = await api.gql(CHANGE, { i: { ...input, commandId: 'report-test-stale' } }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FEEDBACK_REPORT_DEFINITION_CHANGED',
    });
  });
});

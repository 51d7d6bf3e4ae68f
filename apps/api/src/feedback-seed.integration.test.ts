/**
 * The demo feedback through the api and the emulator, as `npm start` seeds it: the Noor software
 * team owns the demo products with pouya in it, and pouya's report has a few hundred items over
 * the last ninety days with topics and their answers, satisfaction, searches that found nothing,
 * and the knowledge-base article revision behind a "not helpful" vote. Seeding again writes
 * nothing: every command finds itself already written.
 */
import { START } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFeedback } from './feedback-seed';
import { storeClient, type StoreClient } from './store-client';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let pouya: string;
let admin: string;
let client: StoreClient | undefined;

/** Events the demo feedback's commands wrote (their correlation id is the seed's command id). */
async function seededEvents(store: StoreClient): Promise<number> {
  let count = 0;
  for await (const resolved of store.readAll({ fromPosition: START })) {
    const metadata = resolved.event?.metadata as { correlationId?: string } | undefined;
    if (metadata?.correlationId?.startsWith('demo-feedback-')) count++;
  }
  return count;
}

beforeAll(async () => {
  api = await startTestApi({ seedDemoFeedback: true });
  [pouya, admin] = await Promise.all([
    api.signIn('pouya', 'deskstream-product'),
    api.signIn('admin', 'deskstream-admin'),
  ]);
}, 180_000);

afterAll(async () => {
  await client?.dispose();
  await api?.close();
});

describe('the demo feedback', () => {
  it('gives pouya’s team a report worth opening', async () => {
    const teams = await api.gql<{ productTeams: { id: string; products: string[]; members: { staffId: string }[] }[] }>(
      '{ productTeams { id products members { staffId } } }',
      {},
      admin,
    );
    const team = teams.data!.productTeams.find((each) => each.id === 'demo-team-noor')!;
    expect(team.products).toContain('noor-desk');
    expect(team.members.map((member) => member.staffId)).toContain('6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0005');

    const answer = await api.gql<{
      feedbackReport: {
        total: number;
        byProduct: { key: string }[];
        byChannel: { key: string }[];
        trend: { count: number }[];
        topTopics: { topic: { id: string; status: string | null }; reporters: number }[];
        satisfaction: { answers: number; average: number };
        notFound: { query: string; count: number }[];
      };
    }>(
      `{ feedbackReport(filter: { bucket: WEEK }) {
          total byProduct { key } byChannel { key } trend { count }
          topTopics { topic { id status } reporters }
          satisfaction { answers average } notFound { query count }
      } }`,
      {},
      pouya,
    );
    expect(answer.errors).toBeUndefined();
    const report = answer.data!.feedbackReport;
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.byProduct.length).toBe(6);
    expect(report.byChannel.length).toBeGreaterThanOrEqual(5);
    expect(report.trend.filter((week) => week.count > 0).length).toBeGreaterThanOrEqual(12);
    const crash = report.topTopics.find((each) => each.topic.id === 'demo-topic-desk-search-crash')!;
    expect(crash.topic.status).toBe('PLANNED');
    expect(crash.reporters).toBeGreaterThan(5);
    expect(report.satisfaction.answers).toBeGreaterThan(30);
    expect(report.satisfaction.average).toBeGreaterThan(3);
    expect(report.notFound.map((each) => each.query)).toContain('نصب روی مک');

    const votes = await api.gql<{
      feedbackReportItems: { items: { source: { kind: string; articleId: string; articleRevision: number } }[] };
    }>(
      `{ feedbackReportItems(filter: { channel: KNOWLEDGE_BASE }, first: 5) {
          items { source { kind articleId articleRevision } }
      } }`,
      {},
      pouya,
    );
    expect(votes.data!.feedbackReportItems.items[0]!.source).toMatchObject({
      kind: 'ARTICLE_VOTE',
      articleRevision: 1,
    });
  });

  it('writes nothing when it runs again', async () => {
    client = storeClient(api.store.url);
    const before = await seededEvents(client);
    expect(before).toBeGreaterThanOrEqual(200);
    const again = await seedFeedback(
      { store: client, runner: { waitUntilCaughtUp: () => Promise.resolve() } },
      () => new Date(),
    );
    expect(again.items).toBeGreaterThanOrEqual(200);
    expect(await seededEvents(client)).toBe(before);
  });
});

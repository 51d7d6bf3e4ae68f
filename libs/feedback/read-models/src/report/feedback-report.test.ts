import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@deskstream/event-sourcing';
import {
  DEFAULT_REPORT_DEFINITION,
  emptyFeedbackSource,
  type FeedbackCaptured,
  type FeedbackReportDefinition,
} from '@deskstream/feedback-domain';
import { FeedbackReport } from './feedback-report';
import { dayNumber } from './report-days';
import type { ReportEvent } from './report-events';
import type { ReportFilter } from './report-filter';
import { ReportHolder } from './report-projection';
import { reportItems, reportSatisfaction, reportSearchMisses } from './report-side-views';
import { reportSummary } from './report-views';

let position = 0n;
const recorded = (event: ReportEvent): RecordedEvent<ReportEvent> =>
  ({
    ...event,
    id: `e${++position}`,
    streamName: 's',
    revision: 0n,
    position: { commit: position, prepare: position },
    createdAt: new Date(),
    metadata: {},
  }) as unknown as RecordedEvent<ReportEvent>;

const by = { kind: 'staff', id: 'sara' } as const;
function captured(itemId: string, at: string, extra: Partial<FeedbackCaptured['data']> = {}): ReportEvent {
  return {
    type: 'FeedbackCaptured',
    data: {
      itemId,
      source: { ...emptyFeedbackSource('CHAT_MESSAGE'), chatId: 'c1', messageId: `m-${itemId}` },
      channel: 'CHAT',
      text: `quote ${itemId}`,
      product: 'noor',
      version: '2.0',
      build: null,
      kind: 'BUG',
      severity: 'HIGH',
      tags: [],
      reporter: {
        kind: 'CUSTOMER',
        customerId: `cust-${itemId}`,
        ticketId: null,
        personal: { name: 'A', email: null, phone: null },
      },
      language: 'fa',
      capturedBy: by,
      at,
      ...extra,
    },
  };
}

const filter = (overrides: Partial<ReportFilter> = {}): ReportFilter => ({
  product: null,
  version: null,
  kind: null,
  severity: null,
  channel: null,
  from: dayNumber('2026-01-01')!,
  to: dayNumber('2026-12-31')!,
  bucket: 'MONTH',
  topicId: null,
  ...overrides,
});

const history: ReportEvent[] = [
  captured('i1', '2026-03-01T10:00:00.000Z'),
  captured('i2', '2026-03-02T10:00:00.000Z', { kind: 'USABILITY' }),
  captured('i3', '2026-04-01T10:00:00.000Z', { kind: 'FEATURE_REQUEST', channel: 'TICKET' }),
  captured('i4', '2026-04-02T10:00:00.000Z', { kind: 'BUG', source: emptyFeedbackSource('STAFF'), channel: 'STAFF' }),
  {
    type: 'FeedbackDismissed',
    data: { itemId: 'i2', reason: 'DUPLICATE', duplicateOf: 'i1', by, at: '2026-03-03T00:00:00.000Z' },
  },
];

const merged: FeedbackReportDefinition = {
  version: 1,
  kinds: [
    { key: 'PROBLEM', labels: { fa: 'مشکل', en: 'Problem', ja: '問題', vi: 'Vấn đề' }, countsAs: ['BUG', 'USABILITY'] },
    { key: 'WISH', labels: { fa: 'آرزو', en: 'Wish', ja: '要望', vi: 'Mong muốn' }, countsAs: ['FEATURE_REQUEST'] },
  ],
  sources: ['CHAT_MESSAGE', 'TICKET_MESSAGE'],
  dismissedCount: true,
};

const build = (definition?: FeedbackReportDefinition, timeZone?: string) => {
  const report = new FeedbackReport({ definition, timeZone });
  for (const event of history) report.apply(recorded(event));
  return report;
};

describe('the feedback report', () => {
  it('counts by kind, channel and period under the default definition, leaving dismissed items out', () => {
    const summary = reportSummary(build(), filter());
    expect(summary.total).toBe(3);
    expect(summary.reporters).toBe(3);
    expect(summary.byKind.map(({ key, count }) => [key, count])).toEqual([
      ['BUG', 2],
      ['FEATURE_REQUEST', 1],
    ]);
    expect(summary.trend.map(({ start, count }) => [start, count]).filter(([, n]) => n)).toEqual([
      ['2026-03-01', 1],
      ['2026-04-01', 2],
    ]);
  });

  it('counts the same events differently under a new definition', () => {
    const summary = reportSummary(build(merged), filter());
    // The staff item's source no longer counts; the dismissed duplicate now does.
    expect(summary.total).toBe(3);
    expect(summary.byKind.map(({ key, count }) => [key, count])).toEqual([
      ['PROBLEM', 2],
      ['WISH', 1],
    ]);
    expect(reportSummary(build(merged), filter({ kind: 'PROBLEM', channel: 'CHAT' })).total).toBe(2);
  });

  it('remembers a newer definition met in the events as stale', () => {
    const report = build();
    report.apply(
      recorded({ type: 'FeedbackReportDefinitionChanged', data: { ...merged, by, at: '2026-05-01T00:00:00.000Z' } }),
    );
    expect(report.stale).toBe(true);
    expect(report.latestDefinition.version).toBe(1);
    expect(DEFAULT_REPORT_DEFINITION.version).toBe(0);
  });

  it('counts days in the organisation time zone', () => {
    const late = [captured('z1', '2026-03-31T21:00:00.000Z')];
    const utc = new FeedbackReport();
    const tehran = new FeedbackReport({ timeZone: 'Asia/Tehran' });
    for (const event of late) [utc, tehran].forEach((report) => report.apply(recorded(event)));
    const april = filter({ from: dayNumber('2026-04-01')!, to: dayNumber('2026-04-30')! });
    expect(reportSummary(utc, april).total).toBe(0);
    expect(reportSummary(tehran, april).total).toBe(1);
  });

  it('pages the items behind a figure newest first, and reclassification moves them', () => {
    const report = build();
    const first = reportItems(report, filter(), 2, null)!;
    expect(first.items.map((item) => item.itemId)).toEqual(['i4', 'i3']);
    expect([first.hasNextPage, first.total]).toEqual([true, 3]);
    const one = reportItems(report, filter(), 1, null)!;
    expect(reportItems(report, filter(), 1, one.endCursor)!.items.map((item) => item.itemId)).toEqual(['i3']);
    expect(reportItems(report, filter(), 1, 'nonsense')).toBeUndefined();
    report.apply(
      recorded({
        type: 'FeedbackClassified',
        data: {
          itemId: 'i1',
          product: 'noor',
          version: '2.1',
          build: null,
          kind: 'PRAISE',
          severity: null,
          tags: [],
          by,
          at: '2026-03-05T00:00:00.000Z',
        },
      }),
    );
    expect(reportSummary(report, filter({ kind: 'PRAISE', product: 'noor', version: '2.1' })).total).toBe(1);
    expect(reportSummary(report, filter({ kind: 'PRAISE', version: '2.0', product: 'noor' })).total).toBe(0);
  });

  it('adds ratings and searches that found nothing', () => {
    const report = build();
    report.apply(
      recorded({
        type: 'ChatRated',
        data: { chatId: 'c1', score: 4, comment: null, agent: null, ratedAt: '2026-03-01T10:00:00.000Z' },
      }),
    );
    report.apply(
      recorded({
        type: 'ChatRated',
        data: { chatId: 'c2', score: 2, comment: null, agent: null, ratedAt: '2026-03-02T10:00:00.000Z' },
      }),
    );
    for (const query of ['خطای ۱۶۰۳', 'خطای ۱۶۰۳', 'nothing'])
      report.apply(
        recorded({
          type: 'KnowledgeBaseSearchFoundNothing',
          data: { query, normalizedQuery: query, locale: 'fa', at: '2026-03-01T10:00:00.000Z' },
        }),
      );
    const satisfaction = reportSatisfaction(report, filter());
    expect([satisfaction.answers, satisfaction.average, satisfaction.distribution]).toEqual([2, 3, [0, 1, 0, 1, 0]]);
    expect(reportSearchMisses(report, filter()).map(({ query, count }) => [query, count])).toEqual([
      ['خطای ۱۶۰۳', 2],
      ['nothing', 1],
    ]);
  });

  it('gives a rebuilt report what was applied while it was rebuilt', () => {
    const holder = new ReportHolder();
    for (const event of history.slice(0, 2)) holder.apply(recorded(event));
    holder.beginRebuild();
    holder.apply(recorded(history[2]!));
    const fresh = holder.freshReport(merged);
    for (const event of history.slice(0, 2)) fresh.apply(recorded(event));
    holder.finishRebuild(fresh);
    expect(holder.current.definition.version).toBe(1);
    expect(reportSummary(holder.current, filter()).byKind.map(({ key, count }) => [key, count])).toEqual([
      ['PROBLEM', 2],
      ['WISH', 1],
    ]);
  });
});

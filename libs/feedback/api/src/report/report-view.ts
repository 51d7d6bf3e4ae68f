/** The report's views in their GraphQL shape (also what the CSV route writes). */
import type { SignedInStaff } from '@deskstream/access';
import {
  dayText,
  reportItems,
  reportSatisfaction,
  reportSearchMisses,
  reportSummary,
  type FeedbackReport,
  type ReportFilter,
  type ReportItemDetails,
} from '@deskstream/feedback-read-models';
import { personalDataVisibility } from './report-request';

export function reportView(report: FeedbackReport, filter: ReportFilter, today: string, rebuilding: boolean) {
  const summary = reportSummary(report, filter);
  const topics = report.facts.topics;
  return {
    ...summary,
    topTopics: summary.topTopics.flatMap(({ topicId, items, reporters }) => {
      const topic = topics.get(topicId);
      if (!topic) return [];
      const { id, title, product, kind, status, answerVersion, fixReleased } = topic;
      return [{ topic: { id, title, product, kind, status, answerVersion, fixReleased }, items, reporters }];
    }),
    notFound: reportSearchMisses(report, filter),
    satisfaction: reportSatisfaction(report, filter),
    from: dayText(filter.from),
    to: dayText(filter.to),
    today,
    bucket: filter.bucket,
    timeZone: report.timeZone,
    definitionVersion: report.definition.version,
    rebuilding,
  };
}

export type ReportView = ReturnType<typeof reportView>;

export function reportItemView(report: FeedbackReport, item: ReportItemDetails, seesPersonal: boolean) {
  const { personal, kind, customerId } = item.reporter;
  const ticketId = item.source.ticketId;
  return {
    id: item.itemId,
    at: item.at,
    text: item.text,
    channel: item.channel,
    kind: item.kind,
    reportKind: report.reportKindOf(item.kind),
    severity: item.severity,
    product: item.product,
    version: item.version,
    build: item.build,
    language: item.language,
    tags: item.tags,
    topicId: item.topicId,
    source: item.source,
    ticketNumber: ticketId === null ? null : (report.facts.ticketNumbers.get(ticketId) ?? null),
    reporter: {
      kind,
      customerId,
      name: seesPersonal ? personal.name : null,
      email: seesPersonal ? personal.email : null,
      phone: seesPersonal ? personal.phone : null,
    },
  };
}

export const MAX_ITEMS_PAGE = 100;

/** A page of the items behind a view, personal data shown as the staff member may see it; undefined for a bad cursor. */
export function reportItemsView(
  report: FeedbackReport,
  staff: SignedInStaff,
  filter: ReportFilter,
  first: number,
  after: string | null,
  max = MAX_ITEMS_PAGE,
) {
  const page = reportItems(report, filter, Math.max(0, Math.min(first, max)), after);
  if (!page) return undefined;
  const sees = personalDataVisibility(report, staff);
  return {
    items: page.items.map((item) => reportItemView(report, item, sees(item.product))),
    total: page.total,
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}

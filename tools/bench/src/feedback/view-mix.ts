/** The feedback benchmark's views: what the console's report page asks for, with filters that vary. */
import {
  dayNumber,
  reportItems,
  reportSatisfaction,
  reportSearchMisses,
  reportSummary,
  type FeedbackReport,
  type ReportBucket,
  type ReportFilter,
} from '@deskstream/feedback-read-models';
import { END, PRODUCTS, VERSIONS, random } from './generate-feedback';

export const today = dayNumber(new Date(END).toISOString().slice(0, 10))!;
const BUCKETS: ReportBucket[] = ['DAY', 'WEEK', 'MONTH'];
const KINDS = ['BUG', 'FEATURE_REQUEST', 'USABILITY', 'COMPLAINT'];
const CHANNELS = ['CHAT', 'TICKET', 'PHONE', 'KNOWLEDGE_BASE'];

/** The i-th view's filter: a period of 30, 90 or 365 days and one narrowing (or none). */
export function filterOf(i: number): ReportFilter {
  const r = random(i + 1);
  const days = [30, 90, 365][Math.floor(r() * 3)]!;
  const filter: ReportFilter = {
    product: null,
    version: null,
    kind: null,
    severity: null,
    channel: null,
    from: today - days + 1,
    to: today,
    bucket: days === 30 ? 'DAY' : BUCKETS[Math.floor(r() * 3)]!,
    topicId: null,
  };
  const narrowing = Math.floor(r() * 5);
  if (narrowing === 1) filter.product = PRODUCTS[Math.floor(r() * PRODUCTS.length)]!;
  if (narrowing === 2) {
    filter.product = PRODUCTS[Math.floor(r() * PRODUCTS.length)]!;
    filter.version = VERSIONS[Math.floor(r() * VERSIONS.length)]!;
  }
  if (narrowing === 3) filter.kind = KINDS[Math.floor(r() * KINDS.length)]!;
  if (narrowing === 4) filter.channel = CHANNELS[Math.floor(r() * CHANNELS.length)]!;
  return filter;
}

/** One view: the page's figures for a filter, or (one in four) a page of the items behind one. */
export function view(report: FeedbackReport, i: number): number {
  const filter = filterOf(i);
  if (i % 4 === 3) return reportItems(report, filter, 50, null)!.items.length;
  const summary = reportSummary(report, filter);
  const satisfaction = reportSatisfaction(report, filter);
  return summary.total + satisfaction.answers + reportSearchMisses(report, filter).length;
}

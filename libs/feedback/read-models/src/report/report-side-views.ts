/**
 * The report's other views: satisfaction (the ratings of satisfaction and product surveys, chat's
 * ratings included), what users searched for and did not find, and the drill-down to the items
 * behind any figure, newest first, a page at a time.
 */
import { bucketStarts, dayText } from './report-days';
import type { ReportItemDetails } from './report-columns';
import type { FeedbackReport } from './feedback-report';
import type { ReportFilter } from './report-filter';
import { bucketIndexByDay, resolveFilter, rowMatcher } from './report-views';

export interface ReportSatisfaction {
  answers: number;
  average: number | null;
  /** How many answers gave 1, 2, 3, 4 and 5. */
  distribution: number[];
  trend: { start: string; answers: number; average: number | null }[];
}

export interface ReportSearchMiss {
  query: string;
  normalizedQuery: string;
  language: string | null;
  count: number;
  lastAt: string;
}

const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);

/** Ratings in the period; a product narrows to that product's surveys, a channel to that channel. */
export function reportSatisfaction(report: FeedbackReport, filter: ReportFilter): ReportSatisfaction {
  const { ratings } = report.facts;
  const product = filter.product === null ? null : report.products.find(filter.product);
  const channel = filter.channel === null ? null : report.channels.find(filter.channel);
  const starts = bucketStarts(filter.from, filter.to, filter.bucket);
  const sums = new Float64Array(starts.length);
  const answers = new Int32Array(starts.length);
  const bucketOfDay = bucketIndexByDay(filter, starts);
  const distribution = [0, 0, 0, 0, 0];
  let total = 0;
  let sum = 0;
  for (let row = 0; row < ratings.size; row++) {
    const day = ratings.day[row]!;
    if (day < filter.from || day > filter.to) continue;
    if (product !== null && ratings.product[row] !== product) continue;
    if (channel !== null && ratings.channel[row] !== channel) continue;
    const rating = ratings.rating[row]!;
    const bucket = bucketOfDay[day - filter.from]!;
    sums[bucket]! += rating;
    answers[bucket]!++;
    distribution[rating - 1]!++;
    total++;
    sum += rating;
  }
  return {
    answers: total,
    average: average(sum, total),
    distribution,
    trend: starts.map((start, bucket) => ({
      start: dayText(start),
      answers: answers[bucket]!,
      average: average(sums[bucket]!, answers[bucket]!),
    })),
  };
}

/** The searches that found nothing in the period, most asked first. */
export function reportSearchMisses(report: FeedbackReport, filter: ReportFilter, limit = 20): ReportSearchMiss[] {
  const { facts } = report;
  const found = new Map<number, { count: number; lastAtMs: number }>();
  for (const miss of facts.searchMisses) {
    if (miss.day < filter.from || miss.day > filter.to) continue;
    const entry = found.get(miss.key);
    if (entry) {
      entry.count++;
      entry.lastAtMs = Math.max(entry.lastAtMs, miss.atMs);
    } else found.set(miss.key, { count: 1, lastAtMs: miss.atMs });
  }
  return [...found.entries()]
    .map(([key, { count, lastAtMs }]) => {
      const [normalizedQuery, language] = facts.searchQueries.value(key)!.split('\u0000');
      return {
        query: facts.lastQueryText.get(key) ?? normalizedQuery!,
        normalizedQuery: normalizedQuery!,
        language: language || null,
        count,
        lastAt: new Date(lastAtMs).toISOString(),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.query.localeCompare(b.query))
    .slice(0, limit);
}

export interface ReportItemsPage {
  items: ReportItemDetails[];
  /** Where the next page starts: the last item's place, or null. */
  endCursor: string | null;
  hasNextPage: boolean;
  total: number;
}

const cursorOf = (report: FeedbackReport, row: number) =>
  `${report.items.atMs[row]}:${report.items.details[row]!.itemId}`;

/**
 * The counted items behind a view, newest first (ties: the later captured first), `first` at a
 * time after `after` (an `endCursor`); undefined when the cursor is not one this report made.
 */
export function reportItems(
  report: FeedbackReport,
  filter: ReportFilter,
  first: number,
  after: string | null,
): ReportItemsPage | undefined {
  const matches = rowMatcher(report, resolveFilter(report, filter));
  const rows = report.rowsInTimeOrder();
  let start = rows.length - 1;
  if (after !== null) {
    const itemId = after.slice(after.indexOf(':') + 1);
    const row = report.items.indexOf.get(itemId);
    if (row === undefined || cursorOf(report, row) !== after) return undefined;
    start = rows.lastIndexOf(row) - 1;
  }
  const items: ReportItemDetails[] = [];
  let total = 0;
  let last = -1;
  let more = false;
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]!;
    if (!matches(row)) continue;
    total++;
    if (index > start) continue;
    if (items.length < first) {
      items.push(report.items.details[row]!);
      last = row;
    } else more = true;
  }
  return { items, endCursor: last < 0 ? null : cursorOf(report, last), hasNextPage: more, total };
}

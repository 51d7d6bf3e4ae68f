/**
 * The report's views, computed on request from the columns (no cache to go stale): totals and
 * breakdowns by kind, channel, severity, product and version; the trend in day, week or month
 * buckets; top topics with their reporters; searches that found nothing; satisfaction.
 */
import { COUNTED } from './report-columns';
import { bucketStarts, dayText } from './report-days';
import type { FeedbackReport } from './feedback-report';
import type { ReportFilter, ResolvedFilter } from './report-filter';

export interface ReportCount {
  key: string;
  count: number;
  /** For versions: the product the version is of. */
  product: string | null;
}

export interface ReportTrendPoint {
  start: string;
  count: number;
  byKind: ReportCount[];
}

export interface ReportTopTopic {
  topicId: string;
  items: number;
  reporters: number;
}

export interface ReportSummary {
  total: number;
  reporters: number;
  byKind: ReportCount[];
  byChannel: ReportCount[];
  bySeverity: ReportCount[];
  byProduct: ReportCount[];
  byVersion: ReportCount[];
  trend: ReportTrendPoint[];
  topTopics: ReportTopTopic[];
}

export function resolveFilter(report: FeedbackReport, filter: ReportFilter): ResolvedFilter {
  const find = (interner: { find(value: string): number }, value: string | null) =>
    value === null ? null : interner.find(value);
  return {
    product: find(report.products, filter.product),
    version: filter.version === null ? null : report.versions.find(`${filter.product ?? ''} ${filter.version}`),
    kind: find(report.kinds, filter.kind),
    severity: find(report.severities, filter.severity),
    channel: find(report.channels, filter.channel),
    topic: find(report.topicIds, filter.topicId),
    from: filter.from,
    to: filter.to,
  };
}

/**
 * Whether a row counts and matches the filter: a closure over the columns themselves, so a view's
 * loop over 200,000 rows reads typed arrays and compares integers, nothing more.
 */
export function rowMatcher(report: FeedbackReport, f: ResolvedFilter): (row: number) => boolean {
  const { flags, day, product, version, kind, severity, channel, topic } = report.items;
  const { from, to } = f;
  const columns: Int32Array[] = [];
  const values: number[] = [];
  const pairs: [Int32Array, number | null][] = [
    [product, f.product],
    [version, f.version],
    [kind, f.kind],
    [severity, f.severity],
    [channel, f.channel],
    [topic, f.topic],
  ];
  for (const [column, value] of pairs)
    if (value !== null) {
      columns.push(column);
      values.push(value);
    }
  const n = columns.length;
  return (row) => {
    if ((flags[row]! & COUNTED) === 0) return false;
    const d = day[row]!;
    if (d < from || d > to) return false;
    for (let k = 0; k < n; k++) if (columns[k]![row] !== values[k]) return false;
    return true;
  };
}

/** For each day of the filter's period, the index of its bucket in `starts`. */
export function bucketIndexByDay(filter: ReportFilter, starts: readonly number[]): Int32Array {
  const byDay = new Int32Array(Math.max(0, filter.to - filter.from + 1));
  for (let day = filter.from, bucket = 0; day <= filter.to; day++) {
    while (bucket + 1 < starts.length && starts[bucket + 1]! <= day) bucket++;
    byDay[day - filter.from] = bucket;
  }
  return byDay;
}

const counts = (
  values: Int32Array,
  name: (id: number) => string | null,
  product: (id: number) => string | null = () => null,
): ReportCount[] => {
  const out: ReportCount[] = [];
  for (let id = 0; id < values.length; id++)
    if (values[id]! > 0) out.push({ key: name(id) ?? 'NONE', count: values[id]!, product: product(id) });
  return out.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

export function reportSummary(report: FeedbackReport, filter: ReportFilter, topTopics = 10): ReportSummary {
  const f = resolveFilter(report, filter);
  const c = report.items;
  const byKind = new Int32Array(report.kinds.size);
  const byChannel = new Int32Array(report.channels.size);
  const bySeverity = new Int32Array(report.severities.size);
  const byProduct = new Int32Array(report.products.size);
  const byVersion = new Int32Array(report.versions.size);
  const starts = bucketStarts(filter.from, filter.to, filter.bucket);
  const bucketOfDay = bucketIndexByDay(filter, starts);
  const matches = rowMatcher(report, f);
  const kindsCount = report.kinds.size;
  const trend = new Int32Array(starts.length);
  const trendByKind = new Int32Array(starts.length * kindsCount);
  const seen = new Int32Array(report.reporters.size);
  const topicItems = new Map<number, number>();
  const topicReporters = new Map<number, Set<number>>();
  let total = 0;
  let reporters = 0;
  for (let row = 0; row < c.size; row++) {
    if (!matches(row)) continue;
    total++;
    const reporter = c.reporter[row]!;
    if (seen[reporter] === 0) {
      seen[reporter] = 1;
      reporters++;
    }
    const kind = c.kind[row]!;
    byKind[kind]!++;
    byChannel[c.channel[row]!]!++;
    bySeverity[c.severity[row]!]!++;
    byProduct[c.product[row]!]!++;
    byVersion[c.version[row]!]!++;
    const bucket = bucketOfDay[c.day[row]! - filter.from]!;
    trend[bucket]!++;
    trendByKind[bucket * kindsCount + kind]!++;
    const topic = c.topic[row]!;
    if (topic !== 0) {
      topicItems.set(topic, (topicItems.get(topic) ?? 0) + 1);
      let set = topicReporters.get(topic);
      if (!set) topicReporters.set(topic, (set = new Set()));
      set.add(reporter);
    }
  }
  const versionName = (id: number) => {
    const value = report.versions.value(id);
    return value === null ? null : value.slice(value.indexOf(' ') + 1);
  };
  const versionProduct = (id: number) => {
    const value = report.versions.value(id);
    return value === null ? null : value.slice(0, value.indexOf(' ')) || null;
  };
  return {
    total,
    reporters,
    byKind: counts(byKind, (id) => report.kinds.value(id)),
    byChannel: counts(byChannel, (id) => report.channels.value(id)),
    bySeverity: counts(bySeverity, (id) => report.severities.value(id)),
    byProduct: counts(byProduct, (id) => report.products.value(id)),
    byVersion: counts(byVersion, versionName, versionProduct),
    trend: starts.map((start, bucket) => ({
      start: dayText(start),
      count: trend[bucket]!,
      byKind: counts(trendByKind.subarray(bucket * kindsCount, (bucket + 1) * kindsCount), (id) =>
        report.kinds.value(id),
      ),
    })),
    topTopics: [...topicItems.entries()]
      .map(([topic, items]) => ({
        topicId: report.topicIds.value(topic)!,
        items,
        reporters: topicReporters.get(topic)!.size,
      }))
      .sort((a, b) => b.reporters - a.reporters || b.items - a.items || a.topicId.localeCompare(b.topicId))
      .slice(0, topTopics),
  };
}

/**
 * What the report looks at, kept in the page's address so a view can be bookmarked and shared:
 * `?product=noor-desk&version=2.0&kind=BUG&severity=HIGH&channel=CHAT&from=2026-09-01&to=2026-12-07&bucket=WEEK`.
 * Days are calendar days in the organisation's time zone (YYYY-MM-DD, as the api names them);
 * no period means the api's default (the last 90 days up to its today).
 */
import type { FeedbackReportFilter } from '../generated/graphql';

// The kinds, severities and channels are the feedback context's own (never copied here).
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_SEVERITIES } from '@deskstream/feedback-domain';

export { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_SEVERITIES };
export const REPORT_BUCKETS = ['DAY', 'WEEK', 'MONTH'] as const;
/** The period choices besides a custom one: the last so many days up to today. */
export const PERIOD_PRESETS = [7, 30, 90, 365] as const;
export const DEFAULT_PERIOD_DAYS = 90;

/** A kind of the report's taxonomy (the definition's keys: the captured kinds by default, UNCLASSIFIED, OTHER). */
export type FeedbackKindKey = string;
const REPORT_KIND_KEY = /^[A-Z][A-Z0-9_]{0,39}$/;
export type FeedbackSeverityKey = (typeof FEEDBACK_SEVERITIES)[number];
export type FeedbackChannelKey = (typeof FEEDBACK_CHANNELS)[number];
export type ReportBucketKey = (typeof REPORT_BUCKETS)[number];

export interface ReportChoice {
  product: string | null;
  version: string | null;
  kind: FeedbackKindKey | null;
  severity: FeedbackSeverityKey | null;
  channel: FeedbackChannelKey | null;
  from: string | null;
  to: string | null;
  bucket: ReportBucketKey;
  /** Only the items of one topic (a drill-down from the top topics). */
  topic: string | null;
}

export const defaultChoice = (): ReportChoice => ({
  product: null,
  version: null,
  kind: null,
  severity: null,
  channel: null,
  from: null,
  to: null,
  bucket: 'WEEK',
  topic: null,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
const one = (value: unknown): string | null => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && text.trim() ? text.trim() : null;
};
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => {
  const text = one(value);
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : null;
};

const reportKindOf = (value: unknown): string | null => {
  const text = one(value);
  return text !== null && REPORT_KIND_KEY.test(text) ? text : null;
};

/** The choice in an address query; anything unknown is left out, never guessed. */
export function choiceFromQuery(query: Record<string, unknown>): ReportChoice {
  const from = one(query['from']);
  const to = one(query['to']);
  const choice: ReportChoice = {
    product: one(query['product']),
    version: null,
    kind: reportKindOf(query['kind']),
    severity: oneOf(FEEDBACK_SEVERITIES, query['severity']),
    channel: oneOf(FEEDBACK_CHANNELS, query['channel']),
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
    bucket: oneOf(REPORT_BUCKETS, query['bucket']) ?? 'WEEK',
    topic: one(query['topic']),
  };
  // A version belongs to a product.
  if (choice.product) choice.version = one(query['version']);
  // A period that ends before it starts is read the right way round.
  if (choice.from && choice.to && choice.from > choice.to) [choice.from, choice.to] = [choice.to, choice.from];
  return choice;
}

/** The address query for a choice (only what is chosen; the bucket only when not weeks). */
export function queryFromChoice(choice: ReportChoice): Record<string, string> {
  const query: Record<string, string> = {};
  if (choice.product) query['product'] = choice.product;
  if (choice.product && choice.version) query['version'] = choice.version;
  if (choice.kind) query['kind'] = choice.kind;
  if (choice.severity) query['severity'] = choice.severity;
  if (choice.channel) query['channel'] = choice.channel;
  if (choice.from) query['from'] = choice.from;
  if (choice.to) query['to'] = choice.to;
  if (choice.bucket !== 'WEEK') query['bucket'] = choice.bucket;
  if (choice.topic) query['topic'] = choice.topic;
  return query;
}

/** The api's filter for a choice: only what is chosen. */
export function filterOf(choice: ReportChoice): FeedbackReportFilter {
  const filter: FeedbackReportFilter = { bucket: choice.bucket };
  if (choice.product) filter.product = choice.product;
  if (choice.product && choice.version) filter.version = choice.version;
  if (choice.kind) filter.kind = choice.kind;
  if (choice.severity) filter.severity = choice.severity;
  if (choice.channel) filter.channel = choice.channel;
  if (choice.from) filter.from = choice.from;
  if (choice.to) filter.to = choice.to;
  if (choice.topic) filter.topicId = choice.topic;
  return filter;
}

/** A calendar day moved by whole days, with no time zone in the way. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last `days` days up to `today`, both included. */
export function presetPeriod(today: string, days: number): { from: string; to: string } {
  return { from: shiftDay(today, -(days - 1)), to: today };
}

/** Which preset a period is (counted back from `today`), or null for a period of one's own. */
export function presetOf(period: { from: string; to: string }, today: string): number | null {
  if (period.to !== today) return null;
  return PERIOD_PRESETS.find((days) => presetPeriod(today, days).from === period.from) ?? null;
}

/** The same view narrowed further (a drill-down from a figure): the figure's own key replaces the choice's. */
export function narrowed(choice: ReportChoice, more: Partial<ReportChoice>): ReportChoice {
  const next = { ...choice, ...more };
  if (more.product !== undefined && more.product !== choice.product && more.version === undefined) next.version = null;
  return next;
}

/** The days a trend's bucket covers (a week from its first day, a month to its last), within the period shown. */
export function bucketPeriod(
  start: string,
  bucket: ReportBucketKey,
  within: { from: string | null; to: string | null } = { from: null, to: null },
): { from: string; to: string } {
  let end = start;
  if (bucket === 'WEEK') end = shiftDay(start, 6);
  if (bucket === 'MONTH') {
    const [year, month] = start.split('-').map(Number) as [number, number];
    end = new Date(Date.UTC(year, month, 0, 12)).toISOString().slice(0, 10);
  }
  return {
    from: within.from && within.from > start ? within.from : start,
    to: within.to && within.to < end ? within.to : end,
  };
}

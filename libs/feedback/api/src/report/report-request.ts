/**
 * A report request as the report reads it, the same for GraphQL and the CSV route: the filter's
 * days checked and defaulted (the last 90 days up to today in the organisation's time zone), and
 * who may see what (PRODUCT, SUPERVISOR, ADMIN read; personal data only for supervisors, admins and
 * the members of a team an admin granted it, for that team's products).
 */
import { requireStaff, userError, type AccessContext, type SignedInStaff } from '@deskstream/access';
import { FEEDBACK_REPORT_ERRORS } from '@deskstream/feedback-domain';
import {
  REPORT_BUCKETS,
  dayNumber,
  dayText,
  type FeedbackReport,
  type ReportBucket,
  type ReportFilter,
} from '@deskstream/feedback-read-models';

export const REPORT_READERS = ['PRODUCT', 'SUPERVISOR', 'ADMIN'] as const;
export const DEFAULT_PERIOD_DAYS = 90;
export const MAX_PERIOD_DAYS = 1_100;

/** The filter as a client sends it (GraphQL input or query string); every field optional. */
export interface ReportFilterInput {
  product?: string | null;
  version?: string | null;
  kind?: string | null;
  severity?: string | null;
  channel?: string | null;
  from?: string | null;
  to?: string | null;
  bucket?: string | null;
  topicId?: string | null;
}

const text = (value: string | null | undefined, max = 120): string | null => {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw userError(FEEDBACK_REPORT_ERRORS, 'FEEDBACK_REPORT_FILTER_INVALID');
  return trimmed.length === 0 ? null : trimmed;
};

export function reportFilter(report: FeedbackReport, input: ReportFilterInput | null | undefined, now: Date) {
  const today = report.days.today(now);
  const invalid = () => userError(FEEDBACK_REPORT_ERRORS, 'FEEDBACK_REPORT_FILTER_INVALID');
  const day = (value: string | null | undefined, fallback: number) => {
    const given = text(value, 10);
    if (given === null) return fallback;
    const parsed = dayNumber(given);
    if (parsed === null) throw invalid();
    return parsed;
  };
  const to = day(input?.to, today);
  const from = day(input?.from, to - (DEFAULT_PERIOD_DAYS - 1));
  if (from > to || to - from >= MAX_PERIOD_DAYS) throw invalid();
  const bucket = (text(input?.bucket, 10) ?? 'DAY') as ReportBucket;
  if (!REPORT_BUCKETS.includes(bucket)) throw invalid();
  const filter: ReportFilter = {
    product: text(input?.product),
    version: text(input?.version),
    kind: text(input?.kind),
    severity: text(input?.severity),
    channel: text(input?.channel),
    from,
    to,
    bucket,
    topicId: text(input?.topicId),
  };
  return { filter, today: dayText(today) };
}

export function requireReportReader(context: AccessContext): SignedInStaff {
  return requireStaff(context, REPORT_READERS);
}

export function requireAdmin(context: AccessContext): SignedInStaff {
  return requireStaff(context, ['ADMIN']);
}

/**
 * Whether the staff member may see a reporter's personal data for an item of `product`:
 * supervisors and admins always; product team members when their team owns the product and an
 * admin granted the team personal data.
 */
export function personalDataVisibility(
  report: FeedbackReport,
  staff: SignedInStaff,
): (product: string | null) => boolean {
  if (staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN')) return () => true;
  const granted = new Set<string>();
  for (const team of report.facts.teams.values())
    if (team.personalDataGranted && team.members.has(staff.id))
      for (const product of team.products) granted.add(product);
  return (product) => product !== null && granted.has(product);
}

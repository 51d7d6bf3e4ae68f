/** A view's filter as the report reads it: day numbers in the organisation's zone, one value per figure or none. */
import type { ReportBucket } from './report-days';

export interface ReportFilter {
  product: string | null;
  version: string | null;
  /** A report kind of the definition (or UNCLASSIFIED / OTHER). */
  kind: string | null;
  severity: string | null;
  channel: string | null;
  /** First and last day counted (day numbers, inclusive). */
  from: number;
  to: number;
  bucket: ReportBucket;
  /** Only the items of one topic (drill-down from a top topic). */
  topicId: string | null;
}

/** The filter's values as interned ids: -1 matches nothing, 0 (none) is a real value too, null: any. */
export interface ResolvedFilter {
  product: number | null;
  version: number | null;
  kind: number | null;
  severity: number | null;
  channel: number | null;
  topic: number | null;
  from: number;
  to: number;
}

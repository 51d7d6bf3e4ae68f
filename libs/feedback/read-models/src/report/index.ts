export { FeedbackReport, type FeedbackReportOptions } from './feedback-report';
export { Interner, type ReportItemDetails } from './report-columns';
export {
  REPORT_BUCKETS,
  ZonedDays,
  bucketStart,
  bucketStarts,
  dayNumber,
  dayText,
  type ReportBucket,
} from './report-days';
export { REPORT_EVENT_TYPES, type ReportEvent } from './report-events';
export type { CatalogueProduct, ReportTeam, ReportTopic } from './report-facts';
export type { ReportFilter } from './report-filter';
export { ReportHolder, feedbackReportProjection } from './report-projection';
export {
  reportItems,
  reportSatisfaction,
  reportSearchMisses,
  type ReportItemsPage,
  type ReportSatisfaction,
  type ReportSearchMiss,
} from './report-side-views';
export {
  reportSummary,
  type ReportCount,
  type ReportSummary,
  type ReportTopTopic,
  type ReportTrendPoint,
} from './report-views';

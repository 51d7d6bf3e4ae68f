import type {
  FeedbackReportDefinitionFieldsFragment,
  FeedbackReportFieldsFragment,
  FeedbackReportQuery,
} from '../generated/graphql';

/** A kind of the report's taxonomy with its labels in the four languages. */
export type ReportKindLabel = FeedbackReportDefinitionFieldsFragment['kinds'][number];
/** A product of the catalogue with its versions, for the filters. */
export type ReportProduct = FeedbackReportQuery['feedbackReportProducts'][number];
export type ReportCount = FeedbackReportFieldsFragment['byKind'][number];
export type ReportTopic = FeedbackReportFieldsFragment['topTopics'][number];

/** The report as the page shows it: the figures, with the definition's taxonomy and the catalogue to name them. */
export type FeedbackReport = FeedbackReportFieldsFragment & {
  kinds: readonly ReportKindLabel[];
  products: readonly ReportProduct[];
};

/** What names the report's keys: the definition's kinds and the catalogue's products. */
export interface ReportNames {
  kinds: readonly ReportKindLabel[];
  products: readonly ReportProduct[];
}

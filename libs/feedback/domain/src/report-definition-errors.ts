/** The report's and the surveys' error reasons (`extensions.reason`), stable strings. */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const FEEDBACK_REPORT_ERRORS = errorTable('FEEDBACK', {
  FEEDBACK_REPORT_DEFINITION_CHANGED: {
    code: 'CONFLICT',
    message: 'Someone changed the report definition in the meantime; look at the new one first.',
  },
  FEEDBACK_REPORT_KINDS_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'Give 1–20 kinds with distinct keys in capitals (not UNCLASSIFIED or OTHER); each captured kind may count as one of them at most.',
  },
  FEEDBACK_REPORT_LABEL_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Every kind needs a label of at most 60 characters in Persian, English, Japanese and Vietnamese.',
  },
  FEEDBACK_REPORT_SOURCES_INVALID: { code: 'VALIDATION_ERROR', message: 'Choose at least one source, each once.' },
  FEEDBACK_REPORT_FILTER_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The report filter is not valid: days as YYYY-MM-DD, from before to, at most 3 years.',
  },
  FEEDBACK_REPORT_CURSOR_INVALID: { code: 'VALIDATION_ERROR', message: 'That page cursor is not valid.' },
  FEEDBACK_REPORT_VIEW_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The view is one of summary, trend, topics, notFound, satisfaction, items.',
  },
});

export type FeedbackReportErrorReason = keyof typeof FEEDBACK_REPORT_ERRORS.entries;
export type FeedbackReportRejection = Rejection<FeedbackReportErrorReason>;
export const rejectReport = (reason: FeedbackReportErrorReason): FeedbackReportRejection =>
  FEEDBACK_REPORT_ERRORS.reject(reason);

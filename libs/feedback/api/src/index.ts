/** `@deskstream/feedback-api`: feedback's GraphQL module (the Fastify plugin the api registers), its commands and ports. */
export { feedbackGraphql, feedbackTypeDefs, type FeedbackModuleOptions } from './plugin';
export { feedbackReportGraphql, feedbackReportTypeDefs, type FeedbackReportModuleOptions } from './report/report-module';
export { REPORT_CSV_PATH } from './report/report-csv';

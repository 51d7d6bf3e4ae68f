/** `@deskstream/feedback-api`: feedback's GraphQL module (the Fastify plugin the api registers), its commands and ports. */
export { feedbackGraphql, feedbackTypeDefs, type FeedbackModuleOptions } from './plugin';
export {
  feedbackReportGraphql,
  feedbackReportTypeDefs,
  type FeedbackReportModuleOptions,
} from './report/report-module';
export { REPORT_CSV_PATH } from './report/report-csv';
export { FeedbackCommands, itemIdForSource, itemIdForVote, type FeedbackOutcome } from './commands';
export { FEEDBACK_ANSWER_MAIL, FeedbackLoopBack, deliveryCommandId } from './loop-back';
export { wordAnswer, persianDigits } from './answer-wording';
export type {
  FeedbackMail,
  FeedbackMailbox,
  FeedbackSourceRefs,
  FeedbackSources,
  FeedbackStaff,
  FeedbackTicketReplies,
  FoundSource,
  TicketReplyOutcome,
} from './ports';
export {
  feedbackSurveysGraphql,
  feedbackSurveysTypeDefs,
  type FeedbackSurveysModuleOptions,
} from './surveys/survey-module';
export { SurveyCommands, type NewSurvey } from './surveys/survey-commands';
export {
  invitationIdFor,
  invitationMailId,
  productSurveyId,
  satisfactionSurveyId,
  surveyTokenHash,
} from './surveys/survey-links';
export { replayInto } from './report/report-replay';

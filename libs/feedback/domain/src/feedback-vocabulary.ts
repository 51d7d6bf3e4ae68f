/** The words of the feedback context's events: languages, sources, channels, kinds, severities, answers, deliveries. */

export const FEEDBACK_LANGUAGES = ['fa', 'en', 'ja', 'vi'] as const;
export type FeedbackLanguage = (typeof FEEDBACK_LANGUAGES)[number];

/** Text in each of the four languages. */
export type FeedbackLocalizedText = Record<FeedbackLanguage, string>;

/** Where a feedback item comes from. */
export const FEEDBACK_SOURCE_KINDS = [
  'CHAT_MESSAGE',
  'TICKET_MESSAGE',
  'CALL_NOTE',
  'OFFLINE_QUESTION',
  'ARTICLE_VOTE',
  'KB_QUESTION',
  'SURVEY_ANSWER',
  'STAFF',
] as const;
export type FeedbackSourceKind = (typeof FEEDBACK_SOURCE_KINDS)[number];

/** The channel the reporter used (the answer goes back through it). */
export const FEEDBACK_CHANNELS = [
  'CHAT',
  'TICKET',
  'PHONE',
  'OFFLINE_QUESTION',
  'KNOWLEDGE_BASE',
  'SURVEY',
  'STAFF',
] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_KINDS = [
  'BUG',
  'FEATURE_REQUEST',
  'USABILITY',
  'CONTENT_ERROR',
  'COMPLAINT',
  'PRAISE',
  'QUESTION',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_SEVERITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;
export type FeedbackSeverity = (typeof FEEDBACK_SEVERITIES)[number];

export const FEEDBACK_DISMISS_REASONS = ['SPAM', 'DUPLICATE', 'NOISE'] as const;
export type FeedbackDismissReason = (typeof FEEDBACK_DISMISS_REASONS)[number];

export const FEEDBACK_REPORTER_KINDS = ['CUSTOMER', 'SUPPORT_UNIT'] as const;
export type FeedbackReporterKind = (typeof FEEDBACK_REPORTER_KINDS)[number];

/** A product team's answer to a topic. */
export const FEEDBACK_ANSWER_STATUSES = ['ACKNOWLEDGED', 'PLANNED', 'FIXED', 'WONT_FIX', 'NEEDS_INFO'] as const;
export type FeedbackAnswerStatus = (typeof FEEDBACK_ANSWER_STATUSES)[number];

/** How an answer reached a reporter: a reply on their ticket, or mail through the outbox. */
export const FEEDBACK_DELIVERY_CHANNELS = ['MAIL', 'TICKET_REPLY'] as const;
export type FeedbackDeliveryChannel = (typeof FEEDBACK_DELIVERY_CHANNELS)[number];

export const FEEDBACK_UNDELIVERABLE_REASONS = ['NO_CONTACT', 'ERASED', 'SUPPORT_UNIT', 'REJECTED'] as const;
export type FeedbackUndeliverableReason = (typeof FEEDBACK_UNDELIVERABLE_REASONS)[number];

/** What a delivery tells: the team's answer, or that the version fixing it has shipped. */
export const FEEDBACK_DELIVERY_OCCASIONS = ['ANSWER', 'FIX_RELEASED'] as const;
export type FeedbackDeliveryOccasion = (typeof FEEDBACK_DELIVERY_OCCASIONS)[number];

/** A staff member acting, or the system (a vote's comment entering the queue by itself, the loop back). */
export interface FeedbackActor {
  kind: 'staff' | 'system';
  id: string;
}

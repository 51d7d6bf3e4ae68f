/**
 * The feedback context's events: its published language.
 *
 * - A feedback item is one stream, `feedback-<itemId>`: captured from a conversation item (with
 *   refs that pin its exact source event) or filed by staff, classified, dismissed as noise or
 *   restored, grouped into a topic, and the topic's answers delivered back to its reporter.
 * - A topic is one stream, `feedback-topic-<topicId>`: opened, renamed, forwarded to the product
 *   team that owns its product, answered by that team (several answers over time), and a fix
 *   released (the fixed version appeared in the customers context's catalogue).
 * - Product teams are one stream, `product-teams`: which products a team owns, its members (they
 *   hold the PRODUCT role), and whether an admin granted it the reporters' personal data.
 * - The report's definition is one stream, `feedback-report-definition`, versioned.
 * - A survey is one stream, `survey-<surveyId>`: created, invitations sent, answers.
 *
 * Personal fields (a reporter's name, email, phone) live in one `personal` object on each event,
 * so they can be sealed and shredded with the person's data. Times are ISO-8601 UTC instants from
 * the command. Products and versions are the customers context's catalogue (`productKey`, version).
 */

import type {
  FeedbackLanguage,
  FeedbackSourceKind,
  FeedbackChannel,
  FeedbackKind,
  FeedbackSeverity,
  FeedbackDismissReason,
  FeedbackReporterKind,
  FeedbackAnswerStatus,
  FeedbackDeliveryChannel,
  FeedbackUndeliverableReason,
  FeedbackDeliveryOccasion,
  FeedbackActor,
} from './feedback-vocabulary';
import {
  FEEDBACK_REPORT_DEFINITION_EVENT_TYPES,
  PRODUCT_TEAM_EVENT_TYPES,
  SURVEY_EVENT_TYPES,
  type FeedbackReportDefinitionEvent,
  type ProductTeamEvent,
  type SurveyEvent,
} from './team-survey-events';

export * from './feedback-vocabulary';
export * from './team-survey-events';

/**
 * The exact source of an item: its kind and the refs that pin the source event. Refs that do
 * not apply to the kind are null; `eventId` is the source event's id where one exists.
 */
export interface FeedbackSource {
  kind: FeedbackSourceKind;
  chatId: string | null;
  ticketId: string | null;
  messageId: string | null;
  callId: string | null;
  noteId: string | null;
  questionId: string | null;
  articleId: string | null;
  articleRevision: number | null;
  surveyId: string | null;
  invitationId: string | null;
  eventId: string | null;
}

export interface FeedbackPersonal {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface FeedbackReporter {
  kind: FeedbackReporterKind;
  customerId: string | null;
  /** The reporter's ticket, where the answer can be a reply on it. */
  ticketId: string | null;
  personal: FeedbackPersonal;
}

/** What a classification sets: product (catalogue key), version or pre-release build, kind, severity, tags. */
export interface FeedbackClassification {
  product: string | null;
  version: string | null;
  build: string | null;
  kind: FeedbackKind | null;
  severity: FeedbackSeverity | null;
  tags: string[];
}

export type FeedbackCaptured = {
  type: 'FeedbackCaptured';
  data: FeedbackClassification & {
    itemId: string;
    source: FeedbackSource;
    channel: FeedbackChannel;
    /** A quote of the source, at most `FEEDBACK_LIMITS.textLength` characters. */
    text: string;
    reporter: FeedbackReporter;
    language: FeedbackLanguage;
    capturedBy: FeedbackActor;
    at: string;
  };
};
export type FeedbackClassified = {
  type: 'FeedbackClassified';
  data: FeedbackClassification & { itemId: string; by: FeedbackActor; at: string };
};
export type FeedbackDismissed = {
  type: 'FeedbackDismissed';
  data: {
    itemId: string;
    reason: FeedbackDismissReason;
    duplicateOf: string | null;
    by: FeedbackActor;
    at: string;
  };
};
export type FeedbackRestored = {
  type: 'FeedbackRestored';
  data: { itemId: string; by: FeedbackActor; at: string };
};
export type FeedbackGrouped = {
  type: 'FeedbackGrouped';
  data: {
    itemId: string;
    topicId: string;
    /** Whether the agent confirmed the suggested topic (rather than choosing another). */
    suggested: boolean;
    score: number | null;
    by: FeedbackActor;
    at: string;
  };
};
export type FeedbackUngrouped = {
  type: 'FeedbackUngrouped';
  data: { itemId: string; topicId: string; by: FeedbackActor; at: string };
};
export type FeedbackAnswerDelivered = {
  type: 'FeedbackAnswerDelivered';
  data: {
    itemId: string;
    topicId: string;
    answerId: string;
    occasion: FeedbackDeliveryOccasion;
    channel: FeedbackDeliveryChannel;
    mailId: string | null;
    ticketId: string | null;
    language: FeedbackLanguage;
    at: string;
  };
};
export type FeedbackAnswerUndeliverable = {
  type: 'FeedbackAnswerUndeliverable';
  data: {
    itemId: string;
    topicId: string;
    answerId: string;
    occasion: FeedbackDeliveryOccasion;
    reason: FeedbackUndeliverableReason;
    at: string;
  };
};

export type FeedbackItemEvent =
  | FeedbackCaptured
  | FeedbackClassified
  | FeedbackDismissed
  | FeedbackRestored
  | FeedbackGrouped
  | FeedbackUngrouped
  | FeedbackAnswerDelivered
  | FeedbackAnswerUndeliverable;

export const FEEDBACK_ITEM_EVENT_TYPES = [
  'FeedbackCaptured',
  'FeedbackClassified',
  'FeedbackDismissed',
  'FeedbackRestored',
  'FeedbackGrouped',
  'FeedbackUngrouped',
  'FeedbackAnswerDelivered',
  'FeedbackAnswerUndeliverable',
] as const satisfies readonly FeedbackItemEvent['type'][];

export type FeedbackTopicOpened = {
  type: 'FeedbackTopicOpened';
  data: {
    topicId: string;
    title: string;
    product: string | null;
    kind: FeedbackKind | null;
    by: FeedbackActor;
    at: string;
  };
};
export type FeedbackTopicRenamed = {
  type: 'FeedbackTopicRenamed';
  data: { topicId: string; title: string; by: FeedbackActor; at: string };
};
export type FeedbackTopicForwarded = {
  type: 'FeedbackTopicForwarded';
  data: { topicId: string; teamId: string; by: FeedbackActor; at: string };
};
export type FeedbackTopicAnswered = {
  type: 'FeedbackTopicAnswered';
  data: {
    topicId: string;
    answerId: string;
    status: FeedbackAnswerStatus;
    /** The version planned or fixed in (PLANNED, FIXED). */
    version: string | null;
    /** Required for WONT_FIX. */
    reason: string | null;
    /** The team's note to the reporters. */
    note: string | null;
    by: FeedbackActor;
    at: string;
  };
};
/** A FIXED answer's version is in the catalogue: the affected users are told. */
export type FeedbackTopicFixReleased = {
  type: 'FeedbackTopicFixReleased';
  data: { topicId: string; answerId: string; version: string; at: string };
};

export type FeedbackTopicEvent =
  | FeedbackTopicOpened
  | FeedbackTopicRenamed
  | FeedbackTopicForwarded
  | FeedbackTopicAnswered
  | FeedbackTopicFixReleased;

export const FEEDBACK_TOPIC_EVENT_TYPES = [
  'FeedbackTopicOpened',
  'FeedbackTopicRenamed',
  'FeedbackTopicForwarded',
  'FeedbackTopicAnswered',
  'FeedbackTopicFixReleased',
] as const satisfies readonly FeedbackTopicEvent['type'][];

export type FeedbackContextEvent =
  FeedbackItemEvent | FeedbackTopicEvent | ProductTeamEvent | FeedbackReportDefinitionEvent | SurveyEvent;

export const FEEDBACK_EVENT_TYPES = [
  ...FEEDBACK_ITEM_EVENT_TYPES,
  ...FEEDBACK_TOPIC_EVENT_TYPES,
  ...PRODUCT_TEAM_EVENT_TYPES,
  ...FEEDBACK_REPORT_DEFINITION_EVENT_TYPES,
  ...SURVEY_EVENT_TYPES,
] as const satisfies readonly FeedbackContextEvent['type'][];

export const FEEDBACK_ITEM_STREAM_PREFIX = 'feedback-';
export const FEEDBACK_TOPIC_STREAM_PREFIX = 'feedback-topic-';
export const PRODUCT_TEAMS_STREAM = 'product-teams';
export const FEEDBACK_REPORT_DEFINITION_STREAM = 'feedback-report-definition';
export const SURVEY_STREAM_PREFIX = 'survey-';

export const feedbackItemStream = (itemId: string): string => `${FEEDBACK_ITEM_STREAM_PREFIX}${itemId}`;
export const feedbackTopicStream = (topicId: string): string => `${FEEDBACK_TOPIC_STREAM_PREFIX}${topicId}`;
export const surveyStream = (surveyId: string): string => `${SURVEY_STREAM_PREFIX}${surveyId}`;

/** A source with every ref null but its kind: the start of each capture's own refs. */
export const emptyFeedbackSource = (kind: FeedbackSourceKind): FeedbackSource => ({
  kind,
  chatId: null,
  ticketId: null,
  messageId: null,
  callId: null,
  noteId: null,
  questionId: null,
  articleId: null,
  articleRevision: null,
  surveyId: null,
  invitationId: null,
  eventId: null,
});

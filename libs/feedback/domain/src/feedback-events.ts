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

export type ProductTeamDefined = {
  type: 'ProductTeamDefined';
  data: { teamId: string; name: string; products: string[]; by: FeedbackActor; at: string };
};
export type ProductTeamChanged = {
  type: 'ProductTeamChanged';
  data: { teamId: string; name: string; products: string[]; by: FeedbackActor; at: string };
};
export type ProductTeamMemberAdded = {
  type: 'ProductTeamMemberAdded';
  data: { teamId: string; staffId: string; by: FeedbackActor; at: string };
};
export type ProductTeamMemberRemoved = {
  type: 'ProductTeamMemberRemoved';
  data: { teamId: string; staffId: string; by: FeedbackActor; at: string };
};
/** An admin lets the team see the reporters' personal data (names, emails, phones). */
export type ProductTeamPersonalDataGranted = {
  type: 'ProductTeamPersonalDataGranted';
  data: { teamId: string; by: FeedbackActor; at: string };
};
export type ProductTeamPersonalDataRevoked = {
  type: 'ProductTeamPersonalDataRevoked';
  data: { teamId: string; by: FeedbackActor; at: string };
};

export type ProductTeamEvent =
  | ProductTeamDefined
  | ProductTeamChanged
  | ProductTeamMemberAdded
  | ProductTeamMemberRemoved
  | ProductTeamPersonalDataGranted
  | ProductTeamPersonalDataRevoked;

export const PRODUCT_TEAM_EVENT_TYPES = [
  'ProductTeamDefined',
  'ProductTeamChanged',
  'ProductTeamMemberAdded',
  'ProductTeamMemberRemoved',
  'ProductTeamPersonalDataGranted',
  'ProductTeamPersonalDataRevoked',
] as const satisfies readonly ProductTeamEvent['type'][];

/** One kind of the report's taxonomy: its key, its label in four languages, and which captured kinds count as it. */
export interface FeedbackReportKind {
  key: string;
  labels: FeedbackLocalizedText;
  countsAs: FeedbackKind[];
}

export type FeedbackReportDefinitionChanged = {
  type: 'FeedbackReportDefinitionChanged';
  data: {
    version: number;
    kinds: FeedbackReportKind[];
    /** Which source kinds count in the report. */
    sources: FeedbackSourceKind[];
    /** Whether dismissed items count. */
    dismissedCount: boolean;
    by: FeedbackActor;
    at: string;
  };
};

export type FeedbackReportDefinitionEvent = FeedbackReportDefinitionChanged;

export const FEEDBACK_REPORT_DEFINITION_EVENT_TYPES = [
  'FeedbackReportDefinitionChanged',
] as const satisfies readonly FeedbackReportDefinitionEvent['type'][];

export const SURVEY_KINDS = ['SATISFACTION', 'PRODUCT'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** What a survey asks about: a conversation (satisfaction) or a product (a team's product survey). */
export type SurveySubject =
  | { type: 'CONVERSATION'; chatId: string | null; ticketId: string | null; callId: string | null }
  | { type: 'PRODUCT'; product: string; version: string | null };

export type SurveyCreated = {
  type: 'SurveyCreated';
  data: {
    surveyId: string;
    kind: SurveyKind;
    subject: SurveySubject;
    question: FeedbackLocalizedText;
    teamId: string | null;
    by: FeedbackActor;
    at: string;
  };
};
export type SurveyInvitationSent = {
  type: 'SurveyInvitationSent';
  data: {
    surveyId: string;
    invitationId: string;
    /** The sha256 of the secret link's token (hex); the token itself is never stored. */
    tokenHash: string;
    customerId: string | null;
    personal: { email: string };
    language: FeedbackLanguage;
    mailId: string;
    at: string;
  };
};
export type SurveyAnswered = {
  type: 'SurveyAnswered';
  data: {
    surveyId: string;
    invitationId: string;
    /** 1–5. */
    rating: number;
    comment: string | null;
    language: FeedbackLanguage;
    at: string;
  };
};

export type SurveyEvent = SurveyCreated | SurveyInvitationSent | SurveyAnswered;

export const SURVEY_EVENT_TYPES = [
  'SurveyCreated',
  'SurveyInvitationSent',
  'SurveyAnswered',
] as const satisfies readonly SurveyEvent['type'][];

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

/**
 * The feedback context's events of product teams (`product-teams`), the report's definition
 * (`feedback-report-definition`) and surveys (`survey-<surveyId>`); see `feedback-events.ts`.
 */
import type {
  FeedbackActor,
  FeedbackKind,
  FeedbackLanguage,
  FeedbackLocalizedText,
  FeedbackSourceKind,
} from './feedback-vocabulary';

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

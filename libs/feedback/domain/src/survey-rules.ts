/** Surveys' limits and input rules, for the api, the console and the portal alike. Pure. */
import { errorTable, type Rejection } from '@deskstream/domain-kit';
import { FEEDBACK_LANGUAGES, type FeedbackLanguage, type FeedbackLocalizedText } from './feedback-events';

export const SURVEY_LIMITS = {
  ratingMin: 1,
  ratingMax: 5,
  commentLength: 2_000,
  questionLength: 300,
  /** Invitations one product survey may send. */
  invitationsPerSurvey: 5_000,
} as const;

export const SURVEY_ERRORS = errorTable('FEEDBACK', {
  FEEDBACK_SURVEY_NOT_FOUND: { code: 'NOT_FOUND', message: 'That survey link is not known, or it has been withdrawn.' },
  FEEDBACK_SURVEY_EXISTS: { code: 'CONFLICT', message: 'This survey was already created.' },
  FEEDBACK_SURVEY_ALREADY_ANSWERED: { code: 'CONFLICT', message: 'This survey has already been answered. Thank you!' },
  FEEDBACK_SURVEY_RATING_INVALID: { code: 'VALIDATION_ERROR', message: 'Choose a rating from 1 to 5.' },
  FEEDBACK_SURVEY_COMMENT_TOO_LONG: {
    code: 'VALIDATION_ERROR',
    message: 'The comment may be at most 2,000 characters.',
  },
  FEEDBACK_SURVEY_QUESTION_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Write the question in Persian, English, Japanese and Vietnamese, at most 300 characters each.',
  },
  FEEDBACK_SURVEY_NO_RECIPIENTS: {
    code: 'VALIDATION_ERROR',
    message: 'Nobody registered for that product (and version) has an email address to send the survey to.',
  },
  FEEDBACK_SURVEY_TOO_MANY_RECIPIENTS: {
    code: 'VALIDATION_ERROR',
    message: 'A product survey may go to at most 5,000 people; choose a version.',
  },
  FEEDBACK_SURVEY_PRODUCT_NOT_FOUND: { code: 'NOT_FOUND', message: 'That product is not in the catalogue.' },
  FEEDBACK_SURVEY_TEAM_NOT_FOUND: { code: 'NOT_FOUND', message: 'That product team is not known.' },
  FEEDBACK_SURVEY_TEAM_REQUIRED: {
    code: 'FORBIDDEN',
    message: 'Only the members of the team that owns the product (or an admin) may survey its users.',
  },
  FEEDBACK_SURVEY_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many requests; try again in a minute.' },
});

export type SurveyErrorReason = keyof typeof SURVEY_ERRORS.entries;
export type SurveyRejection = Rejection<SurveyErrorReason>;
export const rejectSurvey = (reason: SurveyErrorReason): SurveyRejection => SURVEY_ERRORS.reject(reason);

export const ratingIsValid = (rating: number): boolean =>
  Number.isInteger(rating) && rating >= SURVEY_LIMITS.ratingMin && rating <= SURVEY_LIMITS.ratingMax;

/** A comment trimmed, null when empty. */
export function cleanComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed.length === 0 ? null : trimmed;
}

export const commentIsValid = (comment: string | null): boolean =>
  comment === null || [...comment].length <= SURVEY_LIMITS.commentLength;

export function questionIsValid(question: FeedbackLocalizedText): boolean {
  return FEEDBACK_LANGUAGES.every((language) => {
    const text = question[language]?.trim() ?? '';
    return text.length > 0 && [...text].length <= SURVEY_LIMITS.questionLength;
  });
}

/** One of the four languages, else English. */
export const surveyLanguageOf = (language: string | null | undefined): FeedbackLanguage =>
  (FEEDBACK_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as FeedbackLanguage) : 'en';

/** The satisfaction survey's question, as every conversation's survey asks it. */
export const SATISFACTION_QUESTION: FeedbackLocalizedText = {
  fa: 'از پاسخی که گرفتید چقدر راضی هستید؟',
  en: 'How satisfied are you with the help you received?',
  ja: '受けたサポートにどのくらい満足していますか？',
  vi: 'Bạn hài lòng thế nào với sự hỗ trợ đã nhận?',
};

/**
 * A survey (`survey-<surveyId>`): created once (a conversation's satisfaction survey, or a team's
 * product survey), invitations sent (each mail queued first, then recorded with the hash of its
 * link's token), and each invitation answered once with a rating of 1–5 and an optional comment.
 * A repeated identical answer decides nothing. Pure.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  FeedbackActor,
  FeedbackLanguage,
  FeedbackLocalizedText,
  SurveyEvent,
  SurveyInvitationSent,
  SurveyKind,
  SurveySubject,
} from './feedback-events';
import {
  SURVEY_LIMITS,
  cleanComment,
  commentIsValid,
  questionIsValid,
  ratingIsValid,
  rejectSurvey,
  type SurveyRejection,
} from './survey-rules';

export interface SurveyInvitationToSend {
  invitationId: string;
  tokenHash: string;
  customerId: string | null;
  email: string;
  language: FeedbackLanguage;
  mailId: string;
}

export type SurveyCommand =
  | {
      type: 'CreateSurvey';
      data: {
        surveyId: string;
        kind: SurveyKind;
        subject: SurveySubject;
        question: FeedbackLocalizedText;
        teamId: string | null;
        by: FeedbackActor;
        at: string;
      };
    }
  | { type: 'SendSurveyInvitations'; data: { surveyId: string; invitations: SurveyInvitationToSend[]; at: string } }
  | {
      type: 'AnswerSurvey';
      data: { surveyId: string; invitationId: string; rating: number; comment: string | null; at: string };
    };

export interface SurveyState {
  created: boolean;
  /** Invitations by id: their language and answer, once answered. */
  invitations: Map<string, { language: FeedbackLanguage; answer: { rating: number; comment: string | null } | null }>;
}

export const surveyDecider: Decider<SurveyCommand, SurveyEvent, SurveyState, SurveyRejection> = {
  initialState: () => ({ created: false, invitations: new Map() }),
  evolve(state, event) {
    switch (event.type) {
      case 'SurveyCreated':
        return { ...state, created: true };
      case 'SurveyInvitationSent': {
        const invitations = new Map(state.invitations);
        invitations.set(event.data.invitationId, { language: event.data.language, answer: null });
        return { ...state, invitations };
      }
      case 'SurveyAnswered': {
        const invitations = new Map(state.invitations);
        const invitation = invitations.get(event.data.invitationId);
        const answer = { rating: event.data.rating, comment: event.data.comment };
        invitations.set(event.data.invitationId, { language: invitation?.language ?? event.data.language, answer });
        return { ...state, invitations };
      }
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'CreateSurvey': {
        if (state.created) return rejectSurvey('FEEDBACK_SURVEY_EXISTS');
        if (!questionIsValid(command.data.question)) return rejectSurvey('FEEDBACK_SURVEY_QUESTION_INVALID');
        const { fa, en, ja, vi } = command.data.question;
        const question = { fa: fa.trim(), en: en.trim(), ja: ja.trim(), vi: vi.trim() };
        return [{ type: 'SurveyCreated', data: { ...command.data, question } }];
      }
      case 'SendSurveyInvitations': {
        if (!state.created) return rejectSurvey('FEEDBACK_SURVEY_NOT_FOUND');
        const fresh = command.data.invitations.filter((invitation) => !state.invitations.has(invitation.invitationId));
        if (state.invitations.size + fresh.length > SURVEY_LIMITS.invitationsPerSurvey)
          return rejectSurvey('FEEDBACK_SURVEY_TOO_MANY_RECIPIENTS');
        return fresh.map((invitation): SurveyInvitationSent => ({
          type: 'SurveyInvitationSent',
          data: {
            surveyId: command.data.surveyId,
            invitationId: invitation.invitationId,
            tokenHash: invitation.tokenHash,
            customerId: invitation.customerId,
            personal: { email: invitation.email },
            language: invitation.language,
            mailId: invitation.mailId,
            at: command.data.at,
          },
        }));
      }
      case 'AnswerSurvey': {
        const { surveyId, invitationId, rating, at } = command.data;
        const invitation = state.invitations.get(invitationId);
        if (!invitation) return rejectSurvey('FEEDBACK_SURVEY_NOT_FOUND');
        if (!ratingIsValid(rating)) return rejectSurvey('FEEDBACK_SURVEY_RATING_INVALID');
        const comment = cleanComment(command.data.comment);
        if (!commentIsValid(comment)) return rejectSurvey('FEEDBACK_SURVEY_COMMENT_TOO_LONG');
        if (invitation.answer) {
          const same = invitation.answer.rating === rating && invitation.answer.comment === comment;
          return same ? [] : rejectSurvey('FEEDBACK_SURVEY_ALREADY_ANSWERED');
        }
        const language = invitation.language;
        return [{ type: 'SurveyAnswered', data: { surveyId, invitationId, rating, comment, language, at } }];
      }
      default:
        return assertNever(command);
    }
  },
};

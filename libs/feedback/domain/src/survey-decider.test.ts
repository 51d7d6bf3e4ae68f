import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { SurveyEvent } from './feedback-events';
import { surveyDecider, type SurveyCommand } from './survey-decider';
import { SATISFACTION_QUESTION } from './survey-rules';

const given = deciderSpec(surveyDecider);
const at = '2026-03-01T10:00:00.000Z';
const by = { kind: 'system', id: 'surveys' } as const;
const subject = { type: 'CONVERSATION', chatId: null, ticketId: 't1', callId: null } as const;
const created: SurveyEvent = {
  type: 'SurveyCreated',
  data: { surveyId: 's1', kind: 'SATISFACTION', subject, question: SATISFACTION_QUESTION, teamId: null, by, at },
};
const invitation = {
  invitationId: 'i1',
  tokenHash: 'h',
  customerId: null,
  email: 'sara@example.org',
  language: 'fa' as const,
  mailId: 'm1',
};
const invited: SurveyEvent = {
  type: 'SurveyInvitationSent',
  data: {
    surveyId: 's1',
    invitationId: 'i1',
    tokenHash: 'h',
    customerId: null,
    personal: { email: 'sara@example.org' },
    language: 'fa',
    mailId: 'm1',
    at,
  },
};
const answer = (rating: number, comment: string | null): SurveyCommand => ({
  type: 'AnswerSurvey',
  data: { surveyId: 's1', invitationId: 'i1', rating, comment, at },
});
const answered: SurveyEvent = {
  type: 'SurveyAnswered',
  data: { surveyId: 's1', invitationId: 'i1', rating: 4, comment: 'خوب بود', language: 'fa', at },
};

describe('surveys', () => {
  it('is created once, with a question in all four languages', () => {
    const create: SurveyCommand = { type: 'CreateSurvey', data: { ...created.data } as never };
    given([]).when(create).then([created]);
    given([created]).when(create).then('FEEDBACK_SURVEY_EXISTS');
    const noJapanese = { ...SATISFACTION_QUESTION, ja: ' ' };
    given([])
      .when({ type: 'CreateSurvey', data: { ...created.data, question: noJapanese } as never })
      .then('FEEDBACK_SURVEY_QUESTION_INVALID');
  });

  it('records each invitation once', () => {
    const send: SurveyCommand = {
      type: 'SendSurveyInvitations',
      data: { surveyId: 's1', invitations: [invitation], at },
    };
    given([created]).when(send).then([invited]);
    given([created, invited]).when(send).then([]);
    given([]).when(send).then('FEEDBACK_SURVEY_NOT_FOUND');
  });

  it('takes one answer per invitation, in the invitation language; the same answer again decides nothing', () => {
    given([created, invited]).when(answer(4, '  خوب بود ')).then([answered]);
    given([created, invited, answered]).when(answer(4, 'خوب بود')).then([]);
    given([created, invited, answered]).when(answer(2, null)).then('FEEDBACK_SURVEY_ALREADY_ANSWERED');
    given([created]).when(answer(4, null)).then('FEEDBACK_SURVEY_NOT_FOUND');
  });

  it('refuses a rating outside 1–5 and an overlong comment', () => {
    given([created, invited]).when(answer(0, null)).then('FEEDBACK_SURVEY_RATING_INVALID');
    given([created, invited]).when(answer(3.5, null)).then('FEEDBACK_SURVEY_RATING_INVALID');
    given([created, invited])
      .when(answer(5, 'x'.repeat(2001)))
      .then('FEEDBACK_SURVEY_COMMENT_TOO_LONG');
  });
});

import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { QuestionEvent } from './chat-events';
import { questionDecider, type QuestionCommand } from './question-decider';

const given = deciderSpec(questionDecider);
const T0 = '2025-03-01T22:00:00.000Z';
const T1 = '2025-03-02T08:30:00.000Z';
const sara = { id: 's1', name: 'Sara Ahmadi' };

const ask = (
  visitor = { name: 'Reza Karimi', email: 'reza@example.ir' },
  question = 'ساعت کاری تالار مرجع؟',
): QuestionCommand => ({
  type: 'AskOfflineQuestion',
  data: { questionId: 'q1', departmentId: 'humanities', visitor, question, at: T0 },
});
const asked: QuestionEvent = {
  type: 'OfflineQuestionAsked',
  data: {
    questionId: 'q1',
    departmentId: 'humanities',
    visitor: { name: 'Reza Karimi', email: 'reza@example.ir' },
    question: 'ساعت کاری تالار مرجع؟',
    askedAt: T0,
  },
};
const answer = (by = sara, text = 'از ۸ تا ۲۰.'): QuestionCommand => ({
  type: 'AnswerOfflineQuestion',
  data: { questionId: 'q1', by, answer: text, mailId: 'mail-1', at: T1 },
});
const answered: QuestionEvent = {
  type: 'OfflineQuestionAnswered',
  data: { questionId: 'q1', answeredBy: sara, answer: 'از ۸ تا ۲۰.', mailId: 'mail-1', answeredAt: T1 },
};

describe('offline questions', () => {
  it('are asked with a name and a required email', () => {
    given([])
      .when(ask({ name: ' Reza Karimi ', email: ' reza@example.ir ' }))
      .then([asked]);
    given([asked]).when(ask()).then([]);
    given([])
      .when(ask({ name: 'Reza', email: ' ' }))
      .then('CHAT_EMAIL_REQUIRED');
    given([])
      .when(ask({ name: 'Reza', email: 'reza@' }))
      .then('CHAT_EMAIL_INVALID');
    given([]).when(ask(undefined, '')).then('CHAT_MESSAGE_EMPTY');
  });

  it('are answered once, by whom and when, with the outbox mail', () => {
    given([asked]).when(answer()).then([answered]);
    given([asked, answered])
      .when(answer({ id: 'y1', name: 'Yuki Tanaka' }))
      .then('CHAT_QUESTION_ALREADY_ANSWERED');
    given([]).when(answer()).then('CHAT_QUESTION_NOT_FOUND');
    given([asked]).when(answer(sara, ' ')).then('CHAT_MESSAGE_EMPTY');
  });
});

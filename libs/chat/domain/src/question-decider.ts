/**
 * An offline question's decider, pure: asked once with a name and a required email, answered
 * once by email. A second answer, by anyone, is refused.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { QuestionEvent, StaffRef } from './chat-events';
import { reject, type ChatRejection } from './errors';
import { checkEmail, checkMessage, checkVisitorName } from './input-rules';

export type QuestionCommand =
  | {
      type: 'AskOfflineQuestion';
      data: {
        questionId: string;
        departmentId: string;
        visitor: { name: string; email: string };
        question: string;
        at: string;
        locale?: string | null;
      };
    }
  | {
      type: 'AnswerOfflineQuestion';
      data: { questionId: string; by: StaffRef; answer: string; mailId: string; at: string };
    };

export interface QuestionState {
  asked: boolean;
  answered: boolean;
}

export const initialQuestionState = (): QuestionState => ({ asked: false, answered: false });

export function evolveQuestion(state: QuestionState, event: QuestionEvent): QuestionState {
  switch (event.type) {
    case 'OfflineQuestionAsked':
      return { ...state, asked: true };
    case 'OfflineQuestionAnswered':
      return { ...state, answered: true };
    default:
      return assertNever(event);
  }
}

export function decideQuestion(command: QuestionCommand, state: QuestionState): QuestionEvent[] | ChatRejection {
  switch (command.type) {
    case 'AskOfflineQuestion': {
      const { questionId, departmentId, visitor, question, at, locale } = command.data;
      if (state.asked) return [];
      const email = visitor.email.trim();
      const invalid =
        checkVisitorName(visitor.name) ??
        (email === '' ? reject('CHAT_EMAIL_REQUIRED') : checkEmail(email)) ??
        checkMessage(question);
      if (invalid) return invalid;
      const asked = { questionId, departmentId, visitor: { name: visitor.name.trim(), email }, question, askedAt: at };
      return [{ type: 'OfflineQuestionAsked', data: locale ? { ...asked, locale } : asked }];
    }
    case 'AnswerOfflineQuestion': {
      const { questionId, by, answer, mailId, at } = command.data;
      if (!state.asked) return reject('CHAT_QUESTION_NOT_FOUND');
      if (state.answered) return reject('CHAT_QUESTION_ALREADY_ANSWERED');
      return (
        checkMessage(answer) ?? [
          { type: 'OfflineQuestionAnswered', data: { questionId, answeredBy: by, answer, mailId, answeredAt: at } },
        ]
      );
    }
    default:
      return assertNever(command);
  }
}

export const questionDecider: Decider<QuestionCommand, QuestionEvent, QuestionState, ChatRejection> = {
  initialState: initialQuestionState,
  evolve: evolveQuestion,
  decide: decideQuestion,
};

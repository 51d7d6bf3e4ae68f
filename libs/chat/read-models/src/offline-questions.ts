/**
 * Offline questions, folded from their events: waiting ones for the agents of their department,
 * answered ones with who answered, when, and the outbox mail that carried the answer.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import { firstWords, type QuestionEvent, type StaffRef } from '@deskstream/chat-domain';

export interface QuestionRecord {
  id: string;
  departmentId: string;
  visitor: { name: string; email: string };
  question: string;
  firstWords: string;
  askedAt: string;
  /** The language the visitor asked in, when known (the answer mail is written in it). */
  locale: string | null;
  status: 'WAITING' | 'ANSWERED';
  answeredBy: StaffRef | null;
  answer: string | null;
  answeredAt: string | null;
  mailId: string | null;
}

export class OfflineQuestionBook {
  private readonly questions = new Map<string, QuestionRecord>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ questions: this.questions });

  /** The record the event changed (a new question, or the one just answered); undefined when nothing changed. */
  apply(event: QuestionEvent): QuestionRecord | undefined {
    switch (event.type) {
      case 'OfflineQuestionAsked': {
        const { questionId, departmentId, visitor, question, askedAt, locale = null } = event.data;
        if (this.questions.has(questionId)) return undefined;
        const record: QuestionRecord = {
          id: questionId,
          departmentId,
          visitor,
          question,
          firstWords: firstWords(question),
          askedAt,
          locale,
          status: 'WAITING',
          answeredBy: null,
          answer: null,
          answeredAt: null,
          mailId: null,
        };
        this.questions.set(questionId, record);
        return record;
      }
      case 'OfflineQuestionAnswered': {
        const question = this.questions.get(event.data.questionId);
        if (!question || question.status === 'ANSWERED') return undefined;
        Object.assign(question, {
          status: 'ANSWERED',
          answeredBy: event.data.answeredBy,
          answer: event.data.answer,
          answeredAt: event.data.answeredAt,
          mailId: event.data.mailId,
        });
        return question;
      }
      default:
        return assertNever(event);
    }
  }

  question(id: string): QuestionRecord | undefined {
    return this.questions.get(id);
  }

  /** Offline questions of these departments (all when none are named), oldest first. */
  list(status?: QuestionRecord['status'], departmentIds?: readonly string[]): QuestionRecord[] {
    return [...this.questions.values()]
      .filter(
        (q) =>
          (status === undefined || q.status === status) &&
          (departmentIds === undefined || departmentIds.includes(q.departmentId)),
      )
      .sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id));
  }
}

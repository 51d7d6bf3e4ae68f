/**
 * What visitors asked and did not find: questions sent from "not answered? ask us" (newest first,
 * for staff to answer by email, with the answer once given) and searches that found nothing, grouped by what was typed (normalised)
 * and language, for the knowledge-base editors and the feedback-to-product report.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type {
  KnowledgeBaseQuestionAnswered,
  KnowledgeBaseQuestionAsked,
  KnowledgeBaseSearchFoundNothing,
  Locale,
  QuestionState,
} from '@deskstream/knowledge-base-domain';

/** A question and, once answered, the answer as it was mailed. */
export type VisitorQuestion = KnowledgeBaseQuestionAsked['data'] & {
  answer?: Omit<KnowledgeBaseQuestionAnswered['data'], 'questionId'>;
};

export interface UnansweredSearch {
  /** As last typed. */
  query: string;
  normalizedQuery: string;
  locale: Locale | null;
  count: number;
  firstAt: string;
  lastAt: string;
}

export class VisitorInbox {
  private readonly questions = new Map<string, VisitorQuestion>();
  private readonly misses = new Map<string, UnansweredSearch>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ questions: this.questions, misses: this.misses });

  apply(event: KnowledgeBaseQuestionAsked | KnowledgeBaseQuestionAnswered | KnowledgeBaseSearchFoundNothing): void {
    switch (event.type) {
      case 'KnowledgeBaseQuestionAsked':
        this.questions.set(event.data.questionId, { ...event.data });
        return;
      case 'KnowledgeBaseQuestionAnswered': {
        const question = this.questions.get(event.data.questionId);
        const { questionId: _questionId, ...answer } = event.data;
        void _questionId;
        if (question) question.answer = answer;
        return;
      }
      case 'KnowledgeBaseSearchFoundNothing': {
        const { query, normalizedQuery, locale, at } = event.data;
        const key = `${locale ?? '*'}|${normalizedQuery}`;
        const seen = this.misses.get(key);
        if (seen) {
          seen.count++;
          seen.query = query;
          seen.lastAt = at;
        } else this.misses.set(key, { query, normalizedQuery, locale, count: 1, firstAt: at, lastAt: at });
        return;
      }
      default:
        assertNever(event);
    }
  }

  question(questionId: string): VisitorQuestion | undefined {
    return this.questions.get(questionId);
  }

  /** The question as its decider sees it, for checks before an answer's mail is queued. */
  questionState(questionId: string): QuestionState {
    const question = this.questions.get(questionId);
    return {
      asked: question !== undefined,
      email: question?.email ?? null,
      answeredWith: question?.answer?.mailId ?? null,
    };
  }

  /** Newest first. */
  latestQuestions(limit: number): VisitorQuestion[] {
    return [...this.questions.values()]
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.questionId < b.questionId ? -1 : 1))
      .slice(0, limit);
  }

  /** Most often missed first, then most recent. */
  unansweredSearches(limit: number): UnansweredSearch[] {
    return [...this.misses.values()]
      .sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0))
      .slice(0, limit)
      .map((miss) => ({ ...miss }));
  }
}

/**
 * What visitors asked and did not find: questions sent from "not answered? ask us" (newest first,
 * for agents to answer) and searches that found nothing, grouped by what was typed (normalised)
 * and language, for the knowledge-base editors and the feedback-to-product report.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { KnowledgeBaseQuestionAsked, KnowledgeBaseSearchFoundNothing, Locale } from '@deskstream/knowledge-base-domain';

export type VisitorQuestion = KnowledgeBaseQuestionAsked['data'];

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

  apply(event: KnowledgeBaseQuestionAsked | KnowledgeBaseSearchFoundNothing): void {
    switch (event.type) {
      case 'KnowledgeBaseQuestionAsked':
        this.questions.set(event.data.questionId, { ...event.data });
        return;
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

  /** Newest first. */
  latestQuestions(limit: number): VisitorQuestion[] {
    return [...this.questions.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.questionId < b.questionId ? -1 : 1)).slice(0, limit);
  }

  /** Most often missed first, then most recent. */
  unansweredSearches(limit: number): UnansweredSearch[] {
    return [...this.misses.values()].sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0)).slice(0, limit).map((miss) => ({ ...miss }));
  }
}

/**
 * The knowledge base's projections for the runner: articles (catalog and public search, kept in
 * step), popularity (views and votes), and the visitor inbox (questions, their answers, and searches that found
 * nothing).
 */
import { readModelSnapshots, type Projection } from '@deskstream/event-sourcing';
import {
  ARTICLE_EVENT_TYPES,
  type ArticleEvent,
  type ArticleViewsCounted,
  type ArticleVoted,
  type KnowledgeBaseQuestionAnswered,
  type KnowledgeBaseQuestionAsked,
  type KnowledgeBaseSearchFoundNothing,
} from '@deskstream/knowledge-base-domain';
import type { KnowledgeBaseReadModel } from './read-model';

export const KB_ARTICLES_PROJECTION = 'knowledge-base-articles';
export const KB_POPULARITY_PROJECTION = 'knowledge-base-popularity';
export const KB_VISITOR_INBOX_PROJECTION = 'knowledge-base-visitor-inbox';

/** Raise when what an event does to that part of the read model changes: its snapshot is then replayed. */
export const KB_POPULARITY_SNAPSHOT_VERSION = 1;
export const KB_INBOX_SNAPSHOT_VERSION = 1;

export function knowledgeBaseProjections(readModel: KnowledgeBaseReadModel): Projection[] {
  const articles: Projection<ArticleEvent> = {
    name: KB_ARTICLES_PROJECTION,
    handles: ARTICLE_EVENT_TYPES,
    apply: (event) => {
      const changed = readModel.catalog.apply(event);
      if (changed !== undefined) readModel.search.update(changed, readModel.catalog.publicArticle(changed));
    },
    snapshots: readModel.articleSnapshots,
  };
  const popularity: Projection<ArticleVoted | ArticleViewsCounted> = {
    name: KB_POPULARITY_PROJECTION,
    handles: ['ArticleVoted', 'ArticleViewsCounted'],
    apply: (event) => readModel.popularity.apply(event),
    snapshots: readModelSnapshots(
      'knowledge-base-popularity',
      KB_POPULARITY_SNAPSHOT_VERSION,
      readModel.popularity.kept,
    ),
  };
  const inbox: Projection<
    KnowledgeBaseQuestionAsked | KnowledgeBaseQuestionAnswered | KnowledgeBaseSearchFoundNothing
  > = {
    name: KB_VISITOR_INBOX_PROJECTION,
    handles: ['KnowledgeBaseQuestionAsked', 'KnowledgeBaseQuestionAnswered', 'KnowledgeBaseSearchFoundNothing'],
    apply: (event) => readModel.inbox.apply(event),
    snapshots: readModelSnapshots('knowledge-base-visitor-inbox', KB_INBOX_SNAPSHOT_VERSION, readModel.inbox.kept),
  };
  return [articles, popularity, inbox] as Projection[];
}

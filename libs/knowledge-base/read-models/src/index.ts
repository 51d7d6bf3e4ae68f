/**
 * `@deskstream/knowledge-base-read-models`: the knowledge base's projections and what they fold
 * into — the article catalog with every revision and the public indexes, the public search,
 * popularity (views and votes) and the visitor inbox.
 */
export { KnowledgeBaseReadModel } from './read-model';
export {
  KB_ARTICLES_PROJECTION,
  KB_POPULARITY_PROJECTION,
  KB_VISITOR_INBOX_PROJECTION,
  knowledgeBaseProjections,
} from './projections';
export { ArticleCatalog } from './article-catalog';
export {
  latestRevision,
  localeSlugKey,
  publicView,
  publicViewAt,
  revisionOf,
  statusOf,
  type ArticleRecord,
  type ArticleStatus,
  type HistoryEntry,
  type HistoryKind,
  type PublicArticle,
  type PublicPeriod,
  type RevisionKind,
  type RevisionRecord,
} from './article-record';
export { PublicSearch } from './public-search';
export { Popularity, type Helpfulness } from './popularity';
export { VisitorInbox, type UnansweredSearch, type VisitorQuestion } from './visitor-inbox';
export { knowledgeBaseIndex, linkTo, type ArticleLinkView, type KnowledgeBaseIndexView } from './knowledge-base-index';

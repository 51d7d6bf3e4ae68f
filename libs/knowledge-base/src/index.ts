/** `@deskstream/knowledge-base`: the public knowledge base of error codes, every edit an event. */
export * from './events';
export { KNOWLEDGE_BASE_ERRORS, type KnowledgeBaseErrorReason, type KnowledgeBaseRejection } from './errors';
export { articleDecider, type ArticleCommand, type ArticleState } from './article-decider';
export { CONTENT_LIMITS } from './article-content';
export { KnowledgeBaseReadModel, KB_ARTICLES_PROJECTION, KB_POPULARITY_PROJECTION, KB_VISITOR_INBOX_PROJECTION, knowledgeBaseProjections } from './projections';
export type { ArticleRecord, PublicArticle, HistoryEntry, RevisionRecord } from './article-record';
export { KnowledgeBaseCommands, type KnowledgeBaseOutcome } from './commands';
export { renderArticleBody } from './markdown';
export { diffContents, type FieldDiff } from './revision-diff';
export { ROLES_FOR as KNOWLEDGE_BASE_ROLES } from './access';
export { DEFAULT_FLOOD_LIMITS as KNOWLEDGE_BASE_FLOOD_LIMITS, type FloodLimits as KnowledgeBaseFloodLimits } from './flood-guard';
export { knowledgeBaseGraphql, type KnowledgeBaseModuleOptions } from './graphql';
export { seedKnowledgeBase, type KnowledgeBaseSeedReport } from './seed/seed-knowledge-base';
export { SEED_ARTICLES, type SeedArticle } from './seed/seed-articles';
export * from './public-pages/index';

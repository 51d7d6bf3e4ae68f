/**
 * `@deskstream/knowledge-base-api`: the knowledge base in the api — its GraphQL module (schema,
 * resolvers, the Fastify plugin), its commands on the store, safe rendering of article bodies,
 * the server-rendered public pages, and the demo articles it seeds.
 */
export { knowledgeBaseGraphql, knowledgeBaseTypeDefs, type KnowledgeBaseModuleOptions } from './plugin';
export { KnowledgeBaseCommands, type KnowledgeBaseOutcome } from './commands';
export {
  KB_QUESTION_ANSWER_MAIL,
  questionAnswerMailId,
  type KnowledgeBaseMailbox,
  type QuestionAnswerMail,
} from './question-answers';
export { knowledgeBaseReadModel, renderArticleBody } from './render-article-body';
export { ROLES_FOR as KNOWLEDGE_BASE_STAFF_ROLES } from './access';
export {
  DEFAULT_FLOOD_LIMITS as KNOWLEDGE_BASE_FLOOD_LIMITS,
  type FloodLimits as KnowledgeBaseFloodLimits,
} from './flood-guard';
export { seedKnowledgeBase, type KnowledgeBaseSeedReport } from './seed/seed-knowledge-base';
export { SEED_ARTICLES, type SeedArticle } from './seed/seed-articles';
export * from './public-pages/index';

/**
 * Who may do what in the knowledge base, by staff role: agents write and propose; supervisors and
 * admins publish; everyone on staff reads history and the visitor inbox, and answers the
 * questions in it by email. The api checks these on
 * every call; the console shows only what they allow.
 */
export const KNOWLEDGE_BASE_ROLES = {
  editArticles: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  publishArticles: ['SUPERVISOR', 'ADMIN'],
  readArticleHistory: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  readVisitorInbox: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  /** Whoever may read the inbox may answer its questions. */
  answerVisitorQuestions: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
} as const;

export type KnowledgeBaseAbility = keyof typeof KNOWLEDGE_BASE_ROLES;

import type { Role } from '../generated/graphql';

/**
 * Who may do what in the knowledge base, as the api decides it (its `ROLES_FOR`): agents write
 * and propose, supervisors and admins publish, every staff member reads the visitor inbox. The
 * console only hides what the api would refuse; the api checks every call itself.
 */
export const KNOWLEDGE_BASE_ROLES = {
  editArticles: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  publishArticles: ['SUPERVISOR', 'ADMIN'],
  readArticleHistory: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  readVisitorInbox: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
} as const satisfies Record<string, readonly Role[]>;

export type KnowledgeBaseAbility = keyof typeof KNOWLEDGE_BASE_ROLES;

export function may(roles: readonly Role[] | undefined, ability: KnowledgeBaseAbility): boolean {
  const allowed: readonly Role[] = KNOWLEDGE_BASE_ROLES[ability];
  return (roles ?? []).some((role) => allowed.includes(role));
}

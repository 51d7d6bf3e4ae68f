import { KNOWLEDGE_BASE_ROLES, type KnowledgeBaseAbility } from '@deskstream/knowledge-base-domain';
import type { Role } from '../generated/graphql';

/**
 * Who may do what in the knowledge base, by the knowledge base's own rules (`KNOWLEDGE_BASE_ROLES`):
 * agents write and propose, supervisors and admins publish, every staff member reads the visitor
 * inbox. The console only hides what the api would refuse; the api checks every call itself.
 */
export function may(roles: readonly Role[] | undefined, ability: KnowledgeBaseAbility): boolean {
  const allowed: readonly Role[] = KNOWLEDGE_BASE_ROLES[ability];
  return (roles ?? []).some((role) => allowed.includes(role));
}

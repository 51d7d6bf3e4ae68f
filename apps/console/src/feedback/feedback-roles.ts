import type { Role } from '../generated/graphql';

/** The support unit's triage: the queue, topics, forwarding, and "mark as feedback". */
export const TRIAGE_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Product teams: their inbox of forwarded topics, and the answer. */
export const PRODUCT_ROLES: Role[] = ['PRODUCT'];
/** Who reads a topic's page: the support unit and the product teams it was forwarded to. */
export const TOPIC_ROLES: Role[] = [...TRIAGE_ROLES, ...PRODUCT_ROLES];
/** Who defines product teams, their members and their right to personal data. */
export const TEAMS_ROLES: Role[] = ['ADMIN'];

export const holdsAny = (roles: readonly Role[] | undefined, wanted: readonly Role[]): boolean =>
  (roles ?? []).some((role) => wanted.includes(role));

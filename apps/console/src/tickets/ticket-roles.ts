import type { Role } from '../generated/graphql';

/** Who works tickets (agents their departments', supervisors and admins all); product teams do not. */
export const TICKET_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

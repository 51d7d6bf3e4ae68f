import type { Role } from '../generated/graphql';

/** Staff who work with sessions and requests: the calendar and the waiting requests. */
export const BOOKING_STAFF_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Who reads the figures. */
export const BOOKING_FIGURES_ROLES: Role[] = ['SUPERVISOR', 'ADMIN'];
/** Who configures branches, experts, availability and rules. */
export const BOOKING_SETUP_ROLES: Role[] = ['SUPERVISOR', 'ADMIN'];

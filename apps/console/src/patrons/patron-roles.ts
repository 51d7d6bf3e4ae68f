import type { Role } from '../generated/graphql';

/** Staff at the desk: find a patron or customer, set a password, unlock, read their notices. */
export const PATRON_DESK_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Who may export a person's data or erase them (the api's rule). */
export const PATRON_DATA_ROLES: Role[] = ['SUPERVISOR', 'ADMIN'];

import type { Role } from '../generated/graphql';

/** Staff who work with calls: the Calls page, the live panel, callbacks and follow-up lists. */
export const CALL_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Whose console rings for an incoming call: staff who answer (admins only read the lists). */
export const CALL_ANSWERING_ROLES: Role[] = ['AGENT', 'SUPERVISOR'];
/** Who sees and rotates the telephony webhook's address and token. */
export const CTI_SETTINGS_ROLES: Role[] = ['ADMIN'];

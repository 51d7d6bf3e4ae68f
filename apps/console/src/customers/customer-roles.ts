import type { Role } from '../generated/graphql';

/** Staff who look customers up, record and merge them, and register their products. */
export const CUSTOMER_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Who edits the product catalogue (products, versions, serial formats). */
export const CATALOGUE_ROLES: Role[] = ['ADMIN'];

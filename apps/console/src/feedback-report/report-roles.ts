import type { Role } from '../generated/graphql';

/** Who reads the feedback report: the product teams, and the support unit's supervisors and admins. */
export const REPORT_ROLES: Role[] = ['PRODUCT', 'SUPERVISOR', 'ADMIN'];
/** Who changes the report's definition (the kind taxonomy, the sources that count). */
export const DEFINITION_ROLES: Role[] = ['ADMIN'];

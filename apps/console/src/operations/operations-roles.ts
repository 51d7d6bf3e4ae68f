import type { Role } from '../generated/graphql';

/** Who reads the operations pages (the api's `operationsDashboard`, `operationsSettings`), and who changes the settings. */
export const OPERATIONS_ROLES: Role[] = ['SUPERVISOR', 'ADMIN'];
export const OPERATIONS_SETTINGS_ROLES: Role[] = ['ADMIN'];

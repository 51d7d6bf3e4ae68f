/** `@deskstream/identity`: staff accounts and roles, sessions, departments and agent presence. */
export * from './events';
export { IDENTITY_ERRORS, type IdentityErrorReason, type IdentityRejection } from './errors';
export { staffDecider, departmentDecider, type StaffCommand, type DepartmentCommand, type StaffState, type DepartmentState } from './decider';
export { IdentityReadModel, IDENTITY_PROJECTION, identityProjection } from './projections';
export type { DepartmentPresence, DepartmentRecord, SessionRecord, StaffRecord } from './projections';
export { IdentityCommands, type CommandOutcome, type ReadModelProgress } from './commands';
export { hashPassword } from './credentials';
export { ROLES_FOR, type CallerContext } from './access';
export { identityStaffDirectory } from './staff-directory';
export { PRESENCE_CHANGED } from './presence-feed';
export { identityGraphql, type IdentityModuleOptions } from './graphql';

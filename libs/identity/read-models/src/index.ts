/** `@deskstream/identity-read-models`: staff, sessions, departments, who is online and the security log, folded from identity's events. */
export {
  IdentityReadModel,
  type DepartmentPresence,
  type DepartmentRecord,
  type SessionRecord,
  type StaffRecord,
} from './identity-read-model';
export type { ChallengeRecord, SignInChallenges, TwoFactorRecord } from './staff-security-records';
export {
  ACCOUNT_SECURITY_EVENT_TYPES,
  SECURITY_LOG_KINDS,
  type AccountSecurityEvent,
  type SecurityLogSubject,
  SecurityLogReadModel,
  type SecurityLogEntry,
  type SecurityLogFilter,
  type SecurityLogKind,
  type SecurityLogPage,
} from './security-log';
export { IDENTITY_PROJECTION, SECURITY_LOG_PROJECTION, identityProjection, securityLogProjection } from './projections';

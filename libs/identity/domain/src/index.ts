/**
 * `@deskstream/identity-domain`: staff accounts and roles, sessions, departments and agent
 * presence as events, commands, deciders, limits and error reasons. Pure TypeScript.
 *
 * Other contexts read identity's published events from here (`DepartmentOpened`,
 * `StaffAccountCreated`, `AgentJoinedDepartment`, `AgentLeftDepartment`, `AgentWentOnline`,
 * `AgentWentOffline`, …), never from its read models or api.
 */
export * from './identity-events';
export type { DepartmentCommand, PresenceStatus, StaffCommand, StartSessionData } from './commands';
export { IDENTITY_ERRORS, type IdentityErrorReason, type IdentityRejection } from './errors';
export { staffDecider, decideStaff, evolveStaff, initialStaffState, type StaffState } from './staff-decider';
export type { StaffSecurityState, TwoFactorState } from './staff-security';
export {
  departmentDecider,
  decideDepartment,
  evolveDepartment,
  initialDepartmentState,
  type DepartmentState,
} from './department-decider';
export {
  DEFAULT_SESSION_TTL_MS,
  MAX_CHALLENGE_CODE_FAILURES,
  MIN_NEW_PASSWORD_LENGTH,
  RECOVERY_CODE_COUNT,
  SIGN_IN_CHALLENGE_TTL_MS,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  isNewPassword,
  isRecoveryCode,
  isTotpCode,
  normalizedCode,
  MAX_COMMAND_ID_LENGTH,
  MAX_DEPARTMENT_NAME_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_SIGN_IN_USERNAME_LENGTH,
  USERNAME_PATTERN,
  isCommandId,
  isDepartmentName,
  isDisplayName,
  isUsername,
  normalizedUsername,
} from './limits';
export { ROLES_FOR } from './roles';

/**
 * Identity's events: staff accounts, sessions, departments and agent presence. These are the
 * published contract other contexts read (chat's desk directory folds departments, names,
 * membership and presence from them). Staff streams are `agent-<id>`, departments
 * `department-<id>`. Times are ISO-8601 strings taken from the command, so presence can later be
 * reported as online hours and person-hours. Payload changes are additive.
 */
export const ROLES = ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fa', 'en', 'ja', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Record<Locale, string>;

export const staffStream = (staffId: string) => `agent-${staffId}`;
export const departmentStream = (departmentId: string) => `department-${departmentId}`;

export type StaffAccountCreated = {
  type: 'StaffAccountCreated';
  data: {
    staffId: string;
    username: string;
    displayName: string;
    roles: Role[];
    passwordHash: string;
    createdAt: string;
  };
};
export type AgentJoinedDepartment = {
  type: 'AgentJoinedDepartment';
  data: { staffId: string; departmentId: string; joinedAt: string };
};
export type AgentLeftDepartment = {
  type: 'AgentLeftDepartment';
  data: { staffId: string; departmentId: string; leftAt: string };
};
/** How a session was won: the password alone, the password and a code (or a recovery code), or the organisation's OpenID provider. */
export type SignInMethod = 'PASSWORD' | 'TWO_FACTOR' | 'RECOVERY_CODE' | 'OIDC';
/**
 * Only a hash of the session token is ever stored; the token itself goes to the browser once.
 * Added later (absent on older events): where from (`address`, `userAgent`), how (`method`,
 * PASSWORD when absent), and for a second step the challenge answered, the code's time step
 * (a code is never accepted twice) or the recovery code used.
 */
export type SessionStarted = {
  type: 'SessionStarted';
  data: {
    staffId: string;
    sessionId: string;
    tokenHash: string;
    startedAt: string;
    expiresAt: string;
    address?: string;
    userAgent?: string;
    method?: SignInMethod;
    challengeId?: string;
    twoFactorStep?: number;
    recoveryCodeIndex?: number;
  };
};
export type SessionEndReason = 'SIGNED_OUT' | 'EXPIRED' | 'REVOKED';
/** `revokedBy` (added later) is the staff member who revoked it: the owner or an admin. */
export type SessionEnded = {
  type: 'SessionEnded';
  data: { staffId: string; sessionId: string; endedAt: string; reason: SessionEndReason; revokedBy?: string };
};
/** Which step of a sign-in failed: the password, or the code after it. */
export type SignInStep = 'PASSWORD' | 'TWO_FACTOR';
/** A failed sign-in of a known staff member (failures for unknown usernames are only counted, never stored). */
export type StaffSignInFailed = {
  type: 'StaffSignInFailed';
  data: { staffId: string; at: string; address: string; userAgent?: string; step: SignInStep; challengeId?: string };
};
/** Too many failures from one address: sign-in for this staff member from there is refused until `until`. */
export type StaffSignInLockedOut = {
  type: 'StaffSignInLockedOut';
  data: { staffId: string; at: string; address: string; until: string };
};
/** The password was right and a code is due: a short-lived challenge, only its hash kept. */
export type SignInChallengeIssued = {
  type: 'SignInChallengeIssued';
  data: {
    staffId: string;
    challengeId: string;
    challengeHash: string;
    at: string;
    expiresAt: string;
    address: string;
    userAgent?: string;
  };
};
/** A TOTP secret (base32) offered for enrolment; it counts only once a first code confirms it. */
export type TwoFactorEnrolmentStarted = {
  type: 'TwoFactorEnrolmentStarted';
  data: { staffId: string; secret: string; at: string };
};
/** The offered secret confirmed by a code of time step `step`; recovery codes kept as SHA-256 hashes. */
export type TwoFactorEnabled = {
  type: 'TwoFactorEnabled';
  data: { staffId: string; at: string; step: number; recoveryCodeHashes: string[] };
};
export type TwoFactorDisabledReason = 'BY_SELF' | 'BY_ADMIN';
export type TwoFactorDisabled = {
  type: 'TwoFactorDisabled';
  data: { staffId: string; at: string; by: string; reason: TwoFactorDisabledReason; step?: number };
};
export type StaffPasswordChanged = {
  type: 'StaffPasswordChanged';
  data: { staffId: string; passwordHash: string; at: string; by: string };
};
export type StaffRolesChanged = {
  type: 'StaffRolesChanged';
  data: { staffId: string; roles: Role[]; previousRoles: Role[]; at: string; by: string };
};
export type AgentWentOnline = {
  type: 'AgentWentOnline';
  data: { staffId: string; sessionId: string; at: string };
};
export type OfflineReason = 'SET_BY_AGENT' | 'SESSION_ENDED';
export type AgentWentOffline = {
  type: 'AgentWentOffline';
  data: { staffId: string; at: string; reason: OfflineReason };
};

export type StaffEvent =
  | StaffAccountCreated
  | AgentJoinedDepartment
  | AgentLeftDepartment
  | SessionStarted
  | SessionEnded
  | AgentWentOnline
  | AgentWentOffline
  | StaffSignInFailed
  | StaffSignInLockedOut
  | SignInChallengeIssued
  | TwoFactorEnrolmentStarted
  | TwoFactorEnabled
  | TwoFactorDisabled
  | StaffPasswordChanged
  | StaffRolesChanged;

export type DepartmentOpened = {
  type: 'DepartmentOpened';
  data: { departmentId: string; name: LocalizedText; openedAt: string };
};

export type DepartmentEvent = DepartmentOpened;

export type IdentityEvent = StaffEvent | DepartmentEvent;

export const IDENTITY_EVENT_TYPES = [
  'StaffAccountCreated',
  'AgentJoinedDepartment',
  'AgentLeftDepartment',
  'SessionStarted',
  'SessionEnded',
  'AgentWentOnline',
  'AgentWentOffline',
  'StaffSignInFailed',
  'StaffSignInLockedOut',
  'SignInChallengeIssued',
  'TwoFactorEnrolmentStarted',
  'TwoFactorEnabled',
  'TwoFactorDisabled',
  'StaffPasswordChanged',
  'StaffRolesChanged',
  'DepartmentOpened',
] as const satisfies readonly IdentityEvent['type'][];

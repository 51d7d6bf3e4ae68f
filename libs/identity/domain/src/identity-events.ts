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
/** Only a hash of the session token is ever stored; the token itself goes to the browser once. */
export type SessionStarted = {
  type: 'SessionStarted';
  data: { staffId: string; sessionId: string; tokenHash: string; startedAt: string; expiresAt: string };
};
export type SessionEndReason = 'SIGNED_OUT' | 'EXPIRED';
export type SessionEnded = {
  type: 'SessionEnded';
  data: { staffId: string; sessionId: string; endedAt: string; reason: SessionEndReason };
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
  | AgentWentOffline;

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
  'DepartmentOpened',
] as const satisfies readonly IdentityEvent['type'][];

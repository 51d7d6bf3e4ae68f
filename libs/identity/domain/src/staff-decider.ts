/**
 * A staff member's decider (`agent-<id>`), pure: the account, its departments, its sessions and
 * presence. Time always comes in the command. Repeating a command that has already had its
 * effect decides no events, so a retried or replayed command changes nothing.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { StaffCommand } from './commands';
import { IDENTITY_ERRORS, type IdentityRejection } from './errors';
import { ROLES, type OfflineReason, type Role, type StaffEvent } from './identity-events';
import { isDisplayName, isUsername } from './limits';
import { decideSecurity, evolveSecurity, initialTwoFactor, type StaffSecurityState } from './staff-security';

export interface StaffState extends StaffSecurityState {
  exists: boolean;
  roles: readonly Role[];
  departments: readonly string[];
  /** Sessions started and not ended, with when each expires. */
  sessions: Readonly<Record<string, string>>;
  onlineSince: string | null;
}

export const initialStaffState = (): StaffState => ({
  exists: false,
  roles: [],
  departments: [],
  sessions: {},
  onlineSince: null,
  twoFactor: initialTwoFactor(),
  challenges: {},
});

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffAccountCreated':
      return { ...state, exists: true, roles: event.data.roles };
    case 'AgentJoinedDepartment':
      return { ...state, departments: [...state.departments, event.data.departmentId] };
    case 'AgentLeftDepartment':
      return { ...state, departments: state.departments.filter((id) => id !== event.data.departmentId) };
    case 'SessionStarted':
      return evolveSecurity(
        { ...state, sessions: { ...state.sessions, [event.data.sessionId]: event.data.expiresAt } },
        event,
      );
    case 'SessionEnded': {
      const { [event.data.sessionId]: _ended, ...sessions } = state.sessions;
      return { ...state, sessions };
    }
    case 'AgentWentOnline':
      return { ...state, onlineSince: event.data.at };
    case 'AgentWentOffline':
      return { ...state, onlineSince: null };
    case 'StaffRolesChanged':
      return { ...state, roles: event.data.roles };
    case 'StaffSignInFailed':
    case 'StaffSignInLockedOut':
    case 'SignInChallengeIssued':
    case 'TwoFactorEnrolmentStarted':
    case 'TwoFactorEnabled':
    case 'TwoFactorDisabled':
    case 'StaffPasswordChanged':
      return evolveSecurity(state, event);
    default:
      return assertNever(event);
  }
}

const isLive = (expiresAt: string | undefined, at: string) =>
  expiresAt !== undefined && Date.parse(expiresAt) > Date.parse(at);

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] | IdentityRejection {
  if (command.type === 'CreateStaffAccount') {
    const { staffId, username, displayName, roles, passwordHash, at } = command.data;
    if (state.exists) return IDENTITY_ERRORS.reject('IDENTITY_STAFF_EXISTS');
    if (!isUsername(username)) return IDENTITY_ERRORS.reject('IDENTITY_USERNAME_INVALID');
    if (!isDisplayName(displayName)) return IDENTITY_ERRORS.reject('IDENTITY_DISPLAY_NAME_INVALID');
    if (roles.length === 0 || roles.some((role) => !ROLES.includes(role)))
      return IDENTITY_ERRORS.reject('IDENTITY_ROLES_INVALID');
    const uniqueRoles = ROLES.filter((role) => roles.includes(role));
    return [
      {
        type: 'StaffAccountCreated',
        data: { staffId, username, displayName: displayName.trim(), roles: uniqueRoles, passwordHash, createdAt: at },
      },
    ];
  }
  if (!state.exists) return IDENTITY_ERRORS.reject('IDENTITY_STAFF_NOT_FOUND');

  switch (command.type) {
    case 'JoinDepartment': {
      const { staffId, departmentId, at } = command.data;
      if (state.departments.includes(departmentId)) return [];
      return [{ type: 'AgentJoinedDepartment', data: { staffId, departmentId, joinedAt: at } }];
    }
    case 'LeaveDepartment': {
      const { staffId, departmentId, at } = command.data;
      if (!state.departments.includes(departmentId)) return [];
      return [{ type: 'AgentLeftDepartment', data: { staffId, departmentId, leftAt: at } }];
    }
    case 'StartSession':
      if (command.data.sessionId in state.sessions) return [];
      return decideSecurity(command, state);
    case 'EndSession': {
      const { staffId, sessionId, at, reason, revokedBy } = command.data;
      if (!(sessionId in state.sessions)) return [];
      const ended: StaffEvent = {
        type: 'SessionEnded',
        data: { staffId, sessionId, endedAt: at, reason, ...(revokedBy === undefined ? {} : { revokedBy }) },
      };
      const anotherLive = Object.entries(state.sessions).some(
        ([id, expiresAt]) => id !== sessionId && isLive(expiresAt, at),
      );
      if (state.onlineSince === null || anotherLive) return [ended];
      return [ended, wentOffline(staffId, at, 'SESSION_ENDED')];
    }
    case 'SetPresence': {
      const { staffId, sessionId, status, at } = command.data;
      if (!isLive(state.sessions[sessionId], at)) return IDENTITY_ERRORS.reject('IDENTITY_PRESENCE_NEEDS_SESSION');
      if (status === 'ONLINE') {
        if (state.onlineSince !== null) return [];
        return [{ type: 'AgentWentOnline', data: { staffId, sessionId, at } }];
      }
      if (state.onlineSince === null) return [];
      return [wentOffline(staffId, at, 'SET_BY_AGENT')];
    }
    case 'ChangeRoles': {
      const { staffId, roles, at, by } = command.data;
      if (roles.length === 0 || roles.some((role) => !ROLES.includes(role)))
        return IDENTITY_ERRORS.reject('IDENTITY_ROLES_INVALID');
      const next = ROLES.filter((role) => roles.includes(role));
      if (next.length === state.roles.length && next.every((role) => state.roles.includes(role))) return [];
      return [{ type: 'StaffRolesChanged', data: { staffId, roles: next, previousRoles: [...state.roles], at, by } }];
    }
    case 'RecordSignInFailure':
    case 'IssueSignInChallenge':
    case 'StartTwoFactorEnrolment':
    case 'ConfirmTwoFactor':
    case 'DisableTwoFactor':
    case 'ChangePassword':
      return decideSecurity(command, state);
    default:
      return assertNever(command);
  }
}

const wentOffline = (staffId: string, at: string, reason: OfflineReason): StaffEvent => ({
  type: 'AgentWentOffline',
  data: { staffId, at, reason },
});

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState, IdentityRejection> = {
  initialState: initialStaffState,
  evolve: evolveStaff,
  decide: decideStaff,
};

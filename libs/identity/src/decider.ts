/**
 * Identity's deciders, pure: a staff member (`agent-<id>`) and a department (`department-<id>`).
 * Time always comes in the command. Repeating a command that has already had its effect
 * decides no events, so a retried or replayed command changes nothing.
 */
import type { DepartmentEvent, LocalizedText, OfflineReason, Role, SessionEndReason, StaffEvent } from './events';
import { LOCALES, ROLES } from './events';
import { reject, type IdentityRejection } from './errors';

// ── staff member ─────────────────────────────────────────────────────────────

export type StaffCommand =
  | {
      type: 'CreateStaffAccount';
      data: { staffId: string; username: string; displayName: string; roles: Role[]; passwordHash: string; at: string };
    }
  | { type: 'JoinDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | { type: 'LeaveDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | { type: 'StartSession'; data: { staffId: string; sessionId: string; tokenHash: string; at: string; expiresAt: string } }
  | { type: 'EndSession'; data: { staffId: string; sessionId: string; at: string; reason: SessionEndReason } }
  | { type: 'SetPresence'; data: { staffId: string; sessionId: string; status: 'ONLINE' | 'OFFLINE'; at: string } };

export interface StaffState {
  exists: boolean;
  departments: readonly string[];
  /** Sessions started and not ended, with when each expires. */
  sessions: Readonly<Record<string, string>>;
  onlineSince: string | null;
}

export const initialStaffState = (): StaffState => ({ exists: false, departments: [], sessions: {}, onlineSince: null });

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffAccountCreated':
      return { ...state, exists: true };
    case 'AgentJoinedDepartment':
      return { ...state, departments: [...state.departments, event.data.departmentId] };
    case 'AgentLeftDepartment':
      return { ...state, departments: state.departments.filter((id) => id !== event.data.departmentId) };
    case 'SessionStarted':
      return { ...state, sessions: { ...state.sessions, [event.data.sessionId]: event.data.expiresAt } };
    case 'SessionEnded': {
      const { [event.data.sessionId]: _ended, ...sessions } = state.sessions;
      return { ...state, sessions };
    }
    case 'AgentWentOnline':
      return { ...state, onlineSince: event.data.at };
    case 'AgentWentOffline':
      return { ...state, onlineSince: null };
  }
}

const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/;
const isLive = (expiresAt: string | undefined, at: string) => expiresAt !== undefined && Date.parse(expiresAt) > Date.parse(at);

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] | IdentityRejection {
  if (command.type === 'CreateStaffAccount') {
    const { staffId, username, displayName, roles, passwordHash, at } = command.data;
    if (state.exists) return reject('IDENTITY_STAFF_EXISTS');
    if (!USERNAME.test(username)) return reject('IDENTITY_USERNAME_INVALID');
    if (displayName.trim().length === 0 || displayName.length > 80) return reject('IDENTITY_DISPLAY_NAME_INVALID');
    if (roles.length === 0 || roles.some((role) => !ROLES.includes(role))) return reject('IDENTITY_ROLES_INVALID');
    const uniqueRoles = ROLES.filter((role) => roles.includes(role));
    return [
      { type: 'StaffAccountCreated', data: { staffId, username, displayName: displayName.trim(), roles: uniqueRoles, passwordHash, createdAt: at } },
    ];
  }
  if (!state.exists) return reject('IDENTITY_STAFF_NOT_FOUND');

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
    case 'StartSession': {
      const { staffId, sessionId, tokenHash, at, expiresAt } = command.data;
      if (sessionId in state.sessions) return [];
      return [{ type: 'SessionStarted', data: { staffId, sessionId, tokenHash, startedAt: at, expiresAt } }];
    }
    case 'EndSession': {
      const { staffId, sessionId, at, reason } = command.data;
      if (!(sessionId in state.sessions)) return [];
      const ended: StaffEvent = { type: 'SessionEnded', data: { staffId, sessionId, endedAt: at, reason } };
      const anotherLive = Object.entries(state.sessions).some(([id, expiresAt]) => id !== sessionId && isLive(expiresAt, at));
      if (state.onlineSince === null || anotherLive) return [ended];
      return [ended, wentOffline(staffId, at, 'SESSION_ENDED')];
    }
    case 'SetPresence': {
      const { staffId, sessionId, status, at } = command.data;
      if (!isLive(state.sessions[sessionId], at)) return reject('IDENTITY_PRESENCE_NEEDS_SESSION');
      if (status === 'ONLINE') {
        if (state.onlineSince !== null) return [];
        return [{ type: 'AgentWentOnline', data: { staffId, sessionId, at } }];
      }
      if (state.onlineSince === null) return [];
      return [wentOffline(staffId, at, 'SET_BY_AGENT')];
    }
  }
}

const wentOffline = (staffId: string, at: string, reason: OfflineReason): StaffEvent => ({
  type: 'AgentWentOffline',
  data: { staffId, at, reason },
});

export const staffDecider = { initialState: initialStaffState, evolve: evolveStaff, decide: decideStaff };

// ── department ───────────────────────────────────────────────────────────────

export type DepartmentCommand = { type: 'OpenDepartment'; data: { departmentId: string; name: LocalizedText; at: string } };

export interface DepartmentState {
  opened: boolean;
}

export const initialDepartmentState = (): DepartmentState => ({ opened: false });

export function evolveDepartment(state: DepartmentState, event: DepartmentEvent): DepartmentState {
  switch (event.type) {
    case 'DepartmentOpened':
      return { ...state, opened: true };
  }
}

export function decideDepartment(command: DepartmentCommand, state: DepartmentState): DepartmentEvent[] | IdentityRejection {
  switch (command.type) {
    case 'OpenDepartment': {
      const { departmentId, name, at } = command.data;
      if (state.opened) return reject('IDENTITY_DEPARTMENT_EXISTS');
      const valid = LOCALES.every((locale) => {
        const text = name[locale]?.trim() ?? '';
        return text.length > 0 && text.length <= 80;
      });
      if (!valid) return reject('IDENTITY_DEPARTMENT_NAME_INVALID');
      const trimmed = Object.fromEntries(LOCALES.map((locale) => [locale, name[locale].trim()])) as LocalizedText;
      return [{ type: 'DepartmentOpened', data: { departmentId, name: trimmed, openedAt: at } }];
    }
  }
}

export const departmentDecider = { initialState: initialDepartmentState, evolve: evolveDepartment, decide: decideDepartment };

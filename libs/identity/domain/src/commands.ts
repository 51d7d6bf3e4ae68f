/** What identity can be asked to do: to a staff member (`agent-<id>`) or a department (`department-<id>`). Time comes in the command. */
import type { LocalizedText, Role, SessionEndReason } from './identity-events';

export type StaffCommand =
  | {
      type: 'CreateStaffAccount';
      data: { staffId: string; username: string; displayName: string; roles: Role[]; passwordHash: string; at: string };
    }
  | { type: 'JoinDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | { type: 'LeaveDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | {
      type: 'StartSession';
      data: { staffId: string; sessionId: string; tokenHash: string; at: string; expiresAt: string };
    }
  | { type: 'EndSession'; data: { staffId: string; sessionId: string; at: string; reason: SessionEndReason } }
  | { type: 'SetPresence'; data: { staffId: string; sessionId: string; status: PresenceStatus; at: string } };

export type PresenceStatus = 'ONLINE' | 'OFFLINE';

export type DepartmentCommand = {
  type: 'OpenDepartment';
  data: { departmentId: string; name: LocalizedText; at: string };
};

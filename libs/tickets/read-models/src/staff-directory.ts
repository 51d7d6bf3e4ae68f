/**
 * Tickets' view of identity's published events: departments, staff (their usernames, for
 * @mentions), who belongs where and who is online (for round-robin assignment).
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type {
  AgentJoinedDepartment,
  AgentLeftDepartment,
  AgentWentOffline,
  AgentWentOnline,
  DepartmentOpened,
  LocalizedText,
  StaffAccountCreated,
} from '@deskstream/identity-domain';

type Reads<Event extends { type: string; data: object }, Field extends keyof Event['data']> = {
  type: Event['type'];
  data: Pick<Event['data'], Field>;
};

export type StaffDirectoryEvent =
  | Reads<DepartmentOpened, 'departmentId' | 'name'>
  | Reads<StaffAccountCreated, 'staffId' | 'username' | 'displayName' | 'roles'>
  | Reads<AgentJoinedDepartment, 'staffId' | 'departmentId'>
  | Reads<AgentLeftDepartment, 'staffId' | 'departmentId'>
  | Reads<AgentWentOnline, 'staffId'>
  | Reads<AgentWentOffline, 'staffId'>;

export const STAFF_DIRECTORY_EVENT_TYPES = [
  'DepartmentOpened',
  'StaffAccountCreated',
  'AgentJoinedDepartment',
  'AgentLeftDepartment',
  'AgentWentOnline',
  'AgentWentOffline',
] as const satisfies readonly StaffDirectoryEvent['type'][];

export interface TicketStaff {
  id: string;
  username: string;
  name: string;
  roles: readonly string[];
  departmentIds: Set<string>;
  online: boolean;
}

export class TicketStaffDirectory {
  readonly departments = new Map<string, { id: string; name: LocalizedText }>();
  readonly staff = new Map<string, TicketStaff>();
  private readonly byUsername = new Map<string, TicketStaff>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ departments: this.departments, staff: this.staff, byUsername: this.byUsername });

  apply(event: StaffDirectoryEvent): void {
    switch (event.type) {
      case 'DepartmentOpened':
        this.departments.set(event.data.departmentId, { id: event.data.departmentId, name: event.data.name });
        return;
      case 'StaffAccountCreated': {
        const member: TicketStaff = {
          id: event.data.staffId,
          username: event.data.username.toLowerCase(),
          name: event.data.displayName,
          roles: [...(event.data.roles ?? [])],
          departmentIds: new Set(),
          online: false,
        };
        this.staff.set(member.id, member);
        this.byUsername.set(member.username, member);
        return;
      }
      case 'AgentJoinedDepartment':
        this.staff.get(event.data.staffId)?.departmentIds.add(event.data.departmentId);
        return;
      case 'AgentLeftDepartment':
        this.staff.get(event.data.staffId)?.departmentIds.delete(event.data.departmentId);
        return;
      case 'AgentWentOnline':
      case 'AgentWentOffline': {
        const member = this.staff.get(event.data.staffId);
        if (member) member.online = event.type === 'AgentWentOnline';
        return;
      }
      default:
        return assertNever(event);
    }
  }

  byName(username: string): TicketStaff | undefined {
    return this.byUsername.get(username.toLowerCase());
  }

  /** Agents of the department who answer tickets (AGENT role) and are online now, in a stable order. */
  onlineAgentsOf(departmentId: string): TicketStaff[] {
    return [...this.staff.values()]
      .filter((member) => member.online && member.departmentIds.has(departmentId) && member.roles.includes('AGENT'))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

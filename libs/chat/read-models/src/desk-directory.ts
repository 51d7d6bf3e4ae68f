/**
 * The reference desk's view of identity's published events: the departments, staff names, who
 * belongs to which department and who is online. Chat decides from it whether a department
 * can take a live chat now, and supervisors see each agent's load through it.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type { LocalizedText } from '@deskstream/identity-domain';
import type { DeskEvent } from './desk-events';

export interface DeskDepartment {
  id: string;
  name: LocalizedText;
}

export interface DeskAgent {
  id: string;
  name: string;
  /** The roles the account was created with (AGENT, SUPERVISOR, ADMIN, PRODUCT). */
  roles: readonly string[];
  departmentIds: Set<string>;
  onlineSince: string | null;
}

export class DeskDirectory {
  readonly departments = new Map<string, DeskDepartment>();
  readonly agents = new Map<string, DeskAgent>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ departments: this.departments, agents: this.agents });
  apply(event: DeskEvent): boolean {
    switch (event.type) {
      case 'DepartmentOpened':
        this.departments.set(event.data.departmentId, { id: event.data.departmentId, name: event.data.name });
        break;
      case 'StaffAccountCreated':
        this.agents.set(event.data.staffId, {
          id: event.data.staffId,
          name: event.data.displayName,
          roles: [...(event.data.roles ?? [])],
          departmentIds: new Set(),
          onlineSince: null,
        });
        return true;
      case 'AgentJoinedDepartment':
        this.agents.get(event.data.staffId)?.departmentIds.add(event.data.departmentId);
        break;
      case 'AgentLeftDepartment':
        this.agents.get(event.data.staffId)?.departmentIds.delete(event.data.departmentId);
        break;
      case 'AgentWentOnline':
      case 'AgentWentOffline': {
        const agent = this.agents.get(event.data.staffId);
        if (!agent) return false;
        agent.onlineSince = event.type === 'AgentWentOnline' ? event.data.at : null;
        break;
      }
      default:
        return assertNever(event);
    }
    return true;
  }

  /** Agents of the department online now. */
  onlineIn(departmentId: string): DeskAgent[] {
    return [...this.agents.values()].filter(
      (agent) => agent.onlineSince !== null && agent.departmentIds.has(departmentId),
    );
  }
}

/**
 * Identity's read model: staff, sessions, departments and who is online, folded from events.
 * A pure in-memory fold plus indexes (by username, by session-token hash); it never calls
 * the store. Queries and the presence subscription read it.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { IdentityEvent, LocalizedText, Role } from '@deskstream/identity-domain';

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  departmentIds: string[];
  onlineSince: string | null;
}

export interface SessionRecord {
  sessionId: string;
  staffId: string;
  tokenHash: string;
  expiresAt: string;
}

export interface DepartmentRecord {
  id: string;
  name: LocalizedText;
}

export interface DepartmentPresence {
  department: DepartmentRecord;
  agents: StaffRecord[];
}

export class IdentityReadModel {
  readonly staff = new Map<string, StaffRecord>();
  readonly departments = new Map<string, DepartmentRecord>();
  private readonly staffByUsername = new Map<string, string>();
  private readonly sessionsByTokenHash = new Map<string, SessionRecord>();
  private readonly sessionsById = new Map<string, SessionRecord>();
  private presenceChanges = 0;
  private board: { version: number; presence: readonly DepartmentPresence[] } | undefined;

  /** Goes up whenever who is online per department may look different: what the live feed watches. */
  get presenceVersion(): number {
    return this.presenceChanges;
  }

  apply(event: IdentityEvent): void {
    if (this.fold(event)) this.presenceChanges++;
  }

  /** Folds one event in; true when presence may look different. */
  private fold(event: IdentityEvent): boolean {
    switch (event.type) {
      case 'StaffAccountCreated': {
        const { staffId, username, displayName, roles, passwordHash } = event.data;
        this.staff.set(staffId, {
          id: staffId,
          username,
          displayName,
          roles,
          passwordHash,
          departmentIds: [],
          onlineSince: null,
        });
        this.staffByUsername.set(username, staffId);
        return false;
      }
      case 'AgentJoinedDepartment': {
        const member = this.staff.get(event.data.staffId);
        if (!member || member.departmentIds.includes(event.data.departmentId)) return false;
        member.departmentIds = [...member.departmentIds, event.data.departmentId];
        return member.onlineSince !== null;
      }
      case 'AgentLeftDepartment': {
        const member = this.staff.get(event.data.staffId);
        if (!member) return false;
        member.departmentIds = member.departmentIds.filter((id) => id !== event.data.departmentId);
        return member.onlineSince !== null;
      }
      case 'SessionStarted': {
        const { sessionId, staffId, tokenHash, expiresAt } = event.data;
        const session = { sessionId, staffId, tokenHash, expiresAt };
        this.sessionsByTokenHash.set(tokenHash, session);
        this.sessionsById.set(sessionId, session);
        return false;
      }
      case 'SessionEnded': {
        const session = this.sessionsById.get(event.data.sessionId);
        if (session) {
          this.sessionsById.delete(session.sessionId);
          this.sessionsByTokenHash.delete(session.tokenHash);
        }
        return false;
      }
      case 'AgentWentOnline': {
        const member = this.staff.get(event.data.staffId);
        if (!member) return false;
        member.onlineSince = event.data.at;
        return true;
      }
      case 'AgentWentOffline': {
        const member = this.staff.get(event.data.staffId);
        if (!member) return false;
        member.onlineSince = null;
        return true;
      }
      case 'DepartmentOpened': {
        this.departments.set(event.data.departmentId, { id: event.data.departmentId, name: event.data.name });
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  staffByName(username: string): StaffRecord | undefined {
    const id = this.staffByUsername.get(username);
    return id === undefined ? undefined : this.staff.get(id);
  }

  /** The session a token hash belongs to, if it has not ended; expiry is the caller's to judge. */
  sessionByTokenHash(tokenHash: string): SessionRecord | undefined {
    return this.sessionsByTokenHash.get(tokenHash);
  }

  /** Sessions not ended whose expiry is at or before `now`: the sweeper ends them. */
  expiredSessions(now: Date): SessionRecord[] {
    const expired: SessionRecord[] = [];
    for (const session of this.sessionsById.values())
      if (Date.parse(session.expiresAt) <= now.getTime()) expired.push(session);
    return expired;
  }

  /**
   * Every department in the order they were opened, with its online agents by display name.
   * Built once per presence version (the board is read far more often than it changes), so
   * callers share it and must not change it.
   */
  onlineAgents(): readonly DepartmentPresence[] {
    if (this.board?.version === this.presenceChanges) return this.board.presence;
    const online = [...this.staff.values()].filter((member) => member.onlineSince !== null);
    online.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
    const presence = [...this.departments.values()].map((department) => ({
      department,
      agents: online.filter((member) => member.departmentIds.includes(department.id)),
    }));
    this.board = { version: this.presenceChanges, presence };
    return presence;
  }
}

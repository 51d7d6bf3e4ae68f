/**
 * Identity's read model: staff, sessions, departments and who is online, folded from events.
 * A pure in-memory fold plus indexes (by username, by session-token hash); it never calls
 * the store. Queries and the presence subscription read it.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState, keptValue } from '@deskstream/event-sourcing';
import type { IdentityEvent, LocalizedText, Role, SignInMethod } from '@deskstream/identity-domain';
import { SignInChallenges, foldTwoFactor, type TwoFactorRecord } from './staff-security-records';

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  departmentIds: string[];
  onlineSince: string | null;
  /** Two-factor sign-in: the confirmed and the offered secret, recovery codes left. */
  twoFactor: TwoFactorRecord;
}

export interface SessionRecord {
  sessionId: string;
  staffId: string;
  tokenHash: string;
  expiresAt: string;
  startedAt: string;
  method: SignInMethod;
  address: string | null;
  userAgent: string | null;
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
  private readonly sessionsByStaff = new Map<string, Set<string>>();
  /** Second-step challenges waiting for a code, by the hash of their token. */
  readonly challenges = new SignInChallenges();
  private presenceChanges = 0;
  private board: { version: number; presence: readonly DepartmentPresence[] } | undefined;
  /** Its state for durable snapshots, refilled in place on restore (the presence board is built again). */
  /**
   * Recent failed sign-ins per staff member and address (instants in ms, newest last, a bounded
   * few), from the events every api process writes: a lockout counts failures made on any of them.
   * A sign-in from that address clears them.
   */
  private readonly signInFailures = new Map<string, number[]>();

  readonly kept = keptState({
    signInFailures: this.signInFailures,
    staff: this.staff,
    departments: this.departments,
    staffByUsername: this.staffByUsername,
    sessionsByTokenHash: this.sessionsByTokenHash,
    sessionsById: this.sessionsById,
    sessionsByStaff: this.sessionsByStaff,
    challenges: this.challenges.kept,
    presenceChanges: keptValue(
      () => this.presenceChanges,
      (value) => {
        this.presenceChanges = value;
        this.board = undefined;
      },
    ),
  });

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
          twoFactor: { secret: null, pendingSecret: null, enabledAt: null, recoveryCodesLeft: 0 },
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
        const { sessionId, staffId, tokenHash, expiresAt, startedAt } = event.data;
        const session: SessionRecord = {
          sessionId,
          staffId,
          tokenHash,
          expiresAt,
          startedAt,
          method: event.data.method ?? 'PASSWORD',
          address: event.data.address ?? null,
          userAgent: event.data.userAgent ?? null,
        };
        this.sessionsByTokenHash.set(tokenHash, session);
        this.sessionsById.set(sessionId, session);
        const own = this.sessionsByStaff.get(staffId) ?? new Set<string>();
        this.sessionsByStaff.set(staffId, own.add(sessionId));
        this.challenges.answered(event.data.challengeId);
        if (event.data.address) this.signInFailures.delete(failureKey(staffId, event.data.address));
        const member = this.staff.get(staffId);
        if (member) foldTwoFactor(member.twoFactor, event);
        return false;
      }
      case 'SessionEnded': {
        const session = this.sessionsById.get(event.data.sessionId);
        if (session) {
          this.sessionsById.delete(session.sessionId);
          this.sessionsByTokenHash.delete(session.tokenHash);
          this.sessionsByStaff.get(session.staffId)?.delete(session.sessionId);
        }
        return false;
      }
      case 'SignInChallengeIssued':
        this.challenges.issued(event.data);
        return false;
      case 'TwoFactorEnrolmentStarted':
      case 'TwoFactorEnabled':
      case 'TwoFactorDisabled': {
        const member = this.staff.get(event.data.staffId);
        if (member) foldTwoFactor(member.twoFactor, event);
        if (event.type === 'TwoFactorDisabled') this.challenges.forgetStaff(event.data.staffId);
        return false;
      }
      case 'StaffPasswordChanged': {
        const member = this.staff.get(event.data.staffId);
        if (member) member.passwordHash = event.data.passwordHash;
        return false;
      }
      case 'StaffRolesChanged': {
        const member = this.staff.get(event.data.staffId);
        if (member) member.roles = event.data.roles;
        return false;
      }
      case 'StaffSignInFailed': {
        const key = failureKey(event.data.staffId, event.data.address);
        const failures = this.signInFailures.get(key) ?? [];
        failures.push(Date.parse(event.data.at));
        if (failures.length > KEPT_FAILURES) failures.shift();
        this.signInFailures.set(key, failures);
        return false;
      }
      case 'StaffSignInLockedOut':
        return false;
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

  /** The instants (ms) of a staff member's failed sign-ins from an address since `since`, oldest first. */
  signInFailuresSince(staffId: string, address: string, since: number): number[] {
    return (this.signInFailures.get(failureKey(staffId, address)) ?? []).filter((at) => at >= since);
  }

  /** A staff member's sessions not ended (expiry is the caller's to judge), newest first. */
  sessionsOf(staffId: string): SessionRecord[] {
    const ids = [...(this.sessionsByStaff.get(staffId) ?? [])];
    return ids.flatMap((id) => this.sessionsById.get(id) ?? []).reverse();
  }
  sessionById(sessionId: string): SessionRecord | undefined {
    return this.sessionsById.get(sessionId);
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

/** How many failures per staff member and address are kept: more than any lockout counts. */
const KEPT_FAILURES = 20;
const failureKey = (staffId: string, address: string) => `${staffId}\u0000${address}`;

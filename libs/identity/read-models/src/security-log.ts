/**
 * The security log: who signed in, failed, was locked out, signed out or had a session revoked,
 * turned two-factor sign-in on or off, changed a password or had their roles changed — one entry
 * per fact, folded from identity's events in `$all` order. Admins read it newest first, filtered
 * by person, kind, period (days in the organisation's time zone) and address.
 */
import { keptState, keptValue } from '@deskstream/event-sourcing';
import { assertNever } from '@deskstream/domain-kit';
import type {
  AccountActor,
  AccountKind,
  AccountLockedOut,
  AccountPasswordSet,
  AccountRegistered,
  AccountSignInFailed,
  AccountUnlocked,
  PersonErased,
} from '@deskstream/accounts-domain';
import type { IdentityEvent, Role, SignInMethod, SignInStep } from '@deskstream/identity-domain';
import { dayInZone } from './day-in-zone';

export const SECURITY_LOG_KINDS = [
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'LOCKED_OUT',
  'SIGNED_OUT',
  'SESSION_REVOKED',
  'TWO_FACTOR_ENABLED',
  'TWO_FACTOR_DISABLED',
  'PASSWORD_CHANGED',
  'ROLES_CHANGED',
  'UNLOCKED',
  'ERASED',
] as const;
export type SecurityLogKind = (typeof SECURITY_LOG_KINDS)[number];

/** Who the entry is about: a staff member, or a patron's or customer's account (named by its id: its personal data is sealed). */
export type SecurityLogSubject = 'STAFF' | AccountKind;

/**
 * The accounts context's events the log folds: patron and customer sign-in failures, lockouts and
 * unlocks, new passwords (changed, reset by link, set at the desk) and erasures.
 */
export type AccountSecurityEvent =
  AccountRegistered | AccountSignInFailed | AccountLockedOut | AccountUnlocked | AccountPasswordSet | PersonErased;
export const ACCOUNT_SECURITY_EVENT_TYPES = [
  'AccountRegistered',
  'AccountSignInFailed',
  'AccountLockedOut',
  'AccountUnlocked',
  'AccountPasswordSet',
  'PersonErased',
] as const satisfies readonly AccountSecurityEvent['type'][];

export interface SecurityLogEntry {
  id: string;
  at: string;
  /** The day of `at` in the organisation's time zone (YYYY-MM-DD). */
  day: string;
  kind: SecurityLogKind;
  subject: SecurityLogSubject;
  personId: string;
  person: string;
  address: string | null;
  userAgent: string | null;
  /** How a sign-in was won, or which step failed. */
  method: SignInMethod | null;
  step: SignInStep | null;
  /** A lockout's end. */
  until: string | null;
  /** Who did it when it was someone else (an admin revoking, turning off, changing roles): a username. */
  by: string | null;
  roles: Role[] | null;
}

export interface SecurityLogFilter {
  /** Part of a username or display name, any case. */
  person?: string | null;
  kinds?: readonly SecurityLogKind[] | null;
  /** First and last day (YYYY-MM-DD, inclusive) in the organisation's time zone. */
  fromDay?: string | null;
  toDay?: string | null;
  /** The start of an address (`10.0.` finds 10.0.3.7). */
  address?: string | null;
}

export interface SecurityLogPage {
  entries: SecurityLogEntry[];
  total: number;
}

/** An event with what the log needs from its envelope. */
export type LoggedEvent = (IdentityEvent | AccountSecurityEvent) & { id: string };

export class SecurityLogReadModel {
  private readonly entries: SecurityLogEntry[] = [];
  private readonly names = new Map<string, { username: string; displayName: string }>();
  private readonly accountKinds = new Map<string, AccountKind>();

  constructor(private readonly timeZone = 'UTC') {}

  /** Its state for durable snapshots: entries dated in another time zone are refused (and replayed). */
  readonly kept = keptState({
    entries: this.entries,
    names: this.names,
    accountKinds: this.accountKinds,
    timeZone: keptValue(
      () => this.timeZone,
      () => undefined,
      (value) => value === this.timeZone,
    ),
  });

  get size(): number {
    return this.entries.length;
  }

  /** Folds one event in; true when the log gained an entry. */
  apply(event: LoggedEvent): boolean {
    const entry = this.entryOf(event);
    if (!entry) return false;
    const who = this.names.get(entry.personId);
    this.entries.push({
      id: event.id,
      day: dayInZone(entry.at, this.timeZone),
      subject: this.accountKinds.get(entry.personId) ?? 'STAFF',
      person: who?.username ?? entry.personId,
      address: null,
      userAgent: null,
      method: null,
      step: null,
      until: null,
      by: null,
      roles: null,
      ...entry,
    });
    return true;
  }

  /** Matching entries newest first, `first` of them after skipping `offset`, and how many match in all. */
  query(filter: SecurityLogFilter, offset: number, first: number): SecurityLogPage {
    const person = filter.person?.trim().toLowerCase() || null;
    const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
    const address = filter.address?.trim() || null;
    const matches = (entry: SecurityLogEntry) =>
      (kinds === null || kinds.has(entry.kind)) &&
      (filter.fromDay == null || entry.day >= filter.fromDay) &&
      (filter.toDay == null || entry.day <= filter.toDay) &&
      (address === null || (entry.address ?? '').startsWith(address)) &&
      (person === null || this.personMatches(entry.personId, person));
    const page: SecurityLogEntry[] = [];
    let total = 0;
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const entry = this.entries[index]!;
      if (!matches(entry)) continue;
      if (total >= offset && page.length < first) page.push(entry);
      total++;
    }
    return { entries: page, total };
  }

  private personMatches(personId: string, text: string): boolean {
    const who = this.names.get(personId);
    if (who === undefined) return personId.toLowerCase().startsWith(text);
    return who.username.includes(text) || who.displayName.toLowerCase().includes(text);
  }

  private byName(staffId: string | undefined, personId: string): string | null {
    if (staffId === undefined || staffId === personId) return null;
    return this.names.get(staffId)?.username ?? staffId;
  }

  /** An account's actor as the log names it: a staff member's username, the library system, or null for the person. */
  private actorName(actor: AccountActor, personId: string): string | null {
    if (actor.kind === 'staff') return this.byName(actor.id, personId);
    return actor.kind === 'library-system' ? 'library-system' : null;
  }

  private entryOf(
    event: LoggedEvent,
  ): (Partial<SecurityLogEntry> & Pick<SecurityLogEntry, 'at' | 'kind' | 'personId'>) | null {
    switch (event.type) {
      case 'StaffAccountCreated':
        this.names.set(event.data.staffId, { username: event.data.username, displayName: event.data.displayName });
        return null;
      case 'SessionStarted': {
        const { staffId, startedAt, address, userAgent, method } = event.data;
        return {
          kind: 'SIGNED_IN',
          personId: staffId,
          at: startedAt,
          address: address ?? null,
          userAgent: userAgent ?? null,
          method: method ?? 'PASSWORD',
        };
      }
      case 'SessionEnded': {
        const { staffId, endedAt, reason, revokedBy } = event.data;
        if (reason === 'EXPIRED') return null;
        if (reason === 'SIGNED_OUT') return { kind: 'SIGNED_OUT', personId: staffId, at: endedAt };
        return { kind: 'SESSION_REVOKED', personId: staffId, at: endedAt, by: this.byName(revokedBy, staffId) };
      }
      case 'StaffSignInFailed': {
        const { staffId, at, address, userAgent, step } = event.data;
        return { kind: 'SIGN_IN_FAILED', personId: staffId, at, address, userAgent: userAgent ?? null, step };
      }
      case 'StaffSignInLockedOut': {
        const { staffId, at, address, until } = event.data;
        return { kind: 'LOCKED_OUT', personId: staffId, at, address, until };
      }
      case 'TwoFactorEnabled':
        return { kind: 'TWO_FACTOR_ENABLED', personId: event.data.staffId, at: event.data.at };
      case 'TwoFactorDisabled': {
        const { staffId, at, by } = event.data;
        return { kind: 'TWO_FACTOR_DISABLED', personId: staffId, at, by: this.byName(by, staffId) };
      }
      case 'StaffPasswordChanged': {
        const { staffId, at, by } = event.data;
        return { kind: 'PASSWORD_CHANGED', personId: staffId, at, by: this.byName(by, staffId) };
      }
      case 'StaffRolesChanged': {
        const { staffId, at, by, roles } = event.data;
        return { kind: 'ROLES_CHANGED', personId: staffId, at, by: this.byName(by, staffId), roles };
      }
      case 'AccountRegistered':
        this.accountKinds.set(event.data.accountId, event.data.kind);
        return null;
      case 'AccountSignInFailed':
        return { kind: 'SIGN_IN_FAILED', personId: event.data.accountId, at: event.data.at, step: 'PASSWORD' };
      case 'AccountLockedOut': {
        const { accountId, at, until } = event.data;
        return { kind: 'LOCKED_OUT', personId: accountId, at, until };
      }
      case 'AccountUnlocked': {
        // An unlock by the next attempt after the lockout's end (or a new password) is the lockout ending, not news.
        const { accountId, at, by, reason } = event.data;
        return reason === 'STAFF'
          ? { kind: 'UNLOCKED', personId: accountId, at, by: this.actorName(by, accountId) }
          : null;
      }
      case 'AccountPasswordSet': {
        const { accountId, at, by, how } = event.data;
        if (how === 'REGISTERED') return null;
        return { kind: 'PASSWORD_CHANGED', personId: accountId, at, by: this.actorName(by, accountId) };
      }
      case 'PersonErased': {
        const { accountId, at, by } = event.data;
        return { kind: 'ERASED', personId: accountId, at, by: this.actorName(by, accountId) };
      }
      case 'AgentJoinedDepartment':
      case 'AgentLeftDepartment':
      case 'AgentWentOnline':
      case 'AgentWentOffline':
      case 'SignInChallengeIssued':
      case 'TwoFactorEnrolmentStarted':
      case 'DepartmentOpened':
        return null;
      default:
        return assertNever(event);
    }
  }
}

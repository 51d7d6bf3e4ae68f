/**
 * The accounts read model: every account with its sessions, reset links, lockout, preferences,
 * reservations and loans, found by the keyed hash of its card number or email, by a session's or
 * a reset link's token hash. A pure in-memory fold; personal fields stay sealed (the api opens
 * them with the person's key). `PersonErased` drops the lookup hashes and the sessions but keeps
 * the record and every count, so figures are the same before and after an erasure.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { AccountEvent, CirculationEvent } from '@deskstream/accounts-domain';
import { applyCirculation } from './circulation-fold';
import type { AccountRecord, AccountSessionRecord, ResetLinkRecord } from './records';

/** Counts that never change when a person is erased. */
export interface AccountFigures {
  patrons: number;
  customers: number;
  erased: number;
  lockouts: number;
  failedSignIns: number;
  reservationsPlaced: number;
  loansStarted: number;
  renewals: number;
  pickUpNotices: Record<'EMAIL' | 'PHONE' | 'NONE', number>;
}

export class AccountsReadModel {
  readonly accounts = new Map<string, AccountRecord>();
  private readonly byCard = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly sessions = new Map<string, AccountSessionRecord>();
  private readonly resets = new Map<string, ResetLinkRecord>();
  private readonly counts: AccountFigures = {
    patrons: 0,
    customers: 0,
    erased: 0,
    lockouts: 0,
    failedSignIns: 0,
    reservationsPlaced: 0,
    loansStarted: 0,
    renewals: 0,
    pickUpNotices: { EMAIL: 0, PHONE: 0, NONE: 0 },
  };

  account(id: string): AccountRecord | undefined {
    return this.accounts.get(id);
  }

  byCardHash(hash: string): AccountRecord | undefined {
    const id = this.byCard.get(hash);
    return id === undefined ? undefined : this.accounts.get(id);
  }

  byEmailHash(hash: string): AccountRecord | undefined {
    const id = this.byEmail.get(hash);
    return id === undefined ? undefined : this.accounts.get(id);
  }

  /** Accounts whose normalised full name has this keyed hash. */
  byNameHash(hash: string): AccountRecord[] {
    return [...(this.byName.get(hash) ?? [])].map((id) => this.accounts.get(id)!);
  }

  /** The live session with this token hash at `now`, if any. */
  session(tokenHash: string, now: Date): AccountSessionRecord | undefined {
    const session = this.sessions.get(tokenHash);
    return session && Date.parse(session.expiresAt) > now.getTime() ? session : undefined;
  }

  /** Sessions past their expiry, to be ended. */
  expiredSessions(now: Date): AccountSessionRecord[] {
    return [...this.sessions.values()].filter((session) => Date.parse(session.expiresAt) <= now.getTime());
  }

  resetLink(tokenHash: string): ResetLinkRecord | undefined {
    return this.resets.get(tokenHash);
  }

  /** Accounts whose lockout time has passed at `now` but that no event has unlocked yet. */
  lockoutsOver(now: Date): AccountRecord[] {
    return [...this.accounts.values()].filter(
      (account) => account.lockedUntil !== null && Date.parse(account.lockedUntil) <= now.getTime(),
    );
  }

  figures(): AccountFigures {
    return { ...this.counts, pickUpNotices: { ...this.counts.pickUpNotices } };
  }

  apply(event: AccountEvent | CirculationEvent): boolean {
    if (applyCirculation(this.accounts, event, this.counts)) return true;
    return this.applyAccount(event as AccountEvent);
  }

  private applyAccount(event: AccountEvent): boolean {
    if (event.type === 'AccountRegistered') {
      const data = event.data;
      if (this.accounts.has(data.accountId)) return false;
      this.accounts.set(data.accountId, {
        id: data.accountId,
        kind: data.kind,
        registeredAt: data.at,
        cardNumberHash: data.cardNumberHash,
        emailHash: data.emailHash,
        nameHash: data.nameHash,
        personal: { ...data.personal },
        passwordHash: null,
        failuresInRow: 0,
        lockedAt: null,
        lockedUntil: null,
        lockouts: 0,
        preferences: { contact: { ...data.preferences.contact }, pickUpBranchId: data.preferences.pickUpBranchId },
        erasedAt: null,
        sessions: new Map(),
        resets: new Map(),
        reservations: new Map(),
        loans: new Map(),
        exports: 0,
      });
      if (data.cardNumberHash) this.byCard.set(data.cardNumberHash, data.accountId);
      if (data.emailHash) this.byEmail.set(data.emailHash, data.accountId);
      if (data.nameHash)
        this.byName.set(data.nameHash, (this.byName.get(data.nameHash) ?? new Set()).add(data.accountId));
      if (data.kind === 'PATRON') this.counts.patrons++;
      else this.counts.customers++;
      return true;
    }
    const account = this.accounts.get(event.data.accountId);
    if (!account) return false;
    switch (event.type) {
      case 'AccountPasswordSet':
        account.passwordHash = event.data.passwordHash;
        account.failuresInRow = 0;
        // A new password spends the link it came through and every link asked for before it.
        for (const reset of account.resets.values()) reset.usedAt ??= event.data.at;
        return true;
      case 'AccountSignInFailed':
        account.failuresInRow = event.data.failuresInRow;
        this.counts.failedSignIns++;
        return true;
      case 'AccountLockedOut':
        account.lockedAt = event.data.at;
        account.lockedUntil = event.data.until;
        account.lockouts++;
        this.counts.lockouts++;
        return true;
      case 'AccountUnlocked':
        account.lockedAt = null;
        account.lockedUntil = null;
        account.failuresInRow = 0;
        return true;
      case 'AccountSessionStarted': {
        const { sessionId, tokenHash, at, expiresAt } = event.data;
        const session = { sessionId, accountId: account.id, tokenHash, startedAt: at, expiresAt };
        account.sessions.set(sessionId, session);
        account.failuresInRow = 0;
        this.sessions.set(tokenHash, session);
        return true;
      }
      case 'AccountSessionEnded': {
        const session = account.sessions.get(event.data.sessionId);
        if (!session) return false;
        account.sessions.delete(session.sessionId);
        this.sessions.delete(session.tokenHash);
        return true;
      }
      case 'AccountPasswordResetRequested': {
        const { resetId, tokenHash, mailId, at, expiresAt } = event.data;
        const reset = { resetId, accountId: account.id, tokenHash, mailId, requestedAt: at, expiresAt, usedAt: null };
        account.resets.set(resetId, reset);
        this.resets.set(tokenHash, reset);
        return true;
      }
      case 'AccountPreferencesSet':
        account.preferences = {
          contact: { ...event.data.preferences.contact },
          pickUpBranchId: event.data.preferences.pickUpBranchId,
        };
        return true;
      case 'AccountContactChanged':
        if (account.emailHash) this.byEmail.delete(account.emailHash);
        account.emailHash = event.data.emailHash;
        if (account.emailHash) this.byEmail.set(account.emailHash, account.id);
        account.personal = { ...account.personal, email: event.data.email, phone: event.data.phone };
        return true;
      case 'AccountDataExported':
        account.exports++;
        return true;
      case 'PersonErased':
        if (account.erasedAt) return false;
        account.erasedAt = event.data.at;
        if (account.cardNumberHash) this.byCard.delete(account.cardNumberHash);
        if (account.emailHash) this.byEmail.delete(account.emailHash);
        if (account.nameHash) this.byName.get(account.nameHash)?.delete(account.id);
        account.cardNumberHash = null;
        account.emailHash = null;
        account.nameHash = null;
        for (const session of account.sessions.values()) this.sessions.delete(session.tokenHash);
        for (const reset of account.resets.values()) this.resets.delete(reset.tokenHash);
        account.sessions.clear();
        this.counts.erased++;
        return true;
      default:
        return assertNever(event);
    }
  }
}

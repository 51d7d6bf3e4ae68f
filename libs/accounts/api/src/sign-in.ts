/**
 * Signing in with a library card or an email. The answer never says whether the card or email
 * has an account: an unknown one costs the same argon2id verify (against a decoy) and gets the
 * same failure, and after the same number of failures the same lockout with the same retry time
 * (kept in memory for unknown ones, as events for real accounts). Every attempt from an address
 * counts against its budget, so a sweep of many cards from one place is cut off.
 */
import { randomUUID } from 'node:crypto';
import {
  ACCOUNT_SESSION_TTL_MS,
  MAX_LOGIN_LENGTH,
  lockedUntil,
  parseLogin,
  type AccountKind,
} from '@deskstream/accounts-domain';
import type { AccountRecord, AccountsReadModel } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError, accountError, lockedError, type SignedInAccount } from './access';
import type { AccountsCommands } from './commands';
import { HashingQueue, newToken, passwordMatches, tokenHash } from './credentials';
import type { AccountFloodGuard } from './flood-guard';

export interface SignInSettings {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  flood: AccountFloodGuard;
  now: () => Date;
  /** Failed sign-ins in a row before the account locks. */
  maxFailures: number;
  /** Which kinds of account sign in here (the organisation's rule). */
  kinds: readonly AccountKind[];
  hashing?: HashingQueue;
  verify?: typeof passwordMatches;
}

/** Failures of cards and emails with no account, so they lock as a real one would. */
class UnknownLogins {
  private readonly entries = new Map<string, { failures: number; lockedUntil: string | null }>();

  constructor(private readonly max = 100_000) {}

  lockedUntil(key: string, now: Date): string | null {
    const until = this.entries.get(key)?.lockedUntil ?? null;
    if (until !== null && Date.parse(until) <= now.getTime()) {
      this.entries.delete(key);
      return null;
    }
    return until;
  }

  /** Counts a failure; the lockout's end when it reaches the limit. */
  fail(key: string, now: Date, maxFailures: number): string | null {
    const entry = this.entries.get(key) ?? { failures: 0, lockedUntil: null };
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    entry.failures++;
    if (entry.failures >= maxFailures) entry.lockedUntil = lockedUntil(now.toISOString());
    this.entries.set(key, entry);
    return entry.lockedUntil;
  }
}

export class AccountSignIn {
  private readonly hashing: HashingQueue;
  private readonly verify: typeof passwordMatches;
  private readonly unknown = new UnknownLogins();

  constructor(private readonly settings: SignInSettings) {
    this.hashing = settings.hashing ?? new HashingQueue();
    this.verify = settings.verify ?? passwordMatches;
  }

  /** The account a card number or email signs in to, with the key the lookup used. */
  find(rawLogin: string): { key: string; account: AccountRecord | undefined } {
    const { vault, readModel, kinds } = this.settings;
    if (rawLogin.length > MAX_LOGIN_LENGTH) throw accountError('ACCOUNT_INPUT_TOO_LONG');
    const login = parseLogin(rawLogin);
    if (!login || !kinds.includes(login.kind))
      throw accountError(/^[\d０-９\s-]+$/.test(rawLogin) ? 'ACCOUNT_CARD_INVALID' : 'ACCOUNT_QUERY_INVALID');
    if (login.kind === 'PATRON') {
      const key = vault.lookupHash(`card:${login.cardNumber}`);
      return { key, account: readModel.byCardHash(key) };
    }
    const key = vault.lookupHash(`email:${login.email}`);
    return { key, account: readModel.byEmailHash(key) };
  }

  async signIn(rawLogin: string, password: string, address: string): Promise<SignedInAccount & { token: string }> {
    const { flood, now, vault, commands, maxFailures, readModel } = this.settings;
    if (password.length > 128) throw accountError('ACCOUNT_INPUT_TOO_LONG');
    if (!flood.allow('signIn', address, now().getTime())) throw accountError('ACCOUNT_SIGN_IN_RATE_LIMITED');
    const { key, account } = this.find(rawLogin);

    let stored: string | undefined;
    if (account) {
      await vault.load([account.id]);
      if (account.passwordHash && !vault.isErased(account.id)) stored = vault.openOr(account.passwordHash, undefined);
    }
    const checking = this.hashing.run(() => this.verify(stored, password));
    if (!checking) throw accountError('ACCOUNT_SIGN_IN_RATE_LIMITED');
    const matches = await checking;
    const at = now();

    if (!account) {
      const locked = this.unknown.lockedUntil(key, at);
      if (locked) throw lockedError(locked);
      const lockedNow = this.unknown.fail(key, at, maxFailures);
      throw lockedNow ? lockedError(lockedNow) : accountError('ACCOUNT_SIGN_IN_FAILED');
    }
    const actor = { kind: 'customer' as const, id: account.id };
    if (!matches) {
      const outcome = await commands.account(
        { type: 'RecordSignInFailure', data: { accountId: account.id, maxFailures, at: at.toISOString() } },
        `sign-in-failed-${randomUUID()}`,
        actor,
      );
      if (!outcome.ok) {
        if (outcome.error.code === 'ACCOUNT_LOCKED')
          throw lockedError(account.lockedUntil ?? lockedUntil(at.toISOString()));
        // An erased account signs in to nothing, as an unknown card.
        throw accountError('ACCOUNT_SIGN_IN_FAILED');
      }
      const lockout = outcome.events.find((event) => event.type === 'AccountLockedOut');
      if (lockout?.type === 'AccountLockedOut') throw lockedError(lockout.data.until);
      throw accountError('ACCOUNT_SIGN_IN_FAILED');
    }

    const token = newToken();
    const sessionId = randomUUID();
    const outcome = await commands.account(
      {
        type: 'StartSession',
        data: {
          accountId: account.id,
          sessionId,
          tokenHash: tokenHash(token),
          at: at.toISOString(),
          expiresAt: new Date(at.getTime() + ACCOUNT_SESSION_TTL_MS).toISOString(),
        },
      },
      `sign-in-${sessionId}`,
      actor,
    );
    if (!outcome.ok) {
      if (outcome.error.code === 'ACCOUNT_LOCKED') throw lockedError(account.lockedUntil!);
      if (outcome.error.code === 'ACCOUNT_ERASED') throw accountError('ACCOUNT_SIGN_IN_FAILED');
      throw accountCommandError(outcome.error);
    }
    return {
      token,
      account: readModel.account(account.id)!,
      session: readModel.account(account.id)!.sessions.get(sessionId)!,
    };
  }

  /** Checks a signed-in holder's current password (to change it). */
  async passwordIsRight(account: AccountRecord, password: string): Promise<boolean> {
    const { vault } = this.settings;
    await vault.load([account.id]);
    const stored = account.passwordHash ? vault.openOr(account.passwordHash, undefined) : undefined;
    const checking = this.hashing.run(() => this.verify(stored, password));
    if (!checking) throw accountError('ACCOUNT_SIGN_IN_RATE_LIMITED');
    return checking;
  }
}

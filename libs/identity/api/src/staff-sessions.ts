/**
 * Signing in and out, revoking sessions and ending those that ran out. A failed sign-in never
 * says whether the username or the password was wrong (an unknown username costs the same
 * argon2id verify). It is throttled per username and address and per address across usernames,
 * and password hashing takes its turn in a bounded queue: past it, a sign-in is refused rather than
 * queued without end. A known staff member's failures, and the lockout when one reaches a limit,
 * are recorded as events for the security log. With two-factor sign-in on, the right password
 * yields a short-lived challenge instead of a session (`SecondSignInStep` answers it).
 */
import { randomUUID } from 'node:crypto';
import { commandError } from '@deskstream/access';
import {
  DEFAULT_SESSION_TTL_MS,
  IDENTITY_ERRORS,
  MAX_PASSWORD_LENGTH,
  MAX_SIGN_IN_USERNAME_LENGTH,
  SIGN_IN_CHALLENGE_TTL_MS,
  normalizedUsername,
  type SignInStep,
  type StartSessionData,
} from '@deskstream/identity-domain';
import type { IdentityReadModel, StaffRecord } from '@deskstream/identity-read-models';
import { newSessionToken, passwordMatches, tokenHash } from './credentials';
import type { IdentityCommands } from './identity-commands';
import { PasswordHashingQueue } from './password-hashing';
import type { SignInThrottle } from './sign-in-throttle';
import { identityError, type Caller } from './staff-access';

export interface StaffSessionsOptions {
  commands: IdentityCommands;
  readModel: IdentityReadModel;
  throttle: SignInThrottle;
  now: () => Date;
  sessionTtlMs?: number;
  /** Where password checks wait their turn. Default: 2 at once, 16 waiting. */
  hashing?: PasswordHashingQueue;
  /** The password check; argon2id unless a test says otherwise. */
  verify?: typeof passwordMatches;
}

/** A sign-in's answer: a session, or the challenge the second step must answer with a code. */
export type SignInOutcome =
  | { token: string; staff: StaffRecord; secondStep: null }
  | { token: null; staff: null; secondStep: { challenge: string; expiresAt: string } };

/** The session's how and from where, besides its owner. */
export type SessionStart = Omit<StartSessionData, 'staffId' | 'sessionId' | 'tokenHash' | 'at' | 'expiresAt'>;

export class StaffSessions {
  private readonly ttlMs: number;
  private readonly hashing: PasswordHashingQueue;
  private readonly verify: typeof passwordMatches;

  constructor(private readonly options: StaffSessionsOptions) {
    this.ttlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.hashing = options.hashing ?? new PasswordHashingQueue();
    this.verify = options.verify ?? passwordMatches;
  }

  get throttle(): SignInThrottle {
    return this.options.throttle;
  }

  async signIn(rawUsername: string, password: string, address: string, userAgent?: string): Promise<SignInOutcome> {
    const { readModel, throttle } = this.options;
    const username = normalizedUsername(rawUsername);
    if (username.length > MAX_SIGN_IN_USERNAME_LENGTH || password.length > MAX_PASSWORD_LENGTH)
      throw identityError('IDENTITY_INPUT_TOO_LONG');
    const staff = readModel.staffByName(username);
    if (!this.allowsSignIn(username, staff, address)) throw identityError('IDENTITY_SIGN_IN_RATE_LIMITED');

    const verified = this.hashing.run(() => this.verify(staff?.passwordHash, password));
    if (!verified) throw identityError('IDENTITY_SIGN_IN_RATE_LIMITED');
    if (!(await verified) || !staff) {
      await this.recordFailure(username, staff, { address, userAgent, step: 'PASSWORD' });
      throw identityError('IDENTITY_SIGN_IN_FAILED');
    }
    throttle.recordSuccess(username, address);
    if (staff.twoFactor.secret !== null) return this.challenge(staff, address, userAgent);
    const from = { address, ...(userAgent === undefined ? {} : { userAgent }) };
    const token = await this.startSession(staff, { ...from, method: 'PASSWORD' }, `sign-in`);
    return { token, staff: readModel.staff.get(staff.id)!, secondStep: null };
  }

  /**
   * Whether this username may try from this address now: this process's throttle (per username
   * and address, and per address), and for a known staff member also the failures every api
   * process recorded in the store — behind a load balancer, failures on two replicas add up.
   */
  allowsSignIn(username: string, staff: StaffRecord | undefined, address: string): boolean {
    const { throttle, now } = this.options;
    const at = now().getTime();
    if (!throttle.allows(username, address, at)) return false;
    return !staff || this.storedFailures(staff, address, at).length < throttle.maxFailures;
  }

  private storedFailures(staff: StaffRecord, address: string, at: number): number[] {
    return this.options.readModel.signInFailuresSince(staff.id, address, at - this.options.throttle.windowMs);
  }

  /**
   * Counts a failure and, for a known staff member, records it (with the lockout if this one
   * reached a limit, counting the failures stored by every process). Recording is best effort:
   * the sign-in is refused either way.
   */
  async recordFailure(
    username: string,
    staff: StaffRecord | undefined,
    failure: { address: string; userAgent?: string; step: SignInStep; challengeId?: string },
  ): Promise<void> {
    const { commands, throttle, now } = this.options;
    const at = now();
    const locallyLockedUntil = throttle.recordFailure(username, failure.address, at.getTime());
    if (!staff) return;
    const stored = this.storedFailures(staff, failure.address, at.getTime());
    const lockedUntil =
      stored.length + 1 === throttle.maxFailures
        ? (stored[0] ?? at.getTime()) + throttle.windowMs
        : stored.length + 1 < throttle.maxFailures
          ? locallyLockedUntil
          : undefined;
    await commands
      .staff(
        {
          type: 'RecordSignInFailure',
          data: {
            staffId: staff.id,
            at: at.toISOString(),
            ...failure,
            ...(lockedUntil === undefined ? {} : { lockedUntil: new Date(lockedUntil).toISOString() }),
          },
        },
        `sign-in-failed-${randomUUID()}`,
        { kind: 'system', id: 'sign-in' },
      )
      .catch(() => undefined);
  }

  /** Starts a session for a staff member; returns its token, shown to the browser once. */
  async startSession(staff: StaffRecord, start: SessionStart, commandPrefix: string): Promise<string> {
    const token = newSessionToken();
    const sessionId = randomUUID();
    const at = this.options.now();
    const outcome = await this.options.commands.staff(
      {
        type: 'StartSession',
        data: {
          ...start,
          staffId: staff.id,
          sessionId,
          tokenHash: tokenHash(token),
          at: at.toISOString(),
          expiresAt: new Date(at.getTime() + this.ttlMs).toISOString(),
        },
      },
      `${commandPrefix}-${sessionId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
    return token;
  }

  private async challenge(staff: StaffRecord, address: string, userAgent: string | undefined): Promise<SignInOutcome> {
    const challenge = newSessionToken();
    const challengeId = randomUUID();
    const at = this.options.now();
    const expiresAt = new Date(at.getTime() + SIGN_IN_CHALLENGE_TTL_MS).toISOString();
    const outcome = await this.options.commands.staff(
      {
        type: 'IssueSignInChallenge',
        data: {
          staffId: staff.id,
          challengeId,
          challengeHash: tokenHash(challenge),
          at: at.toISOString(),
          expiresAt,
          address,
          ...(userAgent === undefined ? {} : { userAgent }),
        },
      },
      `sign-in-challenge-${challengeId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
    return { token: null, staff: null, secondStep: { challenge, expiresAt } };
  }

  async signOut(caller: Caller): Promise<void> {
    await this.endSession(caller.staff.id, caller.session.sessionId, 'SIGNED_OUT', caller.staff.id);
  }

  /** Ends a session at once; its live subscriptions end with it (they re-check their session). */
  async revoke(staffId: string, sessionId: string, by: string): Promise<void> {
    await this.endSession(staffId, sessionId, 'REVOKED', by);
  }

  private async endSession(staffId: string, sessionId: string, reason: 'SIGNED_OUT' | 'REVOKED', by: string) {
    const outcome = await this.options.commands.staff(
      {
        type: 'EndSession',
        data: {
          staffId,
          sessionId,
          at: this.options.now().toISOString(),
          reason,
          ...(reason === 'REVOKED' ? { revokedBy: by } : {}),
        },
      },
      reason === 'SIGNED_OUT' ? `sign-out-${sessionId}` : `revoke-${sessionId}`,
      { kind: 'staff', id: by },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
  }

  /**
   * Ends every session past its expiry, as of the moment it expired (so presence shows when the
   * agent really stopped). Command ids come from the session, so api processes doing this side
   * by side write each end once. Returns how many it ended.
   */
  async endExpiredSessions(): Promise<number> {
    const { commands, readModel, now } = this.options;
    let ended = 0;
    for (const session of readModel.expiredSessions(now())) {
      const outcome = await commands.staff(
        {
          type: 'EndSession',
          data: { staffId: session.staffId, sessionId: session.sessionId, at: session.expiresAt, reason: 'EXPIRED' },
        },
        `session-expired-${session.sessionId}`,
        { kind: 'system', id: 'session-expiry' },
      );
      if (outcome.ok) ended++;
    }
    return ended;
  }
}

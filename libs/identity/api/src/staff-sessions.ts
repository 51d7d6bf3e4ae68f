/**
 * Signing in and out, and ending sessions that ran out. A failed sign-in never says whether the
 * username or the password was wrong (an unknown username costs the same argon2id verify). It
 * is throttled per username and address and per address across usernames, and password hashing
 * takes its turn in a bounded queue: past it, a sign-in is refused rather than queued without end.
 */
import { randomUUID } from 'node:crypto';
import { commandError } from '@deskstream/access';
import {
  DEFAULT_SESSION_TTL_MS,
  IDENTITY_ERRORS,
  MAX_PASSWORD_LENGTH,
  MAX_SIGN_IN_USERNAME_LENGTH,
  normalizedUsername,
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

export class StaffSessions {
  private readonly ttlMs: number;
  private readonly hashing: PasswordHashingQueue;
  private readonly verify: typeof passwordMatches;

  constructor(private readonly options: StaffSessionsOptions) {
    this.ttlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.hashing = options.hashing ?? new PasswordHashingQueue();
    this.verify = options.verify ?? passwordMatches;
  }

  async signIn(rawUsername: string, password: string, address: string): Promise<{ token: string; staff: StaffRecord }> {
    const { commands, readModel, throttle, now } = this.options;
    const username = normalizedUsername(rawUsername);
    if (username.length > MAX_SIGN_IN_USERNAME_LENGTH || password.length > MAX_PASSWORD_LENGTH)
      throw identityError('IDENTITY_INPUT_TOO_LONG');
    if (!throttle.allows(username, address, now().getTime())) throw identityError('IDENTITY_SIGN_IN_RATE_LIMITED');

    const staff = readModel.staffByName(username);
    const verified = this.hashing.run(() => this.verify(staff?.passwordHash, password));
    if (!verified) throw identityError('IDENTITY_SIGN_IN_RATE_LIMITED');
    if (!(await verified) || !staff) {
      throttle.recordFailure(username, address, now().getTime());
      throw identityError('IDENTITY_SIGN_IN_FAILED');
    }
    throttle.recordSuccess(username, address);

    const token = newSessionToken();
    const sessionId = randomUUID();
    const at = now();
    const outcome = await commands.staff(
      {
        type: 'StartSession',
        data: {
          staffId: staff.id,
          sessionId,
          tokenHash: tokenHash(token),
          at: at.toISOString(),
          expiresAt: new Date(at.getTime() + this.ttlMs).toISOString(),
        },
      },
      `sign-in-${sessionId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
    return { token, staff: readModel.staff.get(staff.id)! };
  }

  async signOut(caller: Caller): Promise<void> {
    const { staff, session } = caller;
    const outcome = await this.options.commands.staff(
      {
        type: 'EndSession',
        data: {
          staffId: staff.id,
          sessionId: session.sessionId,
          at: this.options.now().toISOString(),
          reason: 'SIGNED_OUT',
        },
      },
      `sign-out-${session.sessionId}`,
      { kind: 'staff', id: staff.id },
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

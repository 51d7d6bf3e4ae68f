/**
 * Signing in and out, and ending sessions that ran out. A failed sign-in never says whether the
 * username or the password was wrong (an unknown username costs the same argon2id verify), and
 * is throttled per username and address.
 */
import { randomUUID } from 'node:crypto';
import { commandError, identityError, type Caller } from './access';
import type { IdentityCommands } from './commands';
import { MAX_PASSWORD_LENGTH, newSessionToken, passwordMatches, tokenHash } from './credentials';
import type { IdentityReadModel, StaffRecord } from './read-model';
import type { SignInThrottle } from './sign-in-throttle';

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60_000;

export interface StaffSessionsOptions {
  commands: IdentityCommands;
  readModel: IdentityReadModel;
  throttle: SignInThrottle;
  now: () => Date;
  sessionTtlMs?: number;
}

export class StaffSessions {
  private readonly ttlMs: number;

  constructor(private readonly options: StaffSessionsOptions) {
    this.ttlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  }

  async signIn(rawUsername: string, password: string, address: string): Promise<{ token: string; staff: StaffRecord }> {
    const { commands, readModel, throttle, now } = this.options;
    const username = rawUsername.trim().toLowerCase();
    if (username.length > 64 || password.length > MAX_PASSWORD_LENGTH) throw identityError('IDENTITY_INPUT_TOO_LONG');
    if (!throttle.allows(username, address, now().getTime())) throw identityError('IDENTITY_SIGN_IN_THROTTLED');

    const staff = readModel.staffByName(username);
    if (!(await passwordMatches(staff?.passwordHash, password)) || !staff) {
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
        data: { staffId: staff.id, sessionId, tokenHash: tokenHash(token), at: at.toISOString(), expiresAt: new Date(at.getTime() + this.ttlMs).toISOString() },
      },
      `sign-in-${sessionId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(outcome.error);
    return { token, staff: readModel.staff.get(staff.id)! };
  }

  async signOut(caller: Caller): Promise<void> {
    const { staff, session } = caller;
    const outcome = await this.options.commands.staff(
      { type: 'EndSession', data: { staffId: staff.id, sessionId: session.sessionId, at: this.options.now().toISOString(), reason: 'SIGNED_OUT' } },
      `sign-out-${session.sessionId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(outcome.error);
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
        { type: 'EndSession', data: { staffId: session.staffId, sessionId: session.sessionId, at: session.expiresAt, reason: 'EXPIRED' } },
        `session-expired-${session.sessionId}`,
        { kind: 'system', id: 'session-expiry' },
      );
      if (outcome.ok) ended++;
    }
    return ended;
  }
}

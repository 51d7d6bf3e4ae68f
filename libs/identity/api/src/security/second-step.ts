/**
 * The second step of a staff sign-in: the challenge from the first step and a code from the
 * authenticator app (or one of the recovery codes). A wrong code counts against the challenge
 * (five and it ends) and against the sign-in throttle like a wrong password; a code's time step
 * is accepted once, so a code seen over someone's shoulder cannot be used again.
 */
import { isRecoveryCode, isTotpCode } from '@deskstream/identity-domain';
import type { IdentityReadModel, StaffRecord } from '@deskstream/identity-read-models';
import { tokenHash } from '../credentials';
import { identityError } from '../staff-access';
import type { SignInOutcome, StaffSessions } from '../staff-sessions';
import { matchingStep, recoveryCodeHash } from './totp';

const MAX_CHALLENGE_LENGTH = 128;
const MAX_CODE_LENGTH = 32;

export class SecondSignInStep {
  constructor(
    private readonly readModel: IdentityReadModel,
    private readonly sessions: StaffSessions,
    private readonly now: () => Date,
  ) {}

  async complete(challenge: string, code: string, address: string, userAgent?: string): Promise<SignInOutcome> {
    if (challenge.length > MAX_CHALLENGE_LENGTH || code.length > MAX_CODE_LENGTH)
      throw identityError('IDENTITY_INPUT_TOO_LONG');
    const pending = this.readModel.challenges.byTokenHash(tokenHash(challenge));
    const staff = pending && this.readModel.staff.get(pending.staffId);
    if (!pending || !staff || Date.parse(pending.expiresAt) <= this.now().getTime() || staff.twoFactor.secret === null)
      throw identityError('IDENTITY_SIGN_IN_CHALLENGE_ENDED');
    if (!this.sessions.allowsSignIn(staff.username, staff, address))
      throw identityError('IDENTITY_SIGN_IN_RATE_LIMITED');

    const fail = async (reason: 'IDENTITY_TWO_FACTOR_CODE_INVALID' | 'IDENTITY_TWO_FACTOR_CODE_USED') => {
      await this.sessions.recordFailure(staff.username, staff, {
        address,
        userAgent,
        step: 'TWO_FACTOR',
        challengeId: pending.challengeId,
      });
      return identityError(reason);
    };
    const start = this.startWith(staff, pending.challengeId, code, address, userAgent);
    if (!start) throw await fail('IDENTITY_TWO_FACTOR_CODE_INVALID');
    try {
      const token = await this.sessions.startSession(staff, start, 'sign-in-second-step');
      this.sessions.throttle.recordSuccess(staff.username, address);
      return { token, staff: this.readModel.staff.get(staff.id)!, secondStep: null };
    } catch (error) {
      const reason = (error as { extensions?: { reason?: string } }).extensions?.reason;
      if (reason === 'IDENTITY_TWO_FACTOR_CODE_USED' || reason === 'IDENTITY_TWO_FACTOR_CODE_INVALID')
        throw await fail(reason);
      throw error;
    }
  }

  /** How the session starts with this code, or undefined when the code is wrong. */
  private startWith(staff: StaffRecord, challengeId: string, code: string, address: string, userAgent?: string) {
    const from = { address, ...(userAgent === undefined ? {} : { userAgent }), challengeId };
    if (isTotpCode(code)) {
      const step = matchingStep(staff.twoFactor.secret!, code, this.now());
      return step === null ? undefined : { ...from, method: 'TWO_FACTOR' as const, twoFactorStep: step };
    }
    if (isRecoveryCode(code)) {
      const index = (staff.twoFactor.recoveryCodeHashes ?? []).indexOf(recoveryCodeHash(code));
      return index < 0 ? undefined : { ...from, method: 'RECOVERY_CODE' as const, recoveryCodeIndex: index };
    }
    return undefined;
  }
}

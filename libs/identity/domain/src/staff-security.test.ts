import { describe, expect, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { StaffCommand, StartSessionData } from './commands';
import type { Role, StaffEvent } from './identity-events';
import { isRecoveryCode, isTotpCode } from './limits';
import { staffDecider } from './staff-decider';

const given = deciderSpec(staffDecider);

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T08:01:00.000Z';
const T2 = '2025-03-01T08:02:00.000Z';
const LATE = '2025-03-01T08:10:00.000Z';
const EXPIRY = '2025-03-01T20:00:00.000Z';

const created: StaffEvent = {
  type: 'StaffAccountCreated',
  data: { staffId: 's1', username: 'sara', displayName: 'Sara', roles: ['AGENT'], passwordHash: 'h', createdAt: T0 },
};
const enrolling: StaffEvent = { type: 'TwoFactorEnrolmentStarted', data: { staffId: 's1', secret: 'ABC', at: T0 } };
const enabled: StaffEvent = {
  type: 'TwoFactorEnabled',
  data: { staffId: 's1', at: T0, step: 100, recoveryCodeHashes: ['r0', 'r1'] },
};
const challenge = (challengeId = 'c1', expiresAt = '2025-03-01T08:05:00.000Z'): StaffEvent => ({
  type: 'SignInChallengeIssued',
  data: { staffId: 's1', challengeId, challengeHash: `hash-${challengeId}`, at: T0, expiresAt, address: '10.0.0.1' },
});
const wrongCode = (challengeId = 'c1'): StaffEvent => ({
  type: 'StaffSignInFailed',
  data: { staffId: 's1', at: T1, address: '10.0.0.1', step: 'TWO_FACTOR', challengeId },
});
const start = (extra: Partial<StartSessionData> = {}): StaffCommand => ({
  type: 'StartSession',
  data: { staffId: 's1', sessionId: 'x', tokenHash: 'tx', at: T1, expiresAt: EXPIRY, ...extra },
});
const started = (extra: Record<string, unknown> = {}): StaffEvent =>
  ({
    type: 'SessionStarted',
    data: { staffId: 's1', sessionId: 'x', tokenHash: 'tx', startedAt: T1, expiresAt: EXPIRY, ...extra },
  }) as StaffEvent;

describe('two-factor enrolment', () => {
  it('offers a secret, then turns on once a first code confirms it', () => {
    given([created])
      .when({ type: 'StartTwoFactorEnrolment', data: { staffId: 's1', secret: 'ABC', at: T0 } })
      .then([enrolling]);
    given([created])
      .when({ type: 'ConfirmTwoFactor', data: { staffId: 's1', at: T0, step: 100, recoveryCodeHashes: ['r0', 'r1'] } })
      .then('IDENTITY_TWO_FACTOR_NOT_STARTED');
    given([created, enrolling])
      .when({ type: 'ConfirmTwoFactor', data: { staffId: 's1', at: T0, step: 100, recoveryCodeHashes: ['r0', 'r1'] } })
      .then([enabled]);
    given([created, enrolling, enabled])
      .when({ type: 'StartTwoFactorEnrolment', data: { staffId: 's1', secret: 'DEF', at: T0 } })
      .then('IDENTITY_TWO_FACTOR_ALREADY_ON');
  });

  it('turns off with a fresh code or by an admin, and not when it is off', () => {
    const disable = (step?: number): StaffCommand => ({
      type: 'DisableTwoFactor',
      data: { staffId: 's1', at: T1, by: 's1', reason: 'BY_SELF', step },
    });
    given([created, enrolling, enabled]).when(disable(100)).then('IDENTITY_TWO_FACTOR_CODE_USED');
    given([created, enrolling, enabled])
      .when(disable(101))
      .then([{ type: 'TwoFactorDisabled', data: { staffId: 's1', at: T1, by: 's1', reason: 'BY_SELF', step: 101 } }]);
    given([created]).when(disable()).then('IDENTITY_TWO_FACTOR_NOT_ON');
  });
});

describe('signing in with two-factor on', () => {
  const on = [created, enrolling, enabled];

  it('refuses a password-only session once two-factor is on', () => {
    given([created]).when(start()).then([started()]);
    given(on).when(start()).then('IDENTITY_TWO_FACTOR_REQUIRED');
  });

  it('starts a session for a live challenge and a code of a later step, never the same step twice', () => {
    const twoFactor = { method: 'TWO_FACTOR' as const, challengeId: 'c1', twoFactorStep: 101 };
    given([...on, challenge()])
      .when(start(twoFactor))
      .then([started(twoFactor)]);
    given([...on, challenge()])
      .when(start({ ...twoFactor, twoFactorStep: 100 }))
      .then('IDENTITY_TWO_FACTOR_CODE_USED');
    given([...on, challenge(), started(twoFactor), challenge('c2')])
      .when(start({ ...twoFactor, sessionId: 'y', challengeId: 'c2' }))
      .then('IDENTITY_TWO_FACTOR_CODE_USED');
  });

  it('ends a challenge once answered, after it expires, or after too many wrong codes', () => {
    const twoFactor = { method: 'TWO_FACTOR' as const, challengeId: 'c1', twoFactorStep: 101 };
    given([...on, challenge(), started(twoFactor)])
      .when(start({ ...twoFactor, sessionId: 'y', twoFactorStep: 102 }))
      .then('IDENTITY_SIGN_IN_CHALLENGE_ENDED');
    given([...on, challenge()])
      .when(start({ ...twoFactor, at: LATE }))
      .then('IDENTITY_SIGN_IN_CHALLENGE_ENDED');
    const fiveWrong = Array.from({ length: 5 }, () => wrongCode());
    given([...on, challenge(), ...fiveWrong])
      .when(start(twoFactor))
      .then('IDENTITY_SIGN_IN_CHALLENGE_ENDED');
    given([...on, challenge(), ...fiveWrong.slice(1)])
      .when(start(twoFactor))
      .then([started(twoFactor)]);
  });

  it('takes each recovery code once', () => {
    const recovery = { method: 'RECOVERY_CODE' as const, challengeId: 'c1', recoveryCodeIndex: 1 };
    given([...on, challenge()])
      .when(start(recovery))
      .then([started(recovery)]);
    given([...on, challenge(), started(recovery), challenge('c2')])
      .when(start({ ...recovery, sessionId: 'y', challengeId: 'c2', at: T2 }))
      .then('IDENTITY_TWO_FACTOR_CODE_INVALID');
  });

  it('records a failure and, past the limit, a lockout', () => {
    given([created])
      .when({
        type: 'RecordSignInFailure',
        data: { staffId: 's1', at: T1, address: '10.0.0.1', step: 'PASSWORD', lockedUntil: LATE },
      })
      .then([
        { type: 'StaffSignInFailed', data: { staffId: 's1', at: T1, address: '10.0.0.1', step: 'PASSWORD' } },
        { type: 'StaffSignInLockedOut', data: { staffId: 's1', at: T1, address: '10.0.0.1', until: LATE } },
      ]);
  });
});

describe('password and role changes', () => {
  it('records a new password hash, and a change of roles only when they differ', () => {
    given([created])
      .when({ type: 'ChangePassword', data: { staffId: 's1', passwordHash: 'h2', at: T1, by: 's1' } })
      .then([{ type: 'StaffPasswordChanged', data: { staffId: 's1', passwordHash: 'h2', at: T1, by: 's1' } }]);
    const changeRoles = (roles: Role[]): StaffCommand => ({
      type: 'ChangeRoles',
      data: { staffId: 's1', roles, at: T1, by: 'a1' },
    });
    given([created])
      .when(changeRoles(['AGENT']))
      .then([]);
    given([created]).when(changeRoles([])).then('IDENTITY_ROLES_INVALID');
    given([created])
      .when(changeRoles(['SUPERVISOR', 'AGENT']))
      .then([
        {
          type: 'StaffRolesChanged',
          data: { staffId: 's1', roles: ['AGENT', 'SUPERVISOR'], previousRoles: ['AGENT'], at: T1, by: 'a1' },
        },
      ]);
  });
});

describe('code formats', () => {
  it('knows a six-digit code and a recovery code when it sees one', () => {
    expect(isTotpCode(' 123 456 ')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isRecoveryCode('ab3de-9kq2x')).toBe(true);
    expect(isRecoveryCode('ab3de9kq2x')).toBe(false);
  });
});

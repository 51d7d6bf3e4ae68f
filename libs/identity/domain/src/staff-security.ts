/**
 * The security half of a staff member's decider: two-factor enrolment, the second step of a
 * sign-in (a challenge, then a code whose time step was never used before, or an unused recovery
 * code), sign-in failures and lockouts, and password changes. Pure: codes are checked against the
 * secret by the api, which hands the decider the time step the code matched; here it is only
 * decided whether that step (or recovery code) may still be used.
 */
import type { StartSessionData, StaffCommand } from './commands';
import { IDENTITY_ERRORS, type IdentityRejection } from './errors';
import type { StaffEvent } from './identity-events';
import { MAX_CHALLENGE_CODE_FAILURES } from './limits';

export interface TwoFactorState {
  /** The confirmed secret (base32), or null while two-factor sign-in is off. */
  secret: string | null;
  /** A secret offered for enrolment and not yet confirmed. */
  pendingSecret: string | null;
  /** The latest time step a code was accepted for: earlier and equal steps are refused. */
  lastStep: number;
  /** SHA-256 of each recovery code; null once used. */
  recoveryCodeHashes: readonly (string | null)[];
}

export interface StaffSecurityState {
  twoFactor: TwoFactorState;
  /** Second-step challenges not yet answered: when each expires and how many wrong codes it took. */
  challenges: Readonly<Record<string, { expiresAt: string; failures: number }>>;
}

export const initialTwoFactor = (): TwoFactorState => ({
  secret: null,
  pendingSecret: null,
  lastStep: -1,
  recoveryCodeHashes: [],
});

type SecurityEvent = Extract<
  StaffEvent,
  {
    type:
      | 'SessionStarted'
      | 'StaffSignInFailed'
      | 'StaffSignInLockedOut'
      | 'SignInChallengeIssued'
      | 'TwoFactorEnrolmentStarted'
      | 'TwoFactorEnabled'
      | 'TwoFactorDisabled'
      | 'StaffPasswordChanged';
  }
>;

type SecurityCommand = Extract<
  StaffCommand,
  {
    type:
      | 'StartSession'
      | 'RecordSignInFailure'
      | 'IssueSignInChallenge'
      | 'StartTwoFactorEnrolment'
      | 'ConfirmTwoFactor'
      | 'DisableTwoFactor'
      | 'ChangePassword';
  }
>;

const withoutChallenge = (challenges: StaffSecurityState['challenges'], id: string | undefined) => {
  if (id === undefined || !(id in challenges)) return challenges;
  const { [id]: _answered, ...rest } = challenges;
  return rest;
};

export function evolveSecurity<S extends StaffSecurityState>(state: S, event: SecurityEvent): S {
  const { twoFactor } = state;
  switch (event.type) {
    case 'SessionStarted': {
      const { challengeId, twoFactorStep, recoveryCodeIndex } = event.data;
      const recoveryCodeHashes =
        recoveryCodeIndex === undefined
          ? twoFactor.recoveryCodeHashes
          : twoFactor.recoveryCodeHashes.map((hash, index) => (index === recoveryCodeIndex ? null : hash));
      const lastStep = twoFactorStep === undefined ? twoFactor.lastStep : Math.max(twoFactor.lastStep, twoFactorStep);
      return {
        ...state,
        twoFactor: { ...twoFactor, lastStep, recoveryCodeHashes },
        challenges: withoutChallenge(state.challenges, challengeId),
      };
    }
    case 'StaffSignInFailed': {
      const challenge = event.data.challengeId === undefined ? undefined : state.challenges[event.data.challengeId];
      if (!challenge || event.data.challengeId === undefined) return state;
      return {
        ...state,
        challenges: {
          ...state.challenges,
          [event.data.challengeId]: { ...challenge, failures: challenge.failures + 1 },
        },
      };
    }
    case 'SignInChallengeIssued': {
      // Challenges past their expiry are dropped as new ones come, so the state stays small.
      const at = Date.parse(event.data.at);
      const live = Object.entries(state.challenges).filter(([, { expiresAt }]) => Date.parse(expiresAt) > at);
      return {
        ...state,
        challenges: {
          ...Object.fromEntries(live),
          [event.data.challengeId]: { expiresAt: event.data.expiresAt, failures: 0 },
        },
      };
    }
    case 'TwoFactorEnrolmentStarted':
      return { ...state, twoFactor: { ...twoFactor, pendingSecret: event.data.secret } };
    case 'TwoFactorEnabled':
      return {
        ...state,
        twoFactor: {
          secret: twoFactor.pendingSecret,
          pendingSecret: null,
          lastStep: Math.max(twoFactor.lastStep, event.data.step),
          recoveryCodeHashes: event.data.recoveryCodeHashes,
        },
      };
    case 'TwoFactorDisabled':
      return {
        ...state,
        twoFactor: { ...initialTwoFactor(), lastStep: Math.max(twoFactor.lastStep, event.data.step ?? -1) },
        challenges: {},
      };
    case 'StaffSignInLockedOut':
    case 'StaffPasswordChanged':
      return state;
  }
}

export function decideSecurity(command: SecurityCommand, state: StaffSecurityState): StaffEvent[] | IdentityRejection {
  switch (command.type) {
    case 'StartSession':
      return decideStartSession(command.data, state);
    case 'RecordSignInFailure': {
      const { lockedUntil, ...failure } = command.data;
      const events: StaffEvent[] = [{ type: 'StaffSignInFailed', data: failure }];
      if (lockedUntil !== undefined)
        events.push({
          type: 'StaffSignInLockedOut',
          data: { staffId: failure.staffId, at: failure.at, address: failure.address, until: lockedUntil },
        });
      return events;
    }
    case 'IssueSignInChallenge':
      if (state.twoFactor.secret === null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_NOT_ON');
      if (command.data.challengeId in state.challenges) return [];
      return [{ type: 'SignInChallengeIssued', data: command.data }];
    case 'StartTwoFactorEnrolment':
      if (state.twoFactor.secret !== null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_ALREADY_ON');
      if (state.twoFactor.pendingSecret === command.data.secret) return [];
      return [{ type: 'TwoFactorEnrolmentStarted', data: command.data }];
    case 'ConfirmTwoFactor':
      if (state.twoFactor.secret !== null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_ALREADY_ON');
      if (state.twoFactor.pendingSecret === null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_NOT_STARTED');
      if (command.data.step <= state.twoFactor.lastStep) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_CODE_USED');
      return [{ type: 'TwoFactorEnabled', data: command.data }];
    case 'DisableTwoFactor': {
      if (state.twoFactor.secret === null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_NOT_ON');
      const { step } = command.data;
      if (step !== undefined && step <= state.twoFactor.lastStep)
        return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_CODE_USED');
      return [{ type: 'TwoFactorDisabled', data: command.data }];
    }
    case 'ChangePassword':
      return [{ type: 'StaffPasswordChanged', data: command.data }];
  }
}

function decideStartSession(data: StartSessionData, state: StaffSecurityState): StaffEvent[] | IdentityRejection {
  const { staffId, sessionId, tokenHash, at, expiresAt, ...rest } = data;
  const method = data.method ?? 'PASSWORD';
  const started: StaffEvent = {
    type: 'SessionStarted',
    data: { staffId, sessionId, tokenHash, startedAt: at, expiresAt, ...rest },
  };
  if (method === 'OIDC') return [started];
  if (method === 'PASSWORD')
    return state.twoFactor.secret === null ? [started] : IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_REQUIRED');

  if (state.twoFactor.secret === null) return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_NOT_ON');
  const challenge = data.challengeId === undefined ? undefined : state.challenges[data.challengeId];
  if (
    !challenge ||
    Date.parse(challenge.expiresAt) <= Date.parse(at) ||
    challenge.failures >= MAX_CHALLENGE_CODE_FAILURES
  )
    return IDENTITY_ERRORS.reject('IDENTITY_SIGN_IN_CHALLENGE_ENDED');
  if (method === 'TWO_FACTOR') {
    if (data.twoFactorStep === undefined || data.twoFactorStep <= state.twoFactor.lastStep)
      return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_CODE_USED');
    return [started];
  }
  const index = data.recoveryCodeIndex;
  if (index === undefined || !state.twoFactor.recoveryCodeHashes[index])
    return IDENTITY_ERRORS.reject('IDENTITY_TWO_FACTOR_CODE_INVALID');
  return [started];
}

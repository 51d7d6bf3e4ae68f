import { describe, expect, it } from 'vitest';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { useSessionStore } from './session-store';

const challenged = () => ({
  data: { signIn: { token: null, staff: null, secondStep: { challenge: 'ch-1', expiresAt: '2026-12-07T10:05:00Z' } } },
});

describe('signing in with two-factor sign-in on', () => {
  it('asks for a code after the password, then signs in with the right one', async () => {
    const { fake, pinia, persistence } = createConsoleHarness({
      SignIn: challenged,
      CompleteSignIn: ({ challenge, code }) =>
        challenge === 'ch-1' && code === '123456'
          ? { data: { completeSignIn: { token: 'tok-2', staff: staffMember() } } }
          : { errors: [{ message: 'no', code: 'UNAUTHENTICATED', reason: 'IDENTITY_TWO_FACTOR_CODE_INVALID' }] },
    });
    const session = useSessionStore(pinia);
    expect(await session.signIn('sara', 'right')).toBe(false);
    expect(session.secondStep).toEqual({ challenge: 'ch-1', expiresAt: '2026-12-07T10:05:00Z' });
    expect(session.signInFailure).toBeNull();
    expect(session.isSignedIn).toBe(false);

    expect(await session.completeSignIn(' 000000 ')).toBe(false);
    expect(session.signInFailure).toBe('CODE_REJECTED');
    expect(fake.calls.at(-1)).toEqual({ name: 'CompleteSignIn', variables: { challenge: 'ch-1', code: '000000' } });

    expect(await session.completeSignIn('123456')).toBe(true);
    expect(session.isSignedIn).toBe(true);
    expect(persistence.load()).toBe('tok-2');
    session.forget();
    expect(session.secondStep).toBeNull();
  });

  it('tells a used code and an ended sign-in apart, and goes back to the password when it ended', async () => {
    let reason = 'IDENTITY_TWO_FACTOR_CODE_USED';
    const { pinia } = createConsoleHarness({
      SignIn: challenged,
      CompleteSignIn: () => ({ errors: [{ message: 'no', code: 'UNAUTHENTICATED', reason }] }),
    });
    const session = useSessionStore(pinia);
    await session.signIn('sara', 'right');
    await session.completeSignIn('123456');
    expect(session.signInFailure).toBe('CODE_USED');
    expect(session.secondStep).not.toBeNull();
    reason = 'IDENTITY_SIGN_IN_CHALLENGE_ENDED';
    await session.completeSignIn('123456');
    expect(session.signInFailure).toBe('SECOND_STEP_ENDED');
    expect(session.secondStep).toBeNull();
  });

  it('can go back to username and password', async () => {
    const { pinia } = createConsoleHarness({ SignIn: challenged });
    const session = useSessionStore(pinia);
    await session.signIn('sara', 'right');
    session.cancelSecondStep();
    expect(session.secondStep).toBeNull();
  });
});

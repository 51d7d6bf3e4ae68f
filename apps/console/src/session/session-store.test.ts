import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { useSessionStore } from './session-store';

describe('useSessionStore', () => {
  it('signs in, keeps the token and re-authenticates the live socket', async () => {
    const sara = staffMember();
    const { fake, persistence, pinia } = createConsoleHarness({
      SignIn: ({ username, password }) =>
        username === 'sara' && password === 'right'
          ? { data: { signIn: { token: 'tok-1', staff: sara } } }
          : { errors: [{ message: 'no', code: 'UNAUTHENTICATED' }] },
    });
    const session = useSessionStore(pinia);

    expect(await session.signIn('  sara ', 'right')).toBe(true);
    expect(fake.calls[0]).toEqual({ name: 'SignIn', variables: { username: 'sara', password: 'right' } });
    expect(session.isSignedIn).toBe(true);
    expect(session.staff?.displayName).toBe('Sara Ahmadi');
    expect(persistence.load()).toBe('tok-1');
    expect(fake.restarts).toBe(1);
  });

  it('reports every rejected sign-in the same way, whatever the api says was wrong', async () => {
    const codes = ['UNAUTHENTICATED', 'VALIDATION_ERROR', 'NOT_FOUND', 'FORBIDDEN'];
    for (const code of codes) {
      const { pinia } = createConsoleHarness({ SignIn: () => ({ errors: [{ message: `says ${code}`, code }] }) });
      const session = useSessionStore(pinia);
      expect(await session.signIn('sara', 'wrong')).toBe(false);
      expect(session.signInFailure).toBe('REJECTED');
      expect(session.isSignedIn).toBe(false);
    }
  });

  it('tells an unreachable server apart from rejected credentials', async () => {
    const { pinia } = createConsoleHarness({ SignIn: () => ({ networkError: true }) });
    const session = useSessionStore(pinia);
    await session.signIn('sara', 'right');
    expect(session.signInFailure).toBe('NETWORK_ERROR');
  });

  it('restores a saved session with `me`, and forgets a token the api no longer knows', async () => {
    const kept = createConsoleHarness({ Me: () => ({ data: { me: staffMember() } }) }, { token: 'saved' });
    const session = useSessionStore(kept.pinia);
    await session.ready();
    expect(session.isSignedIn).toBe(true);

    const ended = createConsoleHarness(
      { Me: () => ({ errors: [{ message: 'ended', code: 'UNAUTHENTICATED' }] }) },
      { token: 'old' },
    );
    const endedSession = useSessionStore(ended.pinia);
    await endedSession.ready();
    expect(endedSession.isSignedIn).toBe(false);
    expect(endedSession.token).toBeNull();
    expect(ended.persistence.load()).toBeNull();
  });

  it('keeps a saved token when the server cannot be reached at start', async () => {
    const { pinia, persistence } = createConsoleHarness({ Me: () => ({ networkError: true }) }, { token: 'saved' });
    const session = useSessionStore(pinia);
    await session.ready();
    expect(session.isSignedIn).toBe(false);
    expect(persistence.load()).toBe('saved');
  });

  it('never lets a slow sign-in answer land after sign-out', async () => {
    const answer = deferred<FakeAnswer>();
    const { pinia, persistence } = createConsoleHarness({ SignIn: () => answer.promise });
    const session = useSessionStore(pinia);
    const signingIn = session.signIn('sara', 'right');
    expect(session.signingIn).toBe(true);
    session.forget();
    answer.resolve({ data: { signIn: { token: 'late', staff: staffMember() } } });
    expect(await signingIn).toBe(false);
    expect(session.isSignedIn).toBe(false);
    expect(persistence.load()).toBeNull();
  });

  it('signs out on the api and here, even when the api cannot be reached', async () => {
    const { pinia, fake, persistence } = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      SignOut: () => ({ networkError: true }),
    });
    const session = useSessionStore(pinia);
    await session.signIn('sara', 'right');
    await session.signOut();
    expect(fake.calls.map((call) => call.name)).toEqual(['SignIn', 'SignOut']);
    expect(session.isSignedIn).toBe(false);
    expect(persistence.load()).toBeNull();
    expect(fake.restarts).toBe(2);
  });
});

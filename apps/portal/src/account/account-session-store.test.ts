import { beforeEach, describe, expect, it } from 'vitest';
import { createPortalHarness } from '../testing/portal-harness';
import { ACCOUNT_SESSION_KEY, useAccountSessionStore } from './account-session-store';
import { CARD, PATRON, TOKEN, rememberSession, signedInPatron } from './testing/account-fixtures';

beforeEach(() => localStorage.clear());

const session = (answers: Parameters<typeof createPortalHarness>[0]) => {
  const harness = createPortalHarness({ ...signedInPatron, ...answers });
  return { ...harness, store: useAccountSessionStore(harness.pinia) };
};

describe('useAccountSessionStore: a patron’s session in the portal', () => {
  it('signs in with the card number and keeps the token for the next visit', async () => {
    const { store, fake } = session({
      SignInAccount: () => ({
        data: { signInAccount: { token: TOKEN, expiresAt: '2026-12-07T20:00:00Z', account: PATRON } },
      }),
    });
    expect(await store.signIn(CARD, 'kamo1234')).toBe(true);
    expect(fake.calls.find((call) => call.name === 'SignInAccount')!.variables).toEqual({
      login: CARD,
      password: 'kamo1234',
    });
    expect(store.isSignedIn).toBe(true);
    expect(localStorage.getItem(ACCOUNT_SESSION_KEY)).toBe(TOKEN);
    expect(fake.restarts).toBe(1);
  });

  it('says the account is locked and until when, from the api’s retryAt', async () => {
    const { store } = session({
      SignInAccount: () => ({
        errors: [
          {
            message: 'locked',
            code: 'FORBIDDEN',
            reason: 'ACCOUNT_LOCKED',
            extensions: { retryAt: '2026-12-07T10:30:00.000Z' },
          },
        ],
      }),
    });
    expect(await store.signIn(CARD, 'wrong1')).toBe(false);
    expect(store.refusal).toEqual({ kind: 'LOCKED', retryAt: '2026-12-07T10:30:00.000Z' });
    expect(store.isSignedIn).toBe(false);
    expect(localStorage.getItem(ACCOUNT_SESSION_KEY)).toBeNull();
  });

  it('answers a wrong password and an unknown card alike, and tells a flood of attempts apart', async () => {
    let answer: 'wrong' | 'flood' = 'wrong';
    const { store } = session({
      SignInAccount: () =>
        answer === 'wrong'
          ? { errors: [{ message: 'no', code: 'UNAUTHENTICATED', reason: 'ACCOUNT_SIGN_IN_FAILED' }] }
          : { errors: [{ message: 'slow down', code: 'RATE_LIMITED', reason: 'ACCOUNT_SIGN_IN_RATE_LIMITED' }] },
    });
    await store.signIn(CARD, 'wrong1');
    expect(store.refusal).toEqual({ kind: 'REFUSED' });
    answer = 'flood';
    await store.signIn('09999999', 'wrong1');
    expect(store.refusal).toEqual({ kind: 'RATE_LIMITED' });
  });

  it('restores a saved session with myAccount, and forgets one the api no longer knows', async () => {
    rememberSession();
    const known = session({});
    await known.store.ready();
    expect(known.store.account).toEqual(PATRON);

    const forgotten = session({ AccountMe: () => ({ data: { myAccount: null } }) });
    await forgotten.store.ready();
    expect(forgotten.store.isSignedIn).toBe(false);
    expect(localStorage.getItem(ACCOUNT_SESSION_KEY)).toBeNull();
  });

  it('keeps a saved session when the api cannot be reached', async () => {
    rememberSession();
    const { store } = session({ AccountMe: () => ({ networkError: true }) });
    await store.ready();
    expect(store.token).toBe(TOKEN);
  });

  it('signs out on the api and here, and says so; an ended session says that instead', async () => {
    rememberSession();
    const { store, fake } = session({ SignOutAccount: () => ({ data: { signOutAccount: true } }) });
    await store.ready();
    await store.signOut();
    expect(fake.calls.map((call) => call.name)).toContain('SignOutAccount');
    expect(store.token).toBeNull();
    expect(store.ended).toBe('signed-out');

    rememberSession();
    const again = session({});
    await again.store.ready();
    again.store.sessionEnded();
    expect(again.store.ended).toBe('session-ended');
    expect(localStorage.getItem(ACCOUNT_SESSION_KEY)).toBeNull();
  });
});

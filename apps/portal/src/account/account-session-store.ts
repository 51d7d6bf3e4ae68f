import {
  createLatestRequest,
  createSessionPersistence,
  errorCodeOf,
  errorReasonOf,
  outcomeOf,
  useGraphqlConnection,
  type SessionPersistence,
} from '@deskstream/ui';
import type { CombinedError } from '@urql/core';
import { defineStore } from 'pinia';
import { computed, inject, ref, shallowRef, type InjectionKey } from 'vue';
import {
  AccountMeQuery,
  SignInAccountMutation,
  SignOutAccountMutation,
  type SignedInAccount,
} from './account-operations';

/** Where the portal keeps a patron's or customer's session token (never the staff console's). */
export const ACCOUNT_SESSION_KEY = 'deskstream.account-session';

/** Where the token is kept, if the app provides it (main.ts and tests do); localStorage otherwise. */
export const accountSessionPersistenceKey: InjectionKey<SessionPersistence> = Symbol('deskstream.portal.account');

/** The portal's account session, made once per page: main.ts reads its token for every request. */
export function createAccountSessionPersistence(storage?: Parameters<typeof createSessionPersistence>[0]) {
  return createSessionPersistence(storage, ACCOUNT_SESSION_KEY);
}

/**
 * Why a sign-in failed, as the reader is told: the credentials were not taken (one message, never
 * whether the card or address exists), the account is locked until a time, too many attempts from
 * this connection, or the api could not be reached.
 */
export type SignInRefusal =
  | { kind: 'REFUSED' }
  | { kind: 'LOCKED'; retryAt: string | null }
  | { kind: 'RATE_LIMITED' }
  | { kind: 'NETWORK_ERROR' | 'UNKNOWN' };

/** The signed-in patron or customer and their session token. */
export const useAccountSessionStore = defineStore('account-session', () => {
  const connection = useGraphqlConnection();
  const persistence = inject(accountSessionPersistenceKey, null) ?? createAccountSessionPersistence();
  const requests = createLatestRequest();

  const token = ref<string | null>(persistence.load());
  const account = shallowRef<SignedInAccount | null>(null);
  const signingIn = ref(false);
  const refusal = ref<SignInRefusal | null>(null);
  /** Why the reader is on the sign-in page again: they signed out, or the api ended the session. */
  const ended = ref<'signed-out' | 'session-ended' | null>(null);
  const isSignedIn = computed(() => token.value !== null && account.value !== null);

  let restoring: Promise<void> | null = null;

  /** Resolves once a saved session has been checked with the api (once per page load). */
  function ready(): Promise<void> {
    restoring ??= restore();
    return restoring;
  }

  async function restore(): Promise<void> {
    if (!token.value) return;
    const ticket = requests.begin();
    const outcome = await outcomeOf(
      connection.client.query(AccountMeQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok && outcome.data.myAccount) account.value = outcome.data.myAccount;
    else if (outcome.ok || outcome.code === 'UNAUTHENTICATED') forget();
    // An api that cannot be reached keeps the token: the next visit tries again.
  }

  /** Signs in with a card number or an email address (`login`, as the api takes it) and a password. */
  async function signIn(login: string, password: string): Promise<boolean> {
    const ticket = requests.begin();
    signingIn.value = true;
    refusal.value = null;
    ended.value = null;
    let answer;
    try {
      answer = await connection.client.mutation(SignInAccountMutation, { login, password }).toPromise();
    } catch {
      answer = null;
    }
    if (!requests.isLatest(ticket)) return false;
    signingIn.value = false;
    if (!answer || answer.error || !answer.data) {
      refusal.value = answer?.error ? refusalOf(answer.error) : { kind: answer ? 'UNKNOWN' : 'NETWORK_ERROR' };
      return false;
    }
    const session = answer.data.signInAccount;
    token.value = session.token;
    account.value = session.account;
    persistence.save(session.token);
    restoring = Promise.resolve();
    connection.restartLive();
    return true;
  }

  /** Ends the session on the api and here, whatever the api says. */
  async function signOut(): Promise<void> {
    if (token.value) await outcomeOf(connection.client.mutation(SignOutAccountMutation, {}).toPromise());
    forget();
    ended.value = 'signed-out';
  }

  /** The api said the session is over (expired, revoked, the person erased). */
  function sessionEnded(): void {
    if (!token.value) return;
    forget();
    ended.value = 'session-ended';
  }

  function forget(): void {
    requests.invalidate();
    signingIn.value = false;
    const hadToken = token.value !== null;
    token.value = null;
    account.value = null;
    persistence.clear();
    if (hadToken) connection.restartLive();
  }

  /** Takes a newer copy of the account (after a change of preferences, say). */
  function replaceAccount(next: SignedInAccount): void {
    if (account.value?.id === next.id) account.value = next;
  }

  return {
    token,
    account,
    signingIn,
    refusal,
    ended,
    isSignedIn,
    ready,
    signIn,
    signOut,
    sessionEnded,
    forget,
    replaceAccount,
  };
});

/** A refused sign-in in the reader's terms; a lockout carries the api's `extensions.retryAt`. */
export function refusalOf(error: CombinedError): SignInRefusal {
  const reason = errorReasonOf(error);
  if (reason === 'ACCOUNT_LOCKED') {
    const retryAt = error.graphQLErrors
      .map((each) => each.extensions?.['retryAt'])
      .find((at) => typeof at === 'string');
    return {
      kind: 'LOCKED',
      retryAt: typeof retryAt === 'string' && !Number.isNaN(Date.parse(retryAt)) ? retryAt : null,
    };
  }
  const code = errorCodeOf(error);
  if (code === 'RATE_LIMITED') return { kind: 'RATE_LIMITED' };
  if (code === 'NETWORK_ERROR' || code === 'UNKNOWN') return { kind: code };
  return { kind: 'REFUSED' };
}

import {
  createLatestRequest,
  createSessionPersistence,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type SessionPersistence,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, inject, ref, shallowRef, type InjectionKey } from 'vue';
import type { StaffMemberFieldsFragment as StaffMember } from '../generated/graphql';
import { MeQuery, SignInMutation, SignOutMutation } from '../api/operations';

/**
 * Why a sign-in failed, as the reader is told: the credentials were not accepted (one message,
 * never which part was wrong), the server could not be reached, or something else went wrong.
 */
export type SignInFailure = 'REJECTED' | 'NETWORK_ERROR' | 'UNKNOWN';

function signInFailureOf(code: ClientErrorCode): SignInFailure {
  if (code === 'NETWORK_ERROR' || code === 'UNKNOWN') return code;
  return 'REJECTED';
}

/** Where the token is kept, if the app provides it (tests do); the browser's localStorage otherwise. */
export const sessionPersistenceKey: InjectionKey<SessionPersistence> = Symbol('deskstream.console.session');

/** The signed-in staff member and their session token. */
export const useSessionStore = defineStore('session', () => {
  const connection = useGraphqlConnection();
  const persistence = inject(sessionPersistenceKey, null) ?? createSessionPersistence();
  const requests = createLatestRequest();

  const token = ref<string | null>(persistence.load());
  const staff = shallowRef<StaffMember | null>(null);
  const signingIn = ref(false);
  const signInFailure = ref<SignInFailure | null>(null);
  const isSignedIn = computed(() => token.value !== null && staff.value !== null);

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
      connection.client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok && outcome.data.me) {
      staff.value = outcome.data.me;
    } else if (outcome.ok || outcome.code === 'UNAUTHENTICATED') {
      forget();
    }
    // A server that cannot be reached keeps the token: the next sign-in page visit can retry.
  }

  async function signIn(username: string, password: string): Promise<boolean> {
    const ticket = requests.begin();
    signingIn.value = true;
    signInFailure.value = null;
    const outcome = await outcomeOf(
      connection.client.mutation(SignInMutation, { username: username.trim(), password }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return false;
    signingIn.value = false;
    if (!outcome.ok) {
      signInFailure.value = signInFailureOf(outcome.code);
      return false;
    }
    token.value = outcome.data.signIn.token;
    staff.value = outcome.data.signIn.staff;
    persistence.save(outcome.data.signIn.token);
    restoring = Promise.resolve();
    connection.restartLive();
    return true;
  }

  /** Ends the session on the api (which takes the agent offline) and here, whatever the api says. */
  async function signOut(): Promise<void> {
    if (token.value) {
      await outcomeOf(connection.client.mutation(SignOutMutation, {}).toPromise());
    }
    forget();
  }

  /** Drops the session here only: after sign-out, or when the api says it has ended. */
  function forget(): void {
    requests.invalidate();
    signingIn.value = false;
    const hadToken = token.value !== null;
    token.value = null;
    staff.value = null;
    persistence.clear();
    if (hadToken) connection.restartLive();
  }

  /** Takes a newer copy of the signed-in staff member (after a mutation that returns it). */
  function replaceStaff(next: StaffMember): void {
    if (staff.value?.id === next.id) staff.value = next;
  }

  return { token, staff, signingIn, signInFailure, isSignedIn, ready, signIn, signOut, forget, replaceStaff };
});

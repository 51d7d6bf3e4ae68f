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
import { CompleteSignInMutation } from '../api/security-operations';

/**
 * Why a sign-in failed, as the reader is told: the credentials were not accepted (one message,
 * never which part was wrong), the server could not be reached, or something else went wrong.
 */
export type SignInFailure =
  'REJECTED' | 'RATE_LIMITED' | 'CODE_REJECTED' | 'CODE_USED' | 'SECOND_STEP_ENDED' | 'NETWORK_ERROR' | 'UNKNOWN';

function signInFailureOf(code: ClientErrorCode, reason: string | null = null): SignInFailure {
  if (code === 'NETWORK_ERROR' || code === 'UNKNOWN') return code;
  if (code === 'RATE_LIMITED') return 'RATE_LIMITED';
  if (reason === 'IDENTITY_TWO_FACTOR_CODE_INVALID') return 'CODE_REJECTED';
  if (reason === 'IDENTITY_TWO_FACTOR_CODE_USED') return 'CODE_USED';
  if (reason === 'IDENTITY_SIGN_IN_CHALLENGE_ENDED') return 'SECOND_STEP_ENDED';
  return 'REJECTED';
}

/** The second step of a sign-in, while a code from the authenticator app is due. */
export interface SecondStep {
  challenge: string;
  expiresAt: string;
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
  const secondStep = shallowRef<SecondStep | null>(null);
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

  /**
   * The first step: username and password. True once signed in; false when refused, or when a
   * code is due (`secondStep` is then set and `completeSignIn` takes the code).
   */
  async function signIn(username: string, password: string): Promise<boolean> {
    const ticket = requests.begin();
    signingIn.value = true;
    signInFailure.value = null;
    secondStep.value = null;
    const outcome = await outcomeOf(
      connection.client.mutation(SignInMutation, { username: username.trim(), password }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return false;
    signingIn.value = false;
    if (!outcome.ok) {
      signInFailure.value = signInFailureOf(outcome.code);
      return false;
    }
    const { token: newToken, staff: member, secondStep: next } = outcome.data.signIn;
    if (next) secondStep.value = next;
    return newToken && member ? begin(newToken, member) : false;
  }

  /** The second step: a code from the authenticator app, or a recovery code. */
  async function completeSignIn(code: string): Promise<boolean> {
    const step = secondStep.value;
    if (!step) return false;
    const ticket = requests.begin();
    signingIn.value = true;
    signInFailure.value = null;
    const outcome = await outcomeOf(
      connection.client.mutation(CompleteSignInMutation, { challenge: step.challenge, code: code.trim() }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return false;
    signingIn.value = false;
    if (!outcome.ok) {
      signInFailure.value = signInFailureOf(outcome.code, outcome.reason);
      if (signInFailure.value === 'SECOND_STEP_ENDED') secondStep.value = null;
      return false;
    }
    const { token: newToken, staff: member } = outcome.data.completeSignIn;
    return newToken && member ? begin(newToken, member) : false;
  }

  /** Back from the code to username and password. */
  function cancelSecondStep(): void {
    requests.invalidate();
    signingIn.value = false;
    signInFailure.value = null;
    secondStep.value = null;
  }

  /** Takes a session the api gave (after sign-in, or from the organisation's sign-in). */
  function begin(newToken: string, member: StaffMember): boolean {
    // The second step stays shown until the sign-in page is left (its form must still be there to say so).
    token.value = newToken;
    staff.value = member;
    persistence.save(newToken);
    restoring = Promise.resolve();
    connection.restartLive();
    return true;
  }

  /** Takes a token handed back by the organisation's sign-in, checked with the api like a saved one. */
  async function adoptToken(newToken: string): Promise<boolean> {
    token.value = newToken;
    persistence.save(newToken);
    restoring = restore();
    await restoring;
    if (staff.value) connection.restartLive();
    return staff.value !== null;
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
    secondStep.value = null;
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

  return {
    token,
    staff,
    signingIn,
    signInFailure,
    secondStep,
    isSignedIn,
    ready,
    signIn,
    completeSignIn,
    cancelSecondStep,
    adoptToken,
    signOut,
    forget,
    replaceStaff,
  };
});

import { createLatestRequest, newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { StaffSessionFieldsFragment as StaffSession } from '../generated/graphql';
import {
  ChangeMyPasswordMutation,
  ConfirmTwoFactorMutation,
  DisableTwoFactorMutation,
  MySecurityQuery,
  RevokeSessionMutation,
  StartTwoFactorEnrolmentMutation,
} from '../api/security-operations';

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCode: string;
}

/**
 * The signed-in staff member's own security: two-factor sign-in (enrol with a QR code and a first
 * code, see the recovery codes once, turn off with a code), their sessions (sign one out), and
 * their password. Each action answers with the failure to show, or null.
 */
export const useSecurityStore = defineStore('security', () => {
  const connection = useGraphqlConnection();
  const requests = createLatestRequest();
  const twoFactor = shallowRef<TwoFactorStatus | null>(null);
  const sessions = shallowRef<StaffSession[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadFailure = shallowRef<Failure | null>(null);
  const enrolment = shallowRef<Enrolment | null>(null);
  /** Shown once, right after two-factor sign-in was turned on. */
  const recoveryCodes = shallowRef<string[] | null>(null);

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(MySecurityQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      loadFailure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    twoFactor.value = outcome.data.me?.twoFactor ?? null;
    sessions.value = outcome.data.mySessions;
    loadFailure.value = null;
    state.value = 'ready';
  }

  async function startEnrolment(): Promise<Failure | null> {
    const outcome = await outcomeOf(connection.client.mutation(StartTwoFactorEnrolmentMutation, {}).toPromise());
    if (!outcome.ok) return outcome;
    enrolment.value = outcome.data.startTwoFactorEnrolment;
    return null;
  }

  function cancelEnrolment(): void {
    enrolment.value = null;
  }

  async function confirmEnrolment(code: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client.mutation(ConfirmTwoFactorMutation, { code: code.trim() }).toPromise(),
    );
    if (!outcome.ok) return outcome;
    enrolment.value = null;
    recoveryCodes.value = outcome.data.confirmTwoFactor;
    await load();
    return null;
  }

  function recoveryCodesSaved(): void {
    recoveryCodes.value = null;
  }

  async function disable(code: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client.mutation(DisableTwoFactorMutation, { code: code.trim() }).toPromise(),
    );
    if (!outcome.ok) return outcome;
    await load();
    return null;
  }

  async function revoke(sessionId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(connection.client.mutation(RevokeSessionMutation, { sessionId }).toPromise());
    if (!outcome.ok) return outcome;
    sessions.value = sessions.value.filter((session) => session.id !== sessionId);
    return null;
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client
        .mutation(ChangeMyPasswordMutation, { currentPassword, newPassword, commandId: newCommandId() })
        .toPromise(),
    );
    return outcome.ok ? null : outcome;
  }

  return {
    twoFactor,
    sessions,
    state,
    loadFailure,
    enrolment,
    recoveryCodes,
    load,
    startEnrolment,
    cancelEnrolment,
    confirmEnrolment,
    recoveryCodesSaved,
    disable,
    revoke,
    changePassword,
  };
});

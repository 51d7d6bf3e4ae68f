import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type {
  StaffAccessFieldsFragment as StaffAccess,
  StaffSessionFieldsFragment as StaffSession,
} from '../generated/graphql';
import {
  DisableStaffTwoFactorMutation,
  RevokeSessionMutation,
  StaffAccessQuery,
  StaffSessionsQuery,
} from '../api/security-operations';

/** Admins: every staff member's two-factor sign-in and sessions; sign a session out, turn two-factor off. */
export const useStaffAccessStore = defineStore('staff-access', () => {
  const connection = useGraphqlConnection();
  const requests = createLatestRequest();
  const staff = shallowRef<StaffAccess[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = shallowRef<Failure | null>(null);
  /** Sessions of the staff members opened, by staff id. */
  const sessions = ref<Record<string, StaffSession[]>>({});

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(StaffAccessQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    staff.value = outcome.data.staffMembers;
    failure.value = null;
    state.value = 'ready';
  }

  async function loadSessions(staffId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client.query(StaffSessionsQuery, { staffId }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) return outcome;
    sessions.value = { ...sessions.value, [staffId]: outcome.data.staffSessions };
    return null;
  }

  function closeSessions(staffId: string): void {
    const { [staffId]: _closed, ...rest } = sessions.value;
    sessions.value = rest;
  }

  async function revoke(staffId: string, sessionId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(connection.client.mutation(RevokeSessionMutation, { sessionId }).toPromise());
    if (!outcome.ok) return outcome;
    return loadSessions(staffId);
  }

  async function disableTwoFactor(staffId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(connection.client.mutation(DisableStaffTwoFactorMutation, { staffId }).toPromise());
    if (!outcome.ok) return outcome;
    const changed = outcome.data.disableStaffTwoFactor;
    staff.value = staff.value.map((member) => (member.id === changed.id ? changed : member));
    return null;
  }

  return { staff, state, failure, sessions, load, loadSessions, closeSessions, revoke, disableTwoFactor };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { MyRequestsQuery, type MyRequests } from './account-operations';
import { useAccountSessionStore } from './account-session-store';

/**
 * "My requests": the signed-in person's chats, offline questions, tickets, bookings, calls and
 * every notice sent to them with its delivery state. Read when the page opens and when the reader
 * comes back to it; a slow old answer never overwrites a newer one; forgotten on sign-out.
 */
export const useAccountRequestsStore = defineStore('account-requests', () => {
  const connection = useGraphqlConnection();
  const session = useAccountSessionStore();
  const requests = createLatestRequest();
  const mine = shallowRef<MyRequests | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(MyRequestsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      mine.value = outcome.data.myRequests;
      state.value = 'ready';
      error.value = null;
      return;
    }
    error.value = outcome.code;
    if (state.value !== 'ready') state.value = 'error';
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      mine.value = null;
      state.value = 'idle';
    },
  );

  return { mine, state, error, load };
});

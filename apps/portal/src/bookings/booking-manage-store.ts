import { isTransient, newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import {
  CancelPatronBookingMutation,
  PatronBookingQuery,
  ReschedulePatronBookingMutation,
  type PatronBooking,
} from './bookings-operations';

export type ManageState = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';
export type ManageDone = 'rescheduled' | 'cancelled' | null;

/**
 * One booking reached through its secret link: read it, move it to another free time, or cancel
 * it, until the cutoff (`changeableUntil`). Each change keeps its command id while its answer is
 * lost on the way, so it is made once.
 */
export const useBookingManageStore = defineStore('booking-manage', () => {
  const connection = useGraphqlConnection();
  const token = ref<string | null>(null);
  const booking = shallowRef<PatronBooking | null>(null);
  const state = ref<ManageState>('idle');
  const busy = ref<'rescheduling' | 'cancelling' | null>(null);
  const error = ref<Failure | null>(null);
  const done = ref<ManageDone>(null);
  let pending: { content: string; commandId: string } | null = null;

  async function load(linkToken: string | null): Promise<void> {
    token.value = linkToken;
    booking.value = null;
    done.value = null;
    error.value = null;
    if (!linkToken) {
      state.value = 'not-found';
      return;
    }
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(PatronBookingQuery, { linkToken }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (token.value !== linkToken) return;
    if (outcome.ok) {
      booking.value = outcome.data.patronBooking;
      state.value = 'ready';
    } else {
      state.value = outcome.code === 'NOT_FOUND' ? 'not-found' : 'error';
    }
  }

  const commandFor = (content: string) => {
    if (pending?.content !== content) pending = { content, commandId: newCommandId() };
    return pending.commandId;
  };

  function settle(outcome: { ok: true; data: PatronBooking } | ({ ok: false } & Failure), what: ManageDone): void {
    busy.value = null;
    if (outcome.ok) {
      booking.value = outcome.data;
      done.value = what;
      pending = null;
      return;
    }
    error.value = { code: outcome.code, reason: outcome.reason };
    if (!isTransient(error.value) && error.value.code !== 'READ_MODEL_BEHIND') pending = null;
  }

  async function reschedule(startsAt: string): Promise<void> {
    const linkToken = token.value;
    if (!linkToken || busy.value) return;
    busy.value = 'rescheduling';
    error.value = null;
    done.value = null;
    const commandId = commandFor(`reschedule|${startsAt}`);
    const outcome = await outcomeOf(
      connection.client.mutation(ReschedulePatronBookingMutation, { linkToken, startsAt, commandId }).toPromise(),
    );
    settle(outcome.ok ? { ok: true, data: outcome.data.reschedulePatronBooking } : outcome, 'rescheduled');
  }

  async function cancel(): Promise<void> {
    const linkToken = token.value;
    if (!linkToken || busy.value) return;
    busy.value = 'cancelling';
    error.value = null;
    done.value = null;
    const commandId = commandFor('cancel');
    const outcome = await outcomeOf(
      connection.client.mutation(CancelPatronBookingMutation, { linkToken, commandId }).toPromise(),
    );
    settle(outcome.ok ? { ok: true, data: outcome.data.cancelPatronBooking } : outcome, 'cancelled');
  }

  return { token, booking, state, busy, error, done, load, reschedule, cancel };
});

import {
  createLatestRequest,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { pipe, subscribe } from 'wonka';
import {
  AssignBookingRequestMutation,
  BookingBoardChangedSubscription,
  BookingExpertSlotsQuery,
  BookingRequestsQuery,
  CloseBookingRequestMutation,
  PickUpBookingRequestMutation,
} from '../api/bookings-operations';
import type { BookingRequestFieldsFragment as BookingRequest } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { createCommandIds } from './booking-commands';

export type { BookingRequest };
export interface ExpertSlot {
  startsAt: string;
  endsAt: string;
  branchId: string;
  timeZone: string;
}

const OPEN = new Set(['WAITING', 'PICKED_UP']);

/**
 * Requests nobody could take at once (no expert for the topic, the time taken, no time chosen),
 * oldest first: a librarian picks one up, then books it with an expert and one of that expert's
 * free times, or closes it without a booking (with a reason kept for staff). Reloaded on every push of `bookingBoardChanged` and after a reconnection.
 */
export const useBookingRequestsStore = defineStore('booking-requests', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const commands = createCommandIds();
  const all = shallowRef<BookingRequest[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  const busy = ref<string | null>(null);
  const failure = ref<{ requestId: string; failure: Failure } | null>(null);

  const open = computed(() =>
    all.value.filter((request) => OPEN.has(request.status)).sort((a, b) => a.at.localeCompare(b.at)),
  );

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(BookingRequestsQuery, { status: null }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      all.value = outcome.data.bookingRequests;
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  function replace(changed: BookingRequest): void {
    all.value = all.value.map((request) => (request.id === changed.id ? changed : request));
  }

  async function pickUp(request: BookingRequest): Promise<void> {
    if (busy.value) return;
    busy.value = request.id;
    failure.value = null;
    const commandId = commands.idFor(`pick-up|${request.id}`);
    const outcome = await outcomeOf(
      connection.client.mutation(PickUpBookingRequestMutation, { id: request.id, commandId }).toPromise(),
    );
    busy.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (outcome.ok) replace(outcome.data.pickUpBookingRequest);
    else failure.value = { requestId: request.id, failure: { code: outcome.code, reason: outcome.reason } };
  }

  async function assign(request: BookingRequest, expertId: string, startsAt: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = request.id;
    failure.value = null;
    const commandId = commands.idFor(`assign|${request.id}|${expertId}|${startsAt}`);
    const outcome = await outcomeOf(
      connection.client
        .mutation(AssignBookingRequestMutation, { id: request.id, expertId, startsAt, commandId })
        .toPromise(),
    );
    busy.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (!outcome.ok) {
      failure.value = { requestId: request.id, failure: { code: outcome.code, reason: outcome.reason } };
      return false;
    }
    void load();
    return true;
  }

  async function close(request: BookingRequest, note: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = request.id;
    failure.value = null;
    const commandId = commands.idFor(`close|${request.id}|${note}`);
    const outcome = await outcomeOf(
      connection.client.mutation(CloseBookingRequestMutation, { id: request.id, note, commandId }).toPromise(),
    );
    busy.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (!outcome.ok) {
      failure.value = { requestId: request.id, failure: { code: outcome.code, reason: outcome.reason } };
      return false;
    }
    replace(outcome.data.closeBookingRequest);
    return true;
  }

  /** One expert's free times for the request's topic and mode. */
  async function expertSlots(request: BookingRequest, expertId: string): Promise<ExpertSlot[] | Failure> {
    const outcome = await outcomeOf(
      connection.client
        .query(
          BookingExpertSlotsQuery,
          { expertId, topicId: request.topic.id, mode: request.mode, days: 14 },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    return outcome.ok ? outcome.data.bookingExpertSlots : { code: outcome.code, reason: outcome.reason };
  }

  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(BookingBoardChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) void load();
      }),
    );
    void load();
    return [() => pushes.unsubscribe(), connection.onLiveConnected(() => void load())];
  });

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      all.value = [];
      state.value = 'idle';
    },
  );

  return { all, open, state, error, busy, failure, load, pickUp, assign, close, expertSlots, follow };
});

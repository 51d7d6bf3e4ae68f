import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { pipe, subscribe } from 'wonka';
import { BookingBoardChangedSubscription, BookingBoardQuery, BookingSessionsQuery } from '../api/bookings-operations';
import type {
  BookingBranchFieldsFragment as Branch,
  BookingExpertFieldsFragment as Expert,
  BookingSessionFieldsFragment as Session,
  BookingTopicFieldsFragment as Topic,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { branchDaysAround } from './booking-days';

export type { Branch, Expert, Session, Topic };
type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The sessions calendar: branches, topics and experts (the board), the sessions of the shown days
 * for the chosen branch and expert, and the open session. Loaded when the days or the filter
 * change (the latest load wins), and again on every push of `bookingBoardChanged` and after the
 * live socket reconnects, so a booking made on the portal appears without a reload.
 */
export const useBookingCalendarStore = defineStore('booking-calendar', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const boardRequests = createLatestRequest();
  const sessionRequests = createLatestRequest();

  const branches = shallowRef<Branch[]>([]);
  const topics = shallowRef<Topic[]>([]);
  const experts = shallowRef<Expert[]>([]);
  const sessions = shallowRef<Session[]>([]);
  const range = shallowRef<{ from: string; to: string } | null>(null);
  const branchId = ref<string | null>(null);
  const expertId = ref<string | null>(null);
  const selectedId = ref<string | null>(null);
  const state = ref<LoadState>('idle');
  const error = ref<ClientErrorCode | null>(null);

  const selected = computed(() => sessions.value.find((each) => each.id === selectedId.value) ?? null);
  const expertsShown = computed(() =>
    branchId.value ? experts.value.filter((expert) => expert.branch.id === branchId.value) : experts.value,
  );

  async function loadBoard(): Promise<void> {
    const ticket = boardRequests.begin();
    const outcome = await outcomeOf(
      connection.client.query(BookingBoardQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!boardRequests.isLatest(ticket) || !outcome.ok) return;
    branches.value = outcome.data.bookingBranches;
    topics.value = outcome.data.bookingTopics;
    experts.value = outcome.data.bookingExperts;
  }

  async function loadSessions(): Promise<void> {
    const days = range.value;
    if (!days) return;
    const ticket = sessionRequests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(
          BookingSessionsQuery,
          { ...days, branchId: branchId.value, expertId: expertId.value },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    if (!sessionRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      sessions.value = outcome.data.bookingSessions;
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  /** The grid now shows these instants (`end` exclusive). */
  function showDays(start: Date, end: Date): Promise<void> {
    const next = branchDaysAround(start, end);
    if (range.value?.from === next.from && range.value.to === next.to) return Promise.resolve();
    range.value = next;
    return loadSessions();
  }

  function filter(next: { branchId?: string | null; expertId?: string | null }): Promise<void> {
    if (next.branchId !== undefined) branchId.value = next.branchId;
    if (next.expertId !== undefined) expertId.value = next.expertId;
    if (expertId.value && !expertsShown.value.some((expert) => expert.id === expertId.value)) expertId.value = null;
    state.value = 'loading';
    return loadSessions();
  }

  /** A session as the api answered after a change to it. */
  function replace(changed: Session): void {
    const known = sessions.value.some((each) => each.id === changed.id);
    sessions.value = known
      ? sessions.value.map((each) => (each.id === changed.id ? changed : each))
      : [...sessions.value, changed];
  }

  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(BookingBoardChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) void loadSessions();
      }),
    );
    void loadBoard();
    return [
      () => pushes.unsubscribe(),
      connection.onLiveConnected(() => {
        void loadBoard();
        void loadSessions();
      }),
    ];
  });

  watch(
    () => session.token,
    () => {
      boardRequests.invalidate();
      sessionRequests.invalidate();
      sessions.value = [];
      selectedId.value = null;
      state.value = 'idle';
    },
  );

  return {
    branches,
    topics,
    experts,
    expertsShown,
    sessions,
    range,
    branchId,
    expertId,
    selectedId,
    selected,
    state,
    error,
    loadBoard,
    loadSessions,
    showDays,
    filter,
    replace,
    follow,
  };
});

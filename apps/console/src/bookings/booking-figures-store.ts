import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { BookingFiguresQuery } from '../api/bookings-operations';
import type { BookingFiguresQuery as FiguresResult } from '../generated/graphql';
import { addDays, localDay } from './booking-days';

export type BookingFigures = FiguresResult['bookingFigures'];

/** How many days the figures cover at first: the last four weeks, today included. */
export const FIGURE_DAYS = 28;

/**
 * Book a Librarian's figures over the chosen days (each session counted on its day in its branch's
 * zone, by the api): by topic, branch and mode, routed elsewhere and no-shows, and day by day.
 */
export const useBookingFiguresStore = defineStore('booking-figures', () => {
  const connection = useGraphqlConnection();
  const requests = createLatestRequest();
  const today = localDay(new Date());
  const from = ref(addDays(today, -(FIGURE_DAYS - 1)));
  const to = ref(addDays(today, 14));
  const figures = shallowRef<BookingFigures | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);

  async function load(): Promise<void> {
    const ticket = requests.begin();
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(BookingFiguresQuery, { from: from.value, to: to.value }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      figures.value = outcome.data.bookingFigures;
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      state.value = 'error';
    }
  }

  function setDays(nextFrom: string, nextTo: string): Promise<void> {
    from.value = nextFrom;
    to.value = nextTo;
    return load();
  }

  return { from, to, figures, state, error, load, setDays };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { BookingSlotsQuery, type SessionMode, type SlotChoice } from './bookings-operations';

/** Days of free times asked at first, and at most (the api's limit). */
export const SLOT_DAYS = 14;
export const MAX_SLOT_DAYS = 62;

export interface SlotQuestion {
  topicId: string;
  preferredBranchId: string;
  mode: SessionMode;
}

const sameQuestion = (a: SlotQuestion | null, b: SlotQuestion | null) =>
  a !== null &&
  b !== null &&
  a.topicId === b.topicId &&
  a.preferredBranchId === b.preferredBranchId &&
  a.mode === b.mode;

/**
 * The free times for one topic, preferred branch and mode, as the api offers them (already routed:
 * a time at another branch says why). The latest question wins, so a slow answer for a topic the
 * patron has left never replaces the one they look at.
 */
export const useBookingSlotsStore = defineStore('booking-slots', () => {
  const connection = useGraphqlConnection();
  const requests = createLatestRequest();
  const question = shallowRef<SlotQuestion | null>(null);
  const slots = shallowRef<SlotChoice[]>([]);
  const nobodyForTopic = ref(false);
  const days = ref(SLOT_DAYS);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<Failure | null>(null);

  async function load(next: SlotQuestion | null, force = false): Promise<void> {
    if (!force && sameQuestion(next, question.value) && state.value !== 'error') return;
    if (!sameQuestion(next, question.value)) days.value = SLOT_DAYS;
    question.value = next;
    const ticket = requests.begin();
    if (!next) {
      slots.value = [];
      nobodyForTopic.value = false;
      state.value = 'idle';
      return;
    }
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(BookingSlotsQuery, { ...next, from: null, days: days.value }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      slots.value = outcome.data.bookingSlots.slots;
      nobodyForTopic.value = outcome.data.bookingSlots.nobodyForTopic;
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = { code: outcome.code, reason: outcome.reason };
      state.value = 'error';
    }
  }

  /** Asks again (a time was just taken by someone else). */
  const reload = () => load(question.value, true);

  /** Two more weeks of free times, up to the api's limit. */
  function showMoreDays(): Promise<void> {
    days.value = Math.min(MAX_SLOT_DAYS, days.value + SLOT_DAYS);
    return load(question.value, true);
  }

  return { question, slots, nobodyForTopic, days, state, error, load, reload, showMoreDays };
});

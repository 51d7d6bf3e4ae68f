import { isTransient, newCommandId, outcomeOf, useGraphqlConnection, useLocale, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import {
  BookingChoicesQuery,
  BookSessionMutation,
  type BranchChoice,
  type PatronBooking,
  type SessionMode,
  type TopicChoice,
} from './bookings-operations';
import { newLinkToken } from './link-token';
import { patronTimeZone } from './slot-days';
import { useBookingSlotsStore } from './booking-slots-store';

/** What the patron fills in. `startsAt` null with `noSlot` sends a request staff arrange instead. */
export interface BookingDraft {
  topicId: string;
  branchId: string;
  mode: SessionMode | '';
  details: string;
  name: string;
  email: string;
  phone: string;
  startsAt: string | null;
  noSlot: boolean;
  preferredTimes: string;
}

export type MissingField = 'topic' | 'branch' | 'contact' | 'slot';

const emptyDraft = (): BookingDraft => ({
  topicId: '',
  branchId: '',
  mode: '',
  details: '',
  name: '',
  email: '',
  phone: '',
  startsAt: null,
  noSlot: false,
  preferredTimes: '',
});

/**
 * The booking form: branches and topics, the patron's draft, the free times for what they chose
 * (`useBookingSlotsStore`), and the submission. A submission keeps its command id and secret link
 * token until the api has answered for good, so a double click or a retry after a lost answer
 * books once; a time taken meanwhile brings fresh free times.
 */
export const useBookingFormStore = defineStore('booking-form', () => {
  const connection = useGraphqlConnection();
  const { locale } = useLocale();
  const slots = useBookingSlotsStore();

  const branches = shallowRef<BranchChoice[]>([]);
  const topics = shallowRef<TopicChoice[]>([]);
  const choicesState = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const draft = reactive(emptyDraft());
  const missing = ref<MissingField[]>([]);
  const submitting = ref(false);
  const error = ref<Failure | null>(null);
  const booked = shallowRef<{ booking: PatronBooking; linkToken: string } | null>(null);
  let submission: { commandId: string; linkToken: string; content: string } | null = null;

  const branch = computed(() => branches.value.find((each) => each.id === draft.branchId) ?? null);
  const topic = computed(() => topics.value.find((each) => each.id === draft.topicId) ?? null);
  /** The modes the preferred branch offers (all three until one is chosen). */
  const modes = computed<SessionMode[]>(() => branch.value?.modes ?? ['PHONE', 'VIDEO', 'IN_PERSON']);

  async function loadChoices(): Promise<void> {
    choicesState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(BookingChoicesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) {
      choicesState.value = 'error';
      return;
    }
    branches.value = outcome.data.bookingBranches;
    topics.value = outcome.data.bookingTopics;
    if (branches.value.length === 1) draft.branchId = branches.value[0]!.id;
    choicesState.value = 'ready';
  }

  // The mode follows the branch: kept if offered there, else the branch's first.
  watch(modes, (offered) => {
    if (!draft.mode || !offered.includes(draft.mode)) draft.mode = offered[0] ?? '';
  });

  // New free times whenever topic, branch or mode change; a chosen time that is no longer offered is dropped.
  watch(
    () => [draft.topicId, draft.branchId, draft.mode] as const,
    ([topicId, preferredBranchId, mode]) => {
      draft.startsAt = null;
      void slots.load(topicId && preferredBranchId && mode ? { topicId, preferredBranchId, mode } : null);
    },
  );

  function check(): MissingField[] {
    const found: MissingField[] = [];
    if (!draft.topicId) found.push('topic');
    if (!draft.branchId) found.push('branch');
    if (!draft.email.trim() && !draft.phone.trim()) found.push('contact');
    if (!draft.startsAt && !draft.noSlot && !slots.nobodyForTopic) found.push('slot');
    missing.value = found;
    return found;
  }

  async function submit(): Promise<void> {
    if (submitting.value || check().length > 0 || !draft.mode) return;
    submitting.value = true;
    error.value = null;
    const input = {
      topicId: draft.topicId,
      preferredBranchId: draft.branchId,
      mode: draft.mode,
      details: draft.details.trim(),
      name: draft.name.trim() || null,
      email: draft.email.trim() || null,
      phone: draft.phone.trim() || null,
      locale: locale.value,
      timeZone: patronTimeZone(),
      startsAt: draft.noSlot ? null : draft.startsAt,
      preferredTimes: draft.noSlot ? draft.preferredTimes.trim() : '',
    };
    const content = JSON.stringify(input);
    if (submission?.content !== content) submission = { commandId: newCommandId(), linkToken: newLinkToken(), content };
    const { commandId, linkToken } = submission;
    const outcome = await outcomeOf(
      connection.client.mutation(BookSessionMutation, { input: { ...input, commandId, linkToken } }).toPromise(),
    );
    submitting.value = false;
    if (outcome.ok) {
      booked.value = { booking: outcome.data.bookSession, linkToken };
      submission = null;
      return;
    }
    error.value = { code: outcome.code, reason: outcome.reason };
    // Nothing was written on a refusal: the next try is a new submission. A lost or late answer keeps its ids.
    if (!isTransient(error.value) && error.value.code !== 'READ_MODEL_BEHIND') submission = null;
    if (outcome.reason === 'BOOKING_SLOT_TAKEN' || outcome.reason === 'BOOKING_SLOT_UNAVAILABLE') {
      draft.startsAt = null;
      void slots.reload();
    }
  }

  /** Back to an empty form for another session (branch and contact kept). */
  function bookAnother(): void {
    const keep = { branchId: draft.branchId, name: draft.name, email: draft.email, phone: draft.phone };
    Object.assign(draft, emptyDraft(), keep);
    booked.value = null;
    error.value = null;
    missing.value = [];
  }

  return {
    branches,
    topics,
    choicesState,
    draft,
    branch,
    topic,
    modes,
    missing,
    submitting,
    error,
    booked,
    loadChoices,
    check,
    submit,
    bookAnother,
  };
});

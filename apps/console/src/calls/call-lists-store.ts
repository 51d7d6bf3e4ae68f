import {
  createLatestRequest,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { CallListsQuery, CreateCallListMutation, RecordCallListAttemptMutation } from '../api/calls-operations';
import { createCommandIds } from '../bookings/booking-commands';
import type {
  CallbackAttemptOutcome,
  CallListFieldsFragment as CallList,
  CreateCallListInput,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type { CallList };
export type CallListEntry = CallList['entries'][number];

/** The entries of a new list from its text: one number a line, a name after a comma (`+49 30 1234, Verlag Hof`). */
export function entriesFromText(text: string): CreateCallListInput['entries'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [number = '', ...rest] = line.split(/[,،、]/);
      const label = rest.join(',').trim();
      return { number: number.trim(), label: label || number.trim() };
    })
    .filter((entry) => entry.number);
}

/**
 * Outbound follow-up lists (e.g. every publisher with an open issue): created from numbers, each
 * number attempted with an outcome (and done when it needs no more calls). Read on opening and
 * after every reconnection.
 */
export const useCallListsStore = defineStore('call-lists', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const createIds = createCommandIds();
  const attemptIds = createCommandIds();
  const lists = shallowRef<CallList[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  const busy = ref<string | null>(null);
  const failure = ref<{ key: string; failure: Failure } | null>(null);

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(CallListsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    lists.value = [...outcome.data.callLists].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    state.value = 'ready';
    error.value = null;
  }

  function replace(changed: CallList): void {
    lists.value = lists.value.some((list) => list.id === changed.id)
      ? lists.value.map((list) => (list.id === changed.id ? changed : list))
      : [changed, ...lists.value];
  }

  async function create(input: CreateCallListInput): Promise<boolean> {
    if (busy.value) return false;
    busy.value = 'create';
    failure.value = null;
    const commandId = createIds.idFor(JSON.stringify(input));
    const outcome = await outcomeOf(
      connection.client.mutation(CreateCallListMutation, { input, commandId }).toPromise(),
    );
    busy.value = null;
    createIds.settled(outcome.ok ? null : outcome);
    if (outcome.ok) replace(outcome.data.createCallList);
    else failure.value = { key: 'create', failure: { code: outcome.code, reason: outcome.reason } };
    return outcome.ok;
  }

  async function attempt(
    list: CallList,
    entry: CallListEntry,
    result: { outcome: CallbackAttemptOutcome; note: string; done: boolean },
  ): Promise<boolean> {
    if (busy.value) return false;
    const key = `${list.id}|${entry.id}`;
    busy.value = key;
    failure.value = null;
    const commandId = attemptIds.idFor(`${key}|${result.outcome}|${result.note}|${result.done}`);
    const outcome = await outcomeOf(
      connection.client
        .mutation(RecordCallListAttemptMutation, {
          listId: list.id,
          entryId: entry.id,
          outcome: result.outcome,
          note: result.note.trim() || null,
          done: result.done,
          commandId,
        })
        .toPromise(),
    );
    busy.value = null;
    attemptIds.settled(outcome.ok ? null : outcome);
    if (outcome.ok) replace(outcome.data.recordCallListAttempt);
    else failure.value = { key, failure: { code: outcome.code, reason: outcome.reason } };
    return outcome.ok;
  }

  function follow(): () => void {
    void load();
    return connection.onLiveConnected(() => void load());
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      lists.value = [];
      state.value = 'idle';
    },
  );

  return { lists, state, error, busy, failure, load, create, attempt, follow };
});

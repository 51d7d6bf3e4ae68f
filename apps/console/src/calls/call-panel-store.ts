import {
  createLatestRequest,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { CallQuery, NoteCallMutation, WrapUpCallMutation } from '../api/calls-operations';
import { createCommandIds } from '../bookings/booking-commands';
import type { CallFieldsFragment as Call, WrapUpCallInput } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { isNoOlder } from './call-progress';
import { useLiveCallsStore } from './live-calls-store';

export type { Call };
export type PanelAction = 'take' | 'note' | 'wrapUp';

/**
 * One call in the live panel: read by id, followed through the calls' live push (a view never
 * replaces one further along), taken, noted while it goes on and wrapped up after it, into a
 * ticket or not. Each command keeps its command id until the api answered for good, so a retry
 * after a lost answer writes once.
 */
export const useCallPanelStore = defineStore('call-panel', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useLiveCallsStore();
  const requests = createLatestRequest();
  const noteIds = createCommandIds();
  const wrapIds = createCommandIds();
  const call = shallowRef<Call | null>(null);
  const callId = ref<string | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'missing' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  const busy = ref<PanelAction | null>(null);
  const failure = ref<{ action: PanelAction; failure: Failure } | null>(null);

  function apply(next: Call): void {
    if (next.id !== callId.value) return;
    if (!call.value || isNoOlder(next, call.value)) call.value = next;
    state.value = 'ready';
  }

  async function load(): Promise<void> {
    const id = callId.value;
    if (!id) return;
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(CallQuery, { id }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    error.value = null;
    if (outcome.data.call) apply(outcome.data.call);
    else state.value = 'missing';
  }

  function open(id: string): Promise<void> {
    if (callId.value !== id) {
      callId.value = id;
      call.value = null;
      state.value = 'idle';
      failure.value = null;
    }
    return load();
  }

  async function take(): Promise<boolean> {
    if (!call.value || busy.value) return false;
    busy.value = 'take';
    failure.value = null;
    const taken = await live.take(call.value);
    busy.value = null;
    if (!taken && live.takeFailure) failure.value = { action: 'take', failure: live.takeFailure.failure };
    return taken;
  }

  async function note(text: string): Promise<boolean> {
    const id = callId.value;
    if (!id || busy.value || !text.trim()) return false;
    busy.value = 'note';
    failure.value = null;
    const commandId = noteIds.idFor(`note|${id}|${text}`);
    const outcome = await outcomeOf(
      connection.client.mutation(NoteCallMutation, { callId: id, text: text.trim(), commandId }).toPromise(),
    );
    busy.value = null;
    noteIds.settled(outcome.ok ? null : outcome);
    if (outcome.ok) apply(outcome.data.noteCall);
    else failure.value = { action: 'note', failure: { code: outcome.code, reason: outcome.reason } };
    return outcome.ok;
  }

  async function wrapUp(input: WrapUpCallInput): Promise<boolean> {
    if (busy.value) return false;
    busy.value = 'wrapUp';
    failure.value = null;
    const commandId = wrapIds.idFor(`wrap|${JSON.stringify(input)}`);
    const outcome = await outcomeOf(connection.client.mutation(WrapUpCallMutation, { input, commandId }).toPromise());
    busy.value = null;
    wrapIds.settled(outcome.ok ? null : outcome);
    if (outcome.ok) apply(outcome.data.wrapUpCall);
    else failure.value = { action: 'wrapUp', failure: { code: outcome.code, reason: outcome.reason } };
    return outcome.ok;
  }

  /** Follows the open call live (through the live calls' push) and reads it again after a reconnection. */
  function follow(): () => void {
    const stops = [live.follow(), live.onPush(apply), connection.onLiveConnected(() => void load())];
    return () => {
      for (const stop of stops) stop();
    };
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      call.value = null;
      callId.value = null;
      state.value = 'idle';
    },
  );

  return { call, callId, state, error, busy, failure, open, load, take, note, wrapUp, follow };
});

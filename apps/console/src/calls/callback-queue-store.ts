import {
  createLatestRequest,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
  type Outcome,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { TicketAgentsQuery } from '../api/tickets-operations';
import {
  AssignCallbackMutation,
  CallbackQueueQuery,
  CompleteCallbackMutation,
  RecordCallbackAttemptMutation,
} from '../api/calls-operations';
import { createCommandIds } from '../bookings/booking-commands';
import type { CallbackAttemptOutcome, CallbackFieldsFragment as Callback } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { useLiveCallsStore } from './live-calls-store';

export type { Callback };
export const ATTEMPT_OUTCOMES: readonly CallbackAttemptOutcome[] = [
  'REACHED',
  'NO_ANSWER',
  'BUSY',
  'VOICEMAIL',
  'WRONG_NUMBER',
];
export type CallbackAction = 'assign' | 'attempt' | 'complete';

const RELOAD_AFTER_MS = 500;

/**
 * Missed and abandoned calls waiting to be called back, oldest first: assigned (to me, or to a
 * colleague), attempted with an outcome and a note, and done. Read again soon after any call
 * changes (a call missed now joins the queue) and after every reconnection.
 */
export const useCallbackQueueStore = defineStore('callback-queue', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useLiveCallsStore();
  const requests = createLatestRequest();
  const commands = createCommandIds();
  const all = shallowRef<Callback[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  const busy = ref<string | null>(null);
  const failure = ref<{ callId: string; action: CallbackAction; failure: Failure } | null>(null);
  const colleagues = shallowRef<{ id: string; name: string }[]>([]);
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  const open = computed(() =>
    all.value
      .filter((callback) => callback.state === 'WAITING' || callback.state === 'ASSIGNED')
      .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)),
  );
  const mine = computed(() => open.value.filter((callback) => callback.assignee?.id === session.staff?.id));

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(CallbackQueueQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    all.value = outcome.data.callbackQueue;
    state.value = 'ready';
    error.value = null;
  }

  function replace(changed: Callback): void {
    const known = all.value.some((callback) => callback.callId === changed.callId);
    all.value = known
      ? all.value.map((callback) => (callback.callId === changed.callId ? changed : callback))
      : [...all.value, changed];
  }

  async function run(
    callback: Callback,
    action: CallbackAction,
    content: string,
    send: (commandId: string) => Promise<Outcome<Callback>>,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = callback.callId;
    failure.value = null;
    const outcome = await send(commands.idFor(`${action}|${callback.callId}|${content}`));
    busy.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (outcome.ok) replace(outcome.data);
    else failure.value = { callId: callback.callId, action, failure: { code: outcome.code, reason: outcome.reason } };
    return outcome.ok;
  }

  const assign = (callback: Callback, staffId: string) =>
    run(callback, 'assign', staffId, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(AssignCallbackMutation, { callId: callback.callId, staffId, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true as const, data: outcome.data.assignCallback } : outcome;
    });

  const attempt = (callback: Callback, outcomeOfAttempt: CallbackAttemptOutcome, note: string) =>
    run(callback, 'attempt', `${outcomeOfAttempt}|${note}`, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client
          .mutation(RecordCallbackAttemptMutation, {
            callId: callback.callId,
            outcome: outcomeOfAttempt,
            note: note.trim() || null,
            commandId,
          })
          .toPromise(),
      );
      return outcome.ok ? { ok: true as const, data: outcome.data.recordCallbackAttempt } : outcome;
    });

  const complete = (callback: Callback) =>
    run(callback, 'complete', '', async (commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(CompleteCallbackMutation, { callId: callback.callId, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true as const, data: outcome.data.completeCallback } : outcome;
    });

  /** The agents of my departments, to hand a callback to (me first). */
  async function loadColleagues(): Promise<void> {
    const found = new Map<string, string>();
    for (const department of session.staff?.departments ?? []) {
      const outcome = await outcomeOf(
        connection.client.query(TicketAgentsQuery, { departmentId: department.id }).toPromise(),
      );
      if (outcome.ok) for (const agent of outcome.data.ticketAgents) found.set(agent.id, agent.displayName);
    }
    colleagues.value = [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  function reloadSoon(): void {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void load();
    }, RELOAD_AFTER_MS);
  }

  function follow(): () => void {
    void load();
    void loadColleagues();
    const stops = [live.follow(), live.onPush(reloadSoon), connection.onLiveConnected(reloadSoon)];
    return () => {
      for (const stop of stops) stop();
      if (reloadTimer) clearTimeout(reloadTimer);
      reloadTimer = null;
    };
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      all.value = [];
      state.value = 'idle';
    },
  );

  return { all, open, mine, colleagues, state, error, busy, failure, load, assign, attempt, complete, follow };
});

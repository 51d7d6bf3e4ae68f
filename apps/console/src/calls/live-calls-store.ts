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
import { CallsChangedSubscription, LiveCallsQuery, TakeCallMutation } from '../api/calls-operations';
import type { CallFieldsFragment as Call } from '../generated/graphql';
import { createCommandIds } from '../bookings/booking-commands';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { placeCall } from './call-progress';

export type { Call };
type RingListener = (call: Call) => void;
type PushListener = (call: Call) => void;

const byStart = (a: Call, b: Call) => a.startedAt.localeCompare(b.startedAt);

/**
 * The calls ringing or in progress now (`calls(view: LIVE)`, each with its caller in full), kept live by `callsChanged`: a
 * pushed call takes its place (never over a view further along), and leaves once ended. What
 * rings for me is a ringing call nobody took that rings for everyone (no PBX user matched) or
 * names me. `onRing` hears each call that starts ringing while followed; `onPush` every push.
 * Read again after every reconnection, with the pushes that came during the read put over it.
 */
export const useLiveCallsStore = defineStore('live-calls', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const commands = createCommandIds();
  const calls = shallowRef<Call[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  const taking = ref<string | null>(null);
  const takeFailure = ref<{ callId: string; failure: Failure } | null>(null);
  const ringListeners = new Set<RingListener>();
  const pushListeners = new Set<PushListener>();
  const announced = new Set<string>();
  let duringLoad: Call[] | null = null;

  const ringsForMe = (call: Call) =>
    call.state === 'RINGING' &&
    !call.takenBy &&
    (call.ringing.length === 0 || call.ringing.some((agent) => agent.id === session.staff?.id));
  const ringing = computed(() => calls.value.filter(ringsForMe));

  function apply(call: Call): void {
    const placed = placeCall(calls.value, call);
    calls.value = placed.filter((each) => each.state !== 'ENDED').sort(byStart);
  }

  async function load(): Promise<void> {
    const ticket = requests.begin();
    duringLoad = [];
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(LiveCallsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    const pushed = duringLoad ?? [];
    duringLoad = null;
    if (!outcome.ok) {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    for (const call of outcome.data.calls.nodes) announced.add(call.id);
    calls.value = [...outcome.data.calls.nodes].sort(byStart);
    for (const call of pushed) apply(call);
    state.value = 'ready';
    error.value = null;
  }

  function receive(call: Call): void {
    duringLoad?.push(call);
    apply(call);
    for (const listener of pushListeners) listener(call);
    if (!announced.has(call.id) && ringsForMe(call)) {
      announced.add(call.id);
      for (const listener of ringListeners) listener(call);
    }
    announced.add(call.id);
  }

  /** Takes the call for me; true when it is mine (also when a retry finds it taken by me already). */
  async function take(call: Call): Promise<boolean> {
    if (taking.value) return false;
    taking.value = call.id;
    takeFailure.value = null;
    const commandId = commands.idFor(`take|${call.id}`);
    const outcome = await outcomeOf(
      connection.client.mutation(TakeCallMutation, { callId: call.id, commandId }).toPromise(),
    );
    taking.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (outcome.ok) {
      apply(outcome.data.takeCall);
      for (const listener of pushListeners) listener(outcome.data.takeCall);
      return true;
    }
    takeFailure.value = { callId: call.id, failure: { code: outcome.code, reason: outcome.reason } };
    return false;
  }

  function onRing(listener: RingListener): () => void {
    ringListeners.add(listener);
    return () => ringListeners.delete(listener);
  }

  function onPush(listener: PushListener): () => void {
    pushListeners.add(listener);
    return () => pushListeners.delete(listener);
  }

  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(CallsChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) receive(result.data.callsChanged);
      }),
    );
    void load();
    return [() => pushes.unsubscribe(), connection.onLiveConnected(() => void load())];
  });

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      calls.value = [];
      announced.clear();
      state.value = 'idle';
    },
  );

  return { calls, ringing, state, error, taking, takeFailure, load, take, onRing, onPush, follow, ringsForMe };
});

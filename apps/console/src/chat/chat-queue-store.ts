import {
  createLatestRequest,
  errorCodeOf,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, shallowRef, watch } from 'vue';
import type { ChatSummaryFieldsFragment as ChatSummary } from '../generated/graphql';
import { ChatQueueChangedSubscription, PendingChatsQuery } from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';

export type QueueState = 'idle' | 'loading' | 'ready' | 'error';

const byWaitingTime = (a: ChatSummary, b: ChatSummary) =>
  a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id);

/**
 * The pending chats of the agent's departments, live: loaded, then replaced department by
 * department as `chatQueueChanged` pushes, and reloaded after every (re)connection of the live
 * socket. Tells listeners about chats that arrived after the first load (for the chime), and
 * counts the waiting chats the agent has not looked at yet (for the tab title and the nav).
 */
export const useChatQueueStore = defineStore('chat-queue', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();

  const queues = shallowRef<Readonly<Record<string, ChatSummary[]>>>({});
  const queueState = ref<QueueState>('idle');
  const queueError = ref<ClientErrorCode | null>(null);
  const pending = computed(() => Object.values(queues.value).flat().sort(byWaitingTime));

  // A push newer than a load in flight wins over that load, for its department only.
  let pushCount = 0;
  const lastPush = new Map<string, number>();

  // --- arrivals and what the agent has seen -------------------------------------------------
  const seen = shallowRef<ReadonlySet<string>>(new Set());
  const unseen = computed(() => pending.value.filter((chat) => !seen.value.has(chat.id)));
  let known = new Set<string>();
  let primed = false;
  const arrivalListeners = new Set<(arrived: ChatSummary[]) => void>();

  function show(next: Record<string, ChatSummary[]>): void {
    queues.value = next;
    queueState.value = 'ready';
    queueError.value = null;
    const now = pending.value;
    const arrived = primed ? now.filter((chat) => !known.has(chat.id)) : [];
    known = new Set(now.map((chat) => chat.id));
    primed = true;
    if (arrived.length > 0) for (const listener of [...arrivalListeners]) listener(arrived);
  }

  /** Runs `listener` with the chats that joined the queue since it was last shown. */
  function onArrival(listener: (arrived: ChatSummary[]) => void): () => void {
    arrivalListeners.add(listener);
    return () => arrivalListeners.delete(listener);
  }

  /** The agent has looked at the queue: nothing waiting now counts as new any more. */
  function markSeen(): void {
    if (unseen.value.length === 0) return;
    seen.value = new Set([...seen.value, ...pending.value.map((chat) => chat.id)]);
  }

  // --- loading and following ----------------------------------------------------------------
  async function loadQueue(): Promise<void> {
    const ticket = requests.begin();
    const startedAfter = pushCount;
    if (queueState.value !== 'ready') queueState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(PendingChatsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      queueError.value = outcome.code;
      if (queueState.value !== 'ready') queueState.value = 'error';
      return;
    }
    const loaded: Record<string, ChatSummary[]> = {};
    for (const chat of outcome.data.pendingChats) (loaded[chat.departmentId] ??= []).push(chat);
    const next: Record<string, ChatSummary[]> = {};
    for (const departmentId of new Set([...Object.keys(loaded), ...Object.keys(queues.value)])) {
      const pushedMeanwhile = (lastPush.get(departmentId) ?? 0) > startedAfter;
      const chats = pushedMeanwhile ? queues.value[departmentId] : loaded[departmentId];
      if (chats && chats.length > 0) next[departmentId] = chats;
    }
    show(next);
  }

  function takePush(departmentId: string, chats: ChatSummary[]): void {
    pushCount += 1;
    lastPush.set(departmentId, pushCount);
    const next = { ...queues.value };
    if (chats.length > 0) next[departmentId] = [...chats].sort(byWaitingTime);
    else delete next[departmentId];
    show(next);
  }

  /** Keeps the queue live while at least one view follows it; returns the function that stops. */
  const follow = createSharedFollow(() => {
    const live = pipe(
      connection.client.subscription(ChatQueueChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) takePush(result.data.chatQueueChanged.departmentId, result.data.chatQueueChanged.chats);
        else if (result.error) queueError.value = errorCodeOf(result.error);
      }),
    );
    const stopCatchingUp = connection.onLiveConnected(() => void loadQueue());
    void loadQueue();
    return [() => live.unsubscribe(), stopCatchingUp];
  });

  /** Takes a chat out at once (accepted here); the next push or load says the same. */
  function drop(chatId: string): void {
    const next: Record<string, ChatSummary[]> = {};
    for (const [departmentId, chats] of Object.entries(queues.value)) {
      const left = chats.filter((chat) => chat.id !== chatId);
      if (left.length > 0) next[departmentId] = left;
    }
    queues.value = next;
    known.delete(chatId);
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      queues.value = {};
      queueState.value = 'idle';
      queueError.value = null;
      seen.value = new Set();
      known = new Set();
      primed = false;
      lastPush.clear();
    },
  );

  return {
    queues,
    pending,
    unseen,
    queueState,
    queueError,
    liveStatus: connection.liveStatus,
    loadQueue,
    follow,
    onArrival,
    markSeen,
    drop,
  };
});

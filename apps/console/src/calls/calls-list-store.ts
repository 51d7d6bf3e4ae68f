import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { CallsQuery } from '../api/calls-operations';
import type { CallRowFieldsFragment as CallRow, CallsView } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { placeCall } from './call-progress';
import { useLiveCallsStore } from './live-calls-store';

const PAGE = 50;
const RELOAD_AFTER_MS = 1_000;

/**
 * A list of the Calls page (today's calls, or all missed ones), newest first, 50 at a time with
 * "show more". A pushed call already on the list takes its place at once; a new one makes the
 * list read again a second later (one read for a burst of calls), and so does a reconnection.
 */
export const useCallsListStore = defineStore('calls-list', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useLiveCallsStore();
  const requests = createLatestRequest();
  const view = ref<CallsView>('TODAY');
  const calls = shallowRef<CallRow[]>([]);
  const total = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function read(after: string | null): Promise<void> {
    const ticket = requests.begin();
    const shown = after ? calls.value.length : 0;
    const first = Math.min(200, Math.max(PAGE, after ? PAGE : shown));
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(CallsQuery, { filter: { view: view.value, first, after } }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    const page = outcome.data.calls;
    calls.value = after
      ? [...calls.value, ...page.nodes.filter((c) => !calls.value.some((s) => s.id === c.id))]
      : page.nodes;
    total.value = page.totalCount;
    endCursor.value = page.pageInfo.endCursor;
    hasMore.value = page.pageInfo.hasNextPage;
    state.value = 'ready';
    error.value = null;
  }

  function show(next: CallsView): Promise<void> {
    if (view.value !== next) {
      view.value = next;
      calls.value = [];
      state.value = 'idle';
    }
    return read(null);
  }

  function more(): Promise<void> {
    return hasMore.value ? read(endCursor.value) : Promise.resolve();
  }

  function reloadSoon(): void {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void read(null);
    }, RELOAD_AFTER_MS);
  }

  function receive(call: CallRow): void {
    if (calls.value.some((each) => each.id === call.id)) calls.value = placeCall(calls.value, call);
    else reloadSoon();
  }

  function follow(): () => void {
    const stops = [live.follow(), live.onPush(receive), connection.onLiveConnected(reloadSoon)];
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
      calls.value = [];
      state.value = 'idle';
    },
  );

  return { view, calls, total, hasMore, state, error, show, more, follow };
});

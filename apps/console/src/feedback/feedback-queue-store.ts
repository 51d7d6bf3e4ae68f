import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type {
  FeedbackClassificationInput,
  FeedbackDismissReason,
  FeedbackItemFieldsFragment as FeedbackItem,
  FeedbackSuggestionsQuery as Suggestions,
  FeedbackTopicRowFieldsFragment as TopicRow,
  NewFeedbackTopicInput,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createFeedbackCommands } from './feedback-commands';
import { useFeedbackLiveStore } from './feedback-live-store';
import {
  ClassifyFeedbackMutation,
  DismissFeedbackMutation,
  FeedbackItemQuery,
  FeedbackQueueQuery,
  FeedbackSuggestionsQuery,
  GroupFeedbackMutation,
  RestoreFeedbackMutation,
  UngroupFeedbackMutation,
} from './feedback-operations';
import { defaultQueueChoice, filterOf, sameList, type QueueChoice } from './queue-filter';

export type { FeedbackItem };
export type SuggestionList = Suggestions['feedbackSuggestions'];

const PAGE = 50;
const MAX_PAGE = 200;
const RELOAD_AFTER_MS = 400;

/**
 * The triage queue: a page of items for the choice in the address (more on the cursor), the open
 * item with its suggested topics, and the agent's commands on it (classify, dismiss, restore,
 * group into a topic, take out of one). Read again soon after a push and after a reconnection.
 */
export const useFeedbackQueueStore = defineStore('feedback-queue', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useFeedbackLiveStore();
  const requests = createLatestRequest();
  const openRequests = createLatestRequest();
  const commands = createFeedbackCommands();
  const choice = shallowRef<QueueChoice>(defaultQueueChoice());
  const items = shallowRef<FeedbackItem[]>([]);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const total = ref(0);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const open = shallowRef<FeedbackItem | null>(null);
  const openState = ref<'none' | 'loading' | 'ready' | 'missing'>('none');
  const suggestions = shallowRef<SuggestionList | null>(null);
  const grouped = shallowRef<{ itemId: string; topic: TopicRow } | null>(null);
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function load(first = PAGE): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(FeedbackQueueQuery, { filter: filterOf(choice.value, first) }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    const page = outcome.data.feedbackQueue;
    items.value = page.nodes;
    endCursor.value = page.pageInfo.endCursor ?? null;
    hasMore.value = page.pageInfo.hasNextPage;
    total.value = page.totalCount;
    failure.value = null;
    state.value = 'ready';
  }

  async function more(): Promise<void> {
    if (!hasMore.value || !endCursor.value) return;
    const ticket = requests.begin();
    const outcome = await outcomeOf(
      connection.client
        .query(
          FeedbackQueueQuery,
          { filter: filterOf(choice.value, PAGE, endCursor.value) },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    if (!requests.isLatest(ticket) || !outcome.ok) return;
    const page = outcome.data.feedbackQueue;
    const known = new Set(items.value.map((item) => item.id));
    items.value = [...items.value, ...page.nodes.filter((item) => !known.has(item.id))];
    endCursor.value = page.pageInfo.endCursor ?? null;
    hasMore.value = page.pageInfo.hasNextPage;
    total.value = page.totalCount;
  }

  /** Shows the choice: reads the list when it changed, and the open item with its suggestions. */
  function show(next: QueueChoice): void {
    const listChanged = !sameList(choice.value, next) || state.value === 'idle';
    const itemChanged = choice.value.item !== next.item || openState.value === 'none';
    choice.value = next;
    if (listChanged) void load();
    if (itemChanged || listChanged) void openItem(next.item);
  }

  async function openItem(id: string | null): Promise<void> {
    const ticket = openRequests.begin();
    suggestions.value = null;
    if (!id) {
      open.value = null;
      openState.value = 'none';
      return;
    }
    open.value = items.value.find((item) => item.id === id) ?? null;
    openState.value = open.value ? 'ready' : 'loading';
    const [item, suggested] = await Promise.all([
      outcomeOf(connection.client.query(FeedbackItemQuery, { id }, { requestPolicy: 'network-only' }).toPromise()),
      outcomeOf(
        connection.client
          .query(FeedbackSuggestionsQuery, { itemId: id }, { requestPolicy: 'network-only' })
          .toPromise(),
      ),
    ]);
    if (!openRequests.isLatest(ticket)) return;
    if (item.ok) {
      open.value = item.data.feedbackItem ?? null;
      openState.value = open.value ? 'ready' : 'missing';
    } else if (!open.value) openState.value = 'missing';
    suggestions.value = suggested.ok ? suggested.data.feedbackSuggestions : null;
  }

  /** An item the api answered after a command: in place in the list (or out of it), and open. */
  function replace(changed: FeedbackItem): void {
    const fits = changed.state === choice.value.state;
    items.value = fits
      ? items.value.map((item) => (item.id === changed.id ? changed : item))
      : items.value.filter((item) => item.id !== changed.id);
    if (open.value?.id === changed.id) open.value = changed;
  }

  const classify = async (item: FeedbackItem, input: FeedbackClassificationInput) => {
    const changed = await commands.run(
      'classify',
      `${item.id}|${JSON.stringify(input)}`,
      (commandId) =>
        connection.client.mutation(ClassifyFeedbackMutation, { itemId: item.id, input, commandId }).toPromise(),
      (data) => data.classifyFeedback,
    );
    if (changed) replace(changed);
    return changed !== null;
  };

  const dismiss = async (item: FeedbackItem, reason: FeedbackDismissReason, duplicateOf: string | null) => {
    const changed = await commands.run(
      'dismiss',
      `${item.id}|${reason}|${duplicateOf ?? ''}`,
      (commandId) =>
        connection.client
          .mutation(DismissFeedbackMutation, { itemId: item.id, reason, duplicateOf, commandId })
          .toPromise(),
      (data) => data.dismissFeedback,
    );
    if (changed) replace(changed);
    return changed !== null;
  };

  const restore = async (item: FeedbackItem) => {
    const changed = await commands.run(
      'restore',
      item.id,
      (commandId) => connection.client.mutation(RestoreFeedbackMutation, { itemId: item.id, commandId }).toPromise(),
      (data) => data.restoreFeedback,
    );
    if (changed) replace(changed);
    return changed !== null;
  };

  const ungroup = async (item: FeedbackItem) => {
    const changed = await commands.run(
      'ungroup',
      item.id,
      (commandId) => connection.client.mutation(UngroupFeedbackMutation, { itemId: item.id, commandId }).toPromise(),
      (data) => data.ungroupFeedback,
    );
    if (changed) replace(changed);
    return changed !== null;
  };

  /** Groups the item (and `alongWith`) into a topic: an existing one (maybe the suggested one) or a new one. */
  async function group(
    item: FeedbackItem,
    into: { topicId: string; suggested?: boolean; score?: number | null } | { newTopic: NewFeedbackTopicInput },
    alongWith: readonly string[] = [],
  ): Promise<boolean> {
    const input = { itemIds: [item.id, ...alongWith], ...into };
    const topic = await commands.run(
      'group',
      JSON.stringify(input),
      (commandId) => connection.client.mutation(GroupFeedbackMutation, { input, commandId }).toPromise(),
      (data) => data.groupFeedback,
    );
    if (!topic) return false;
    grouped.value = { itemId: item.id, topic };
    replace({ ...item, state: 'GROUPED', topic: { id: topic.id, title: topic.title } });
    items.value = items.value.filter((each) => !alongWith.includes(each.id) || choice.value.state === 'GROUPED');
    reloadSoon();
    return true;
  }

  function reloadSoon(): void {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void load(Math.min(MAX_PAGE, Math.max(PAGE, items.value.length)));
    }, RELOAD_AFTER_MS);
  }

  function follow(): () => void {
    const stop = live.listen((change) => {
      if (change === null || change.itemId) reloadSoon();
    });
    return () => {
      stop();
      if (reloadTimer) clearTimeout(reloadTimer);
      reloadTimer = null;
    };
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      openRequests.invalidate();
      items.value = [];
      open.value = null;
      openState.value = 'none';
      state.value = 'idle';
    },
  );

  return {
    choice,
    items,
    hasMore,
    total,
    state,
    failure,
    open,
    openState,
    suggestions,
    grouped,
    busy: commands.busy,
    commandFailure: commands.failure,
    failed: commands.failed,
    show,
    load,
    more,
    classify,
    dismiss,
    restore,
    ungroup,
    group,
    follow,
  };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type { FeedbackTopicFilter, FeedbackTopicRowFieldsFragment as TopicRow } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { useFeedbackLiveStore } from './feedback-live-store';
import { FeedbackTopicsQuery } from './feedback-operations';

export type { TopicRow };

const PAGE = 50;
const RELOAD_AFTER_MS = 500;

/**
 * A list of topics for a filter (the support unit's topics by state; a product team's inbox of
 * the topics forwarded to it), newest activity first, 50 at a time; read again after a push
 * about a topic and after every reconnection.
 */
export const useFeedbackTopicsStore = defineStore('feedback-topics', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useFeedbackLiveStore();
  const requests = createLatestRequest();
  const filter = shallowRef<FeedbackTopicFilter>({});
  const topics = shallowRef<TopicRow[]>([]);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const total = ref(0);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function read(after: string | null): Promise<void> {
    const ticket = requests.begin();
    const first = after ? PAGE : Math.max(PAGE, Math.min(200, topics.value.length));
    const outcome = await outcomeOf(
      connection.client
        .query(
          FeedbackTopicsQuery,
          { filter: { ...filter.value, first, ...(after ? { after } : {}) } },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    const page = outcome.data.feedbackTopics;
    topics.value = after ? [...topics.value, ...page.nodes] : page.nodes;
    endCursor.value = page.pageInfo.endCursor ?? null;
    hasMore.value = page.pageInfo.hasNextPage;
    total.value = page.totalCount;
    state.value = 'ready';
  }

  function show(next: FeedbackTopicFilter): void {
    if (JSON.stringify(next) !== JSON.stringify(filter.value) || state.value === 'idle') {
      filter.value = next;
      topics.value = [];
      state.value = 'loading';
    }
    void read(null);
  }

  const more = () => (hasMore.value && endCursor.value ? read(endCursor.value) : Promise.resolve());

  function follow(): () => void {
    const stop = live.listen((change) => {
      if (change !== null && !change.topicId) return;
      if (reloadTimer) return;
      reloadTimer = setTimeout(() => {
        reloadTimer = null;
        void read(null);
      }, RELOAD_AFTER_MS);
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
      topics.value = [];
      state.value = 'idle';
    },
  );

  return { filter, topics, hasMore, total, state, show, more, follow };
});

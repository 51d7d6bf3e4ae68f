import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { CustomerTimelineQuery } from '../api/customers-operations';
import type { CustomerTimelineEntryFieldsFragment as TimelineEntry, CustomerTimelineKind } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type { TimelineEntry, CustomerTimelineKind };

export const TIMELINE_KINDS: CustomerTimelineKind[] = [
  'CHAT',
  'TICKET',
  'CALL',
  'OFFLINE_QUESTION',
  'KNOWLEDGE_BASE_QUESTION',
  'BOOKING',
  'REGISTRATION',
];

export const TIMELINE_PAGE_SIZE = 20;

/**
 * One customer's timeline as the api folds it (every chat, ticket, call, question, booking and
 * registration found through the customer's contact points and those of merged duplicates),
 * newest first, a page at a time, optionally of one kind. A newer load (another customer, another
 * kind, a reload after a change) makes any answer still on its way stale.
 */
export const useCustomerTimelineStore = defineStore('customer-timeline', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const customerId = ref<string | null>(null);
  const kind = ref<CustomerTimelineKind | null>(null);
  const entries = shallowRef<TimelineEntry[]>([]);
  const total = ref(0);
  const after = ref<string | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadingMore = ref(false);
  const failure = ref<Failure | null>(null);

  async function page(cursor: string | null) {
    return outcomeOf(
      connection.client
        .query(
          CustomerTimelineQuery,
          {
            id: customerId.value!,
            first: TIMELINE_PAGE_SIZE,
            after: cursor,
            kinds: kind.value ? [kind.value] : null,
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
  }

  /** The first page for this customer and kind (the entries shown stay until it arrives when only reloading). */
  async function load(id: string | null = customerId.value, only: CustomerTimelineKind | null = kind.value) {
    if (!id) return;
    const fresh = id !== customerId.value || only !== kind.value;
    customerId.value = id;
    kind.value = only;
    const ticket = requests.begin();
    loadingMore.value = false;
    if (fresh || state.value !== 'ready') {
      entries.value = [];
      state.value = 'loading';
    }
    const outcome = await page(null);
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok || !outcome.data.customer) {
      failure.value = outcome.ok ? { code: 'NOT_FOUND', reason: null } : outcome;
      state.value = 'error';
      return;
    }
    const timeline = outcome.data.customer.timeline;
    entries.value = timeline.entries;
    total.value = timeline.totalCount;
    after.value = timeline.pageInfo.hasNextPage ? (timeline.pageInfo.endCursor ?? null) : null;
    failure.value = null;
    state.value = 'ready';
  }

  async function more(): Promise<void> {
    const cursor = after.value;
    if (!cursor || loadingMore.value || state.value !== 'ready') return;
    const ticket = requests.begin();
    loadingMore.value = true;
    const outcome = await page(cursor);
    if (!requests.isLatest(ticket)) return;
    loadingMore.value = false;
    if (!outcome.ok || !outcome.data.customer) {
      failure.value = outcome.ok ? { code: 'NOT_FOUND', reason: null } : outcome;
      return;
    }
    const timeline = outcome.data.customer.timeline;
    const seen = new Set(entries.value.map((entry) => entry.id));
    entries.value = [...entries.value, ...timeline.entries.filter((entry) => !seen.has(entry.id))];
    total.value = timeline.totalCount;
    after.value = timeline.pageInfo.hasNextPage ? (timeline.pageInfo.endCursor ?? null) : null;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      customerId.value = null;
      entries.value = [];
      state.value = 'idle';
    },
  );

  return { customerId, kind, entries, total, after, state, loadingMore, failure, load, more };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { CustomerSearchQuery } from '../api/customers-operations';
import type { CustomerHitFieldsFragment, CustomerMatch } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

/** A customer found, with what the query matched (their name, a phone number, an email address or a serial). */
export type CustomerHit = CustomerHitFieldsFragment & { matchedBy: CustomerMatch };

export const SEARCH_PAGE_SIZE = 25;

/**
 * Customers found by what the agent typed: a name (any of the desk's languages), a phone number in
 * any format, an email address or a serial; the api decides which. The latest search wins, so a
 * slow answer to an earlier query never replaces a later one; "more" follows the cursor.
 */
export const useCustomerSearchStore = defineStore('customer-search', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const query = ref('');
  const hits = shallowRef<CustomerHit[]>([]);
  const total = ref(0);
  const after = ref<string | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);

  async function fetchPage(text: string, cursor: string | null) {
    return outcomeOf(
      connection.client
        .query(
          CustomerSearchQuery,
          { query: text, first: SEARCH_PAGE_SIZE, after: cursor },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
  }

  async function search(text: string): Promise<void> {
    const trimmed = text.trim();
    const ticket = requests.begin();
    query.value = trimmed;
    if (!trimmed) {
      hits.value = [];
      total.value = 0;
      after.value = null;
      state.value = 'idle';
      return;
    }
    state.value = 'loading';
    const outcome = await fetchPage(trimmed, null);
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      state.value = 'error';
      return;
    }
    const found = outcome.data.customers;
    hits.value = found.edges.map((edge) => ({ ...edge.node, matchedBy: edge.matchedBy }));
    total.value = found.totalCount;
    after.value = found.pageInfo.hasNextPage ? (found.pageInfo.endCursor ?? null) : null;
    failure.value = null;
    state.value = 'ready';
  }

  async function more(): Promise<void> {
    const cursor = after.value;
    if (!cursor || state.value !== 'ready') return;
    const ticket = requests.begin();
    const outcome = await fetchPage(query.value, cursor);
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      return;
    }
    const found = outcome.data.customers;
    const seen = new Set(hits.value.map((hit) => hit.id));
    hits.value = [
      ...hits.value,
      ...found.edges.map((edge) => ({ ...edge.node, matchedBy: edge.matchedBy })).filter((hit) => !seen.has(hit.id)),
    ];
    after.value = found.pageInfo.hasNextPage ? (found.pageInfo.endCursor ?? null) : null;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      query.value = '';
      hits.value = [];
      total.value = 0;
      after.value = null;
      state.value = 'idle';
    },
  );

  return { query, hits, total, after, state, failure, search, more };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type { FeedbackReportItemFieldsFragment as ReportItem } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { filterOf, type ReportChoice } from './report-filter';
import { FeedbackReportItemsQuery } from './report-operations';
import type { ReportNames } from './report-types';

export type { ReportItem };

export const ITEMS_PAGE_SIZE = 50;

/**
 * The items behind a figure (the drill-down): the exact source messages of one view, newest
 * first, 50 at a time with "more" on the cursor. A new view replaces the list; an answer for an
 * older view or page never lands on a newer one.
 */
export const useReportItemsStore = defineStore('feedback-report-items', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const items = shallowRef<ReportItem[]>([]);
  const names = shallowRef<ReportNames | null>(null);
  const total = ref(0);
  const after = ref<string | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const choice = shallowRef<ReportChoice | null>(null);

  async function read(wanted: ReportChoice, cursor: string | null): Promise<void> {
    const ticket = requests.begin();
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(
          FeedbackReportItemsQuery,
          { filter: filterOf(wanted), first: ITEMS_PAGE_SIZE, after: cursor },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      state.value = 'error';
      return;
    }
    const page = outcome.data.feedbackReportItems;
    items.value = cursor ? [...items.value, ...page.items] : page.items;
    total.value = page.total;
    after.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    names.value = { kinds: outcome.data.feedbackReportDefinition.kinds, products: outcome.data.feedbackReportProducts };
    failure.value = null;
    state.value = 'ready';
  }

  function load(wanted: ReportChoice): Promise<void> {
    choice.value = wanted;
    items.value = [];
    after.value = null;
    return read(wanted, null);
  }

  function more(): Promise<void> {
    return choice.value && after.value ? read(choice.value, after.value) : Promise.resolve();
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      items.value = [];
      choice.value = null;
      state.value = 'idle';
    },
  );

  return { items, names, total, after, state, failure, choice, load, more };
});

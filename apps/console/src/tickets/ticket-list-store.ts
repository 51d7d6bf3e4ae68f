import {
  createLatestRequest,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  BulkTicketChange,
  BulkUpdateTicketsMutation as BulkAnswer,
  TicketRowFieldsFragment as TicketRow,
  TicketViewsQuery as ViewsAnswer,
} from '../generated/graphql';
import {
  BulkUpdateTicketsMutation,
  DeleteTicketViewMutation,
  SaveTicketViewMutation,
  TicketsChangedSubscription,
  TicketsQuery,
  TicketViewsQuery,
} from '../api/tickets-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { defaultChoice, filterOf, placeRow, savedViewInput, type ListChoice, type SavedView } from './ticket-filter';

export const TICKET_PAGE_SIZE = 50;

type TicketViewCount = ViewsAnswer['ticketViewCounts'][number];
export type BulkTicketFailure = BulkAnswer['bulkUpdateTickets']['failed'][number];

/**
 * The ticket list: the chosen view (built-in or saved) with the agent's filters, search and
 * sort, a page at a time ("load more" follows the cursor); the views' counts for the sidebar;
 * pushed changes (`ticketsChanged`) placed live; a selection for bulk changes.
 */
export const useTicketListStore = defineStore('ticket-list', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const choice = ref<ListChoice>(defaultChoice());
  const rows = shallowRef<TicketRow[]>([]);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const totalCount = ref(0);
  const listState = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const listError = ref<ClientErrorCode | null>(null);
  const loadingMore = ref(false);
  const counts = ref<TicketViewCount[]>([]);
  const savedViews = ref<SavedView[]>([]);
  const selected = ref<Set<string>>(new Set());
  /** Tickets pushed since the list was read that the list does not show (a saved view or search may hold them). */
  const freshElsewhere = ref(0);

  const viewer = () => ({
    id: session.staff?.id ?? '',
    departmentIds: (session.staff?.departments ?? []).map((each) => each.id),
  });

  /** Grows with each fresh read, so a page that comes after it is dropped. */
  let generation = 0;

  async function load(): Promise<void> {
    const ticket = requests.begin();
    generation += 1;
    if (listState.value !== 'ready') listState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(
          TicketsQuery,
          { filter: filterOf(choice.value), sort: choice.value.sort, first: TICKET_PAGE_SIZE },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      listError.value = outcome.code;
      if (listState.value !== 'ready') listState.value = 'error';
      return;
    }
    const page = outcome.data.tickets;
    rows.value = page.edges.map((edge) => edge.node);
    endCursor.value = page.pageInfo.endCursor;
    hasNextPage.value = page.pageInfo.hasNextPage;
    totalCount.value = page.totalCount;
    listState.value = 'ready';
    listError.value = null;
    freshElsewhere.value = 0;
    selected.value = new Set([...selected.value].filter((id) => rows.value.some((row) => row.id === id)));
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loadingMore.value) return;
    const started = generation;
    loadingMore.value = true;
    const outcome = await outcomeOf(
      connection.client
        .query(
          TicketsQuery,
          { filter: filterOf(choice.value), sort: choice.value.sort, first: TICKET_PAGE_SIZE, after: endCursor.value },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );
    loadingMore.value = false;
    if (started !== generation) return;
    if (!outcome.ok) {
      listError.value = outcome.code;
      return;
    }
    const page = outcome.data.tickets;
    const known = new Set(rows.value.map((row) => row.id));
    rows.value = [...rows.value, ...page.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))];
    endCursor.value = page.pageInfo.endCursor;
    hasNextPage.value = page.pageInfo.hasNextPage;
    totalCount.value = page.totalCount;
  }

  async function loadViews(): Promise<void> {
    const outcome = await outcomeOf(
      connection.client.query(TicketViewsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) return;
    counts.value = outcome.data.ticketViewCounts;
    savedViews.value = outcome.data.savedTicketViews;
  }

  const countOf = (view: string) => counts.value.find((each) => each.view === view)?.count ?? null;

  function choose(next: Partial<ListChoice>): Promise<void> {
    choice.value = { ...choice.value, ...next };
    listState.value = 'loading';
    return load();
  }

  /** A ticket as it is now, placed in the list (see `placeRow`). */
  function place(row: TicketRow): void {
    const placed = placeRow(rows.value, row, choice.value, viewer(), Date.now(), hasNextPage.value);
    rows.value = placed.rows;
    totalCount.value += placed.added;
    if (placed.elsewhere) freshElsewhere.value += 1;
  }

  let countsTimer: ReturnType<typeof setTimeout> | undefined;
  function countsSoon(): void {
    clearTimeout(countsTimer);
    countsTimer = setTimeout(() => void loadViews(), 1_000);
  }

  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(TicketsChangedSubscription, {}),
      subscribe((result) => {
        if (!result.data) return;
        place(result.data.ticketsChanged.ticket);
        countsSoon();
      }),
    );
    void load();
    void loadViews();
    return [
      () => pushes.unsubscribe(),
      () => clearTimeout(countsTimer),
      connection.onLiveConnected(() => {
        void load();
        void loadViews();
      }),
    ];
  });

  function toggle(id: string): void {
    const next = new Set(selected.value);
    if (!next.delete(id)) next.add(id);
    selected.value = next;
  }
  const allSelected = computed(() => rows.value.length > 0 && rows.value.every((row) => selected.value.has(row.id)));
  function toggleAll(): void {
    selected.value = allSelected.value ? new Set() : new Set(rows.value.map((row) => row.id));
  }

  /** Applies the change to every selected ticket; the failures (each ticket on its own), or the whole call's. */
  async function bulk(change: BulkTicketChange): Promise<{ failed: BulkTicketFailure[] } | Failure> {
    const ticketIds = [...selected.value];
    const outcome = await outcomeOf(
      connection.client
        .mutation(BulkUpdateTicketsMutation, { ticketIds, change, commandId: newCommandId() })
        .toPromise(),
    );
    if (!outcome.ok) return outcome;
    for (const row of outcome.data.bulkUpdateTickets.updated) place(row);
    const failed = outcome.data.bulkUpdateTickets.failed;
    selected.value = new Set(failed.map((each) => each.ticketId));
    countsSoon();
    return { failed };
  }

  async function saveView(name: string, viewId: string | null = null): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client
        .mutation(SaveTicketViewMutation, {
          viewId,
          view: savedViewInput(name, choice.value),
          commandId: newCommandId(),
        })
        .toPromise(),
    );
    if (!outcome.ok) return outcome;
    const view = outcome.data.saveTicketView;
    savedViews.value = [...savedViews.value.filter((each) => each.id !== view.id), view];
    return null;
  }

  async function deleteView(viewId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client.mutation(DeleteTicketViewMutation, { viewId, commandId: newCommandId() }).toPromise(),
    );
    if (!outcome.ok && outcome.reason !== 'TICKET_VIEW_NOT_FOUND') return outcome;
    savedViews.value = savedViews.value.filter((each) => each.id !== viewId);
    if (choice.value.savedViewId === viewId) await choose({ savedViewId: null, view: 'MINE' });
    return null;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      generation += 1;
      rows.value = [];
      counts.value = [];
      savedViews.value = [];
      selected.value = new Set();
      listState.value = 'idle';
    },
  );

  return {
    choice,
    rows,
    hasNextPage,
    totalCount,
    listState,
    listError,
    loadingMore,
    counts,
    savedViews,
    selected,
    allSelected,
    freshElsewhere,
    load,
    loadMore,
    loadViews,
    countOf,
    choose,
    place,
    follow,
    toggle,
    toggleAll,
    bulk,
    saveView,
    deleteView,
  };
});

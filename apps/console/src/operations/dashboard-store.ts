import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure, type LocalizedText } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { DeskCalendarQuery } from '../api/supervisor-operations';
import type { OperationsDashboardFieldsFragment as Dashboard } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { OperationsDashboardQuery, OperationsRequesterTypesQuery } from './operations-queries';
import type { PeriodChoice } from './period';

/** While the figures are recomputed for new definitions, they are read again this often. */
export const REBUILD_RECHECK_MS = 1_000;

export type DashboardState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The operations dashboard over a chosen period (the page and the printed report read the same):
 * the desk's calendar once (its today, in the organisation's zone), then the figures; the latest
 * choice wins over a slower earlier one. Figures the api says are being recomputed are read again
 * until they are current.
 */
export const useOperationsDashboardStore = defineStore('operations-dashboard', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const calendar = shallowRef<{ timeZone: string; today: string } | null>(null);
  const dashboard = shallowRef<Dashboard | null>(null);
  const state = ref<DashboardState>('idle');
  const failure = ref<Failure | null>(null);
  /** The requester types' names (the tickets' settings), to name the groups; keys stand for themselves without them. */
  const requesterTypes = shallowRef<readonly { key: string; name: LocalizedText }[]>([]);
  let recheck: ReturnType<typeof setTimeout> | undefined;

  /** The desk's today (the organisation's zone) and the requester types' names, read once. */
  async function today(): Promise<string | null> {
    if (calendar.value) return calendar.value.today;
    const [known, types] = await Promise.all([
      outcomeOf(connection.client.query(DeskCalendarQuery, {}, { requestPolicy: 'network-only' }).toPromise()),
      outcomeOf(
        connection.client.query(OperationsRequesterTypesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
      ),
    ]);
    if (types.ok) requesterTypes.value = types.data.ticketSettings.requesterTypes;
    if (!known.ok) {
      failure.value = { code: known.code, reason: known.reason };
      state.value = 'error';
      return null;
    }
    calendar.value = known.data.deskCalendar;
    return calendar.value.today;
  }

  async function load(choice: PeriodChoice): Promise<void> {
    clearTimeout(recheck);
    const ticket = requests.begin();
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(OperationsDashboardQuery, { filter: { ...choice } }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = { code: outcome.code, reason: outcome.reason };
      state.value = 'error';
      return;
    }
    dashboard.value = outcome.data.operationsDashboard;
    failure.value = null;
    state.value = 'ready';
    if (dashboard.value.rebuilding) recheck = setTimeout(() => void load(choice), REBUILD_RECHECK_MS);
  }

  /** Stops reading again (the page closed). */
  function stop(): void {
    clearTimeout(recheck);
    requests.invalidate();
  }

  watch(
    () => session.token,
    () => {
      stop();
      calendar.value = null;
      requesterTypes.value = [];
      dashboard.value = null;
      failure.value = null;
      state.value = 'idle';
    },
  );

  return { calendar, dashboard, state, failure, requesterTypes, today, load, stop };
});

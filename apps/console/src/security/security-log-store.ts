import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type {
  SecurityLogEntryFieldsFragment as SecurityLogEntry,
  SecurityLogFilter,
  SecurityLogKind,
} from '../generated/graphql';
import { SecurityLogQuery } from '../api/security-operations';

export const SECURITY_LOG_PAGE_SIZE = 50;
/** The most entries one request of the export asks for (the api's page limit). */
const EXPORT_PAGE_SIZE = 500;
/** An export stops here, so a huge log cannot hold the browser. */
export const SECURITY_LOG_EXPORT_LIMIT = 20_000;

export interface SecurityLogFilters {
  person: string;
  kind: SecurityLogKind | '';
  fromDay: string;
  toDay: string;
  address: string;
}

export const emptyFilters = (): SecurityLogFilters => ({ person: '', kind: '', fromDay: '', toDay: '', address: '' });

function filterFor(filters: SecurityLogFilters): SecurityLogFilter {
  return {
    person: filters.person.trim() || null,
    kinds: filters.kind ? [filters.kind] : null,
    fromDay: filters.fromDay || null,
    toDay: filters.toDay || null,
    address: filters.address.trim() || null,
  };
}

/** The security log for admins: filtered, a page at a time, newest first; every matching entry for a CSV export. */
export const useSecurityLogStore = defineStore('security-log', () => {
  const connection = useGraphqlConnection();
  const requests = createLatestRequest();
  const filters = ref<SecurityLogFilters>(emptyFilters());
  const applied = shallowRef<SecurityLogFilters>(emptyFilters());
  const entries = shallowRef<SecurityLogEntry[]>([]);
  const total = ref(0);
  const offset = ref(0);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = shallowRef<Failure | null>(null);

  async function load(at = offset.value): Promise<void> {
    const ticket = requests.begin();
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(
          SecurityLogQuery,
          { filter: filterFor(applied.value), offset: at, first: SECURITY_LOG_PAGE_SIZE },
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
    entries.value = outcome.data.securityLog.entries;
    total.value = outcome.data.securityLog.total;
    offset.value = at;
    failure.value = null;
    state.value = 'ready';
  }

  function apply(): Promise<void> {
    applied.value = { ...filters.value };
    return load(0);
  }

  function clear(): Promise<void> {
    filters.value = emptyFilters();
    return apply();
  }

  const older = () => load(offset.value + SECURITY_LOG_PAGE_SIZE);
  const newer = () => load(Math.max(0, offset.value - SECURITY_LOG_PAGE_SIZE));

  /** Every entry matching the applied filters (up to the export limit), or why not. */
  async function everyEntry(): Promise<SecurityLogEntry[] | Failure> {
    const all: SecurityLogEntry[] = [];
    for (let at = 0; at < SECURITY_LOG_EXPORT_LIMIT; at += EXPORT_PAGE_SIZE) {
      const outcome = await outcomeOf(
        connection.client
          .query(
            SecurityLogQuery,
            { filter: filterFor(applied.value), offset: at, first: EXPORT_PAGE_SIZE },
            { requestPolicy: 'network-only' },
          )
          .toPromise(),
      );
      if (!outcome.ok) return outcome;
      all.push(...outcome.data.securityLog.entries);
      if (all.length >= outcome.data.securityLog.total || outcome.data.securityLog.entries.length === 0) break;
    }
    return all;
  }

  return { filters, applied, entries, total, offset, state, failure, load, apply, clear, older, newer, everyEntry };
});

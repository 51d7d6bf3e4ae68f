import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { FindAccountsQuery } from '../api/patrons-operations';
import type { PatronFoundFieldsFragment as FoundPatron } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type { FoundPatron };

/**
 * Finding an account at the desk by exact card number, email address or full name (the api
 * compares them normalised; nothing partial, so a name search never lists strangers). The latest
 * search wins; an answer to an older one is dropped.
 */
export const usePatronSearchStore = defineStore('patron-search', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const query = ref('');
  const searched = ref('');
  const found = shallowRef<FoundPatron[]>([]);
  const state = ref<'idle' | 'searching' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);

  async function search(text: string): Promise<void> {
    const wanted = text.trim();
    query.value = text;
    const ticket = requests.begin();
    if (!wanted) {
      found.value = [];
      searched.value = '';
      state.value = 'idle';
      return;
    }
    state.value = 'searching';
    failure.value = null;
    const outcome = await outcomeOf(
      connection.client.query(FindAccountsQuery, { query: wanted }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    searched.value = wanted;
    if (outcome.ok) {
      found.value = outcome.data.findAccounts;
      state.value = 'ready';
    } else {
      found.value = [];
      failure.value = { code: outcome.code, reason: outcome.reason };
      state.value = 'error';
    }
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      query.value = '';
      searched.value = '';
      found.value = [];
      state.value = 'idle';
    },
  );

  return { query, searched, found, state, failure, search };
});

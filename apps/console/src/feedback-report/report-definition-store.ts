import {
  createLatestRequest,
  isTransient,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type {
  ChangeFeedbackReportDefinitionInput,
  FeedbackReportDefinitionFieldsFragment as Definition,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { ChangeFeedbackReportDefinitionMutation, FeedbackReportDefinitionQuery } from './report-operations';

export type { Definition };
export type DefinitionChange = Omit<ChangeFeedbackReportDefinitionInput, 'commandId'>;

/**
 * The report's definition: the kind taxonomy, the sources that count, whether dismissed items
 * count. Admins save a new version based on the one they read; the api answers once the report
 * has been rebuilt under it. The same change sent again after a lost answer keeps its command id,
 * so it is written once; someone else's change in between is a conflict, and the new one is read.
 */
export const useReportDefinitionStore = defineStore('feedback-report-definition', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const definition = shallowRef<Definition | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const saving = ref(false);
  let pending: { content: string; commandId: string } | null = null;

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(FeedbackReportDefinitionQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    definition.value = outcome.data.feedbackReportDefinition;
    failure.value = null;
    state.value = 'ready';
  }

  async function save(change: DefinitionChange): Promise<{ ok: true } | { ok: false; failure: Failure }> {
    if (saving.value) return { ok: false, failure: { code: 'CONFLICT', reason: null } };
    const content = JSON.stringify(change);
    if (pending?.content !== content) pending = { content, commandId: newCommandId() };
    saving.value = true;
    const outcome = await outcomeOf(
      connection.client
        .mutation(ChangeFeedbackReportDefinitionMutation, { input: { ...change, commandId: pending.commandId } })
        .toPromise(),
    );
    saving.value = false;
    if (!outcome.ok) {
      const failed = { code: outcome.code, reason: outcome.reason };
      if (!isTransient(failed)) pending = null;
      // Someone else's version came first: show it.
      if (outcome.code === 'CONFLICT') await load();
      return { ok: false, failure: failed };
    }
    pending = null;
    requests.invalidate();
    definition.value = outcome.data.changeFeedbackReportDefinition;
    return { ok: true };
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      definition.value = null;
      state.value = 'idle';
    },
  );

  return { definition, state, failure, saving, load, save };
});

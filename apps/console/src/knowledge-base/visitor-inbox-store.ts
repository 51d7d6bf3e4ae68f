import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { VisitorInboxQuery } from '../api/knowledge-base-operations';
import type {
  KnowledgeBaseQuestionFieldsFragment as KnowledgeBaseQuestion,
  UnansweredSearchFieldsFragment as UnansweredSearch,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type InboxState = 'idle' | 'loading' | 'ready' | 'error';

/** How many of each the inbox shows (the api's most). */
export const INBOX_SIZE = 500;

/**
 * What visitors left in the public knowledge base: questions sent with "not answered? ask us"
 * (newest first) and searches that found nothing (with how often each was tried).
 */
export const useVisitorInboxStore = defineStore('visitor-inbox', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();

  const questions = shallowRef<KnowledgeBaseQuestion[]>([]);
  const searches = shallowRef<UnansweredSearch[]>([]);
  const state = ref<InboxState>('idle');
  const error = ref<ClientErrorCode | null>(null);

  /** Every time a search found nothing, over all the different searches. */
  const missedSearchCount = computed(() => searches.value.reduce((sum, search) => sum + search.count, 0));

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(connection.client.query(VisitorInboxQuery, { first: INBOX_SIZE }, { requestPolicy: 'network-only' }).toPromise());
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      questions.value = outcome.data.knowledgeBaseQuestions;
      searches.value = [...outcome.data.unansweredSearches].sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : -1));
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      questions.value = [];
      searches.value = [];
      state.value = 'idle';
      error.value = null;
    },
  );

  return { questions, searches, missedSearchCount, state, error, load };
});

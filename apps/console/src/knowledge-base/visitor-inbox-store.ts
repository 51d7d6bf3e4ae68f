import {
  createLatestRequest,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { AnswerKnowledgeBaseQuestionMutation, VisitorInboxQuery } from '../api/knowledge-base-operations';
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
 * (newest first) and searches that found nothing (with how often each was tried). A question
 * with an email address is answered from here: the api mails the answer through the outbox and
 * records it with the question. Its command id is kept until it succeeds, so a retry after a
 * network error is one answer.
 */
export const useVisitorInboxStore = defineStore('visitor-inbox', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();

  const questions = shallowRef<KnowledgeBaseQuestion[]>([]);
  const searches = shallowRef<UnansweredSearch[]>([]);
  const state = ref<InboxState>('idle');
  const error = ref<ClientErrorCode | null>(null);

  const answering = ref<string | null>(null);
  const answerFailure = ref<{ questionId: string; failure: Failure } | null>(null);
  const answerCommands = new Map<string, string>();

  /** Every time a search found nothing, over all the different searches. */
  const missedSearchCount = computed(() => searches.value.reduce((sum, search) => sum + search.count, 0));

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(VisitorInboxQuery, { first: INBOX_SIZE }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      questions.value = outcome.data.knowledgeBaseQuestions;
      searches.value = [...outcome.data.unansweredSearches].sort(
        (a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : -1),
      );
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  /** Mails the answer to the visitor; true once the question shows it. */
  async function answer(questionId: string, text: string): Promise<boolean> {
    if (text.trim().length === 0 || answering.value === questionId) return false;
    let commandId = answerCommands.get(questionId);
    if (!commandId) answerCommands.set(questionId, (commandId = newCommandId()));
    answering.value = questionId;
    answerFailure.value = null;
    const outcome = await outcomeOf(
      connection.client
        .mutation(AnswerKnowledgeBaseQuestionMutation, { id: questionId, answer: text, commandId })
        .toPromise(),
    );
    answering.value = null;
    if (!outcome.ok) {
      answerFailure.value = { questionId, failure: outcome };
      // Someone else answered it meanwhile: show theirs.
      if (outcome.reason === 'KB_QUESTION_ALREADY_ANSWERED') void load();
      return false;
    }
    answerCommands.delete(questionId);
    const answered = outcome.data.answerKnowledgeBaseQuestion;
    questions.value = questions.value.map((question) => (question.id === answered.id ? answered : question));
    return true;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      questions.value = [];
      searches.value = [];
      state.value = 'idle';
      error.value = null;
      answering.value = null;
      answerFailure.value = null;
      answerCommands.clear();
    },
  );

  return { questions, searches, missedSearchCount, state, error, answering, answerFailure, load, answer };
});

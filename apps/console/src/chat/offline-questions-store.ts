import { createLatestRequest, newCommandId, outcomeOf, useGraphqlConnection, type ClientErrorCode, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { OfflineQuestionFieldsFragment as OfflineQuestion } from '../generated/graphql';
import { AnswerOfflineQuestionMutation, OfflineQuestionsQuery } from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow, repeatEvery } from '../shared/following';

/** How often the list is read again while it is shown (questions are not pushed). */
export const QUESTIONS_REFRESH_MS = 30_000;

/**
 * Questions visitors left while nobody of their department was online, with their email:
 * waiting ones first, then the answered ones with who answered and when. An answer goes out by
 * email; its command id is kept until it succeeds, so a retry after a network error is one answer.
 */
export const useOfflineQuestionsStore = defineStore('offline-questions', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();

  const questions = shallowRef<OfflineQuestion[]>([]);
  const listState = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const listError = ref<ClientErrorCode | null>(null);
  const waiting = computed(() => questions.value.filter((question) => question.status === 'WAITING'));
  const answered = computed(() =>
    questions.value.filter((question) => question.status === 'ANSWERED').sort((a, b) => (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '')),
  );
  const selectedId = ref<string | null>(null);
  const selected = computed(() => questions.value.find((question) => question.id === selectedId.value) ?? null);
  const answering = ref<string | null>(null);
  const answerFailure = ref<{ questionId: string; failure: Failure } | null>(null);
  const answerCommands = new Map<string, string>();

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (listState.value !== 'ready') listState.value = 'loading';
    const outcome = await outcomeOf(connection.client.query(OfflineQuestionsQuery, { status: null }, { requestPolicy: 'network-only' }).toPromise());
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      questions.value = outcome.data.offlineQuestions;
      listState.value = 'ready';
      listError.value = null;
    } else {
      listError.value = outcome.code;
      if (listState.value !== 'ready') listState.value = 'error';
    }
  }

  function select(questionId: string | null): void {
    selectedId.value = questionId;
    if (answerFailure.value?.questionId !== questionId) answerFailure.value = null;
  }

  /** Mails the answer to the visitor; true once the question shows as answered. */
  async function answer(questionId: string, text: string): Promise<boolean> {
    if (text.trim().length === 0 || answering.value === questionId) return false;
    let commandId = answerCommands.get(questionId);
    if (!commandId) answerCommands.set(questionId, (commandId = newCommandId()));
    answering.value = questionId;
    answerFailure.value = null;
    const outcome = await outcomeOf(connection.client.mutation(AnswerOfflineQuestionMutation, { questionId, answer: text, commandId }).toPromise());
    answering.value = null;
    if (!outcome.ok) {
      answerFailure.value = { questionId, failure: outcome };
      // Someone else answered it: show who, from the list.
      if (outcome.reason === 'CHAT_QUESTION_ALREADY_ANSWERED') void load();
      return false;
    }
    answerCommands.delete(questionId);
    requests.invalidate();
    const updated = outcome.data.answerOfflineQuestion;
    questions.value = questions.value.some((question) => question.id === updated.id)
      ? questions.value.map((question) => (question.id === updated.id ? updated : question))
      : [...questions.value, updated];
    return true;
  }

  /** Keeps the list fresh while shown: now, every half minute, and after reconnections. */
  const follow = createSharedFollow(() => {
    void load();
    return [repeatEvery(QUESTIONS_REFRESH_MS, () => void load()), connection.onLiveConnected(() => void load())];
  });

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      questions.value = [];
      listState.value = 'idle';
      listError.value = null;
      selectedId.value = null;
      answering.value = null;
      answerFailure.value = null;
      answerCommands.clear();
    },
  );

  return { questions, waiting, answered, listState, listError, selectedId, selected, answering, answerFailure, load, select, answer, follow };
});

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
import type { OfflineQuestionFieldsFragment as OfflineQuestion } from '../generated/graphql';
import {
  AnswerOfflineQuestionMutation,
  OfflineQuestionChangedSubscription,
  OfflineQuestionsQuery,
} from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';

/** An answered question is newer than the same question waiting: a push never takes an answer back. */
const newer = (a: OfflineQuestion, b: OfflineQuestion) => (a.status === 'ANSWERED' && b.status === 'WAITING' ? a : b);

/**
 * Questions visitors left while nobody of their department was online, with their email:
 * waiting ones first, then the answered ones with who answered and when — loaded, then kept
 * current by the api's pushes (`offlineQuestionChanged`, for the member's departments), and read
 * again after the live socket reconnects. An answer goes out by email; its command id is kept
 * until it succeeds, so a retry after a network error is one answer.
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
    questions.value
      .filter((question) => question.status === 'ANSWERED')
      .sort((a, b) => (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '')),
  );
  const selectedId = ref<string | null>(null);
  const selected = computed(() => questions.value.find((question) => question.id === selectedId.value) ?? null);
  const answering = ref<string | null>(null);
  const answerFailure = ref<{ questionId: string; failure: Failure } | null>(null);
  const answerCommands = new Map<string, string>();
  /** Pushed while a load was on its way: applied over what the load brings, which may be older. */
  let pushedDuringLoad = new Map<string, OfflineQuestion>();

  /** The list with this question as it is now. */
  function upsert(list: OfflineQuestion[], question: OfflineQuestion): OfflineQuestion[] {
    const known = list.find((each) => each.id === question.id);
    if (!known) return [...list, question];
    const kept = newer(known, question);
    return list.map((each) => (each.id === question.id ? kept : each));
  }

  async function load(): Promise<void> {
    const ticket = requests.begin();
    pushedDuringLoad = new Map();
    if (listState.value !== 'ready') listState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(OfflineQuestionsQuery, { status: null }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      questions.value = [...pushedDuringLoad.values()].reduce(upsert, outcome.data.offlineQuestions);
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
    const outcome = await outcomeOf(
      connection.client.mutation(AnswerOfflineQuestionMutation, { questionId, answer: text, commandId }).toPromise(),
    );
    answering.value = null;
    if (!outcome.ok) {
      answerFailure.value = { questionId, failure: outcome };
      // Someone else answered it: show who, from the list.
      if (outcome.reason === 'CHAT_QUESTION_ALREADY_ANSWERED') void load();
      return false;
    }
    answerCommands.delete(questionId);
    requests.invalidate();
    questions.value = upsert(questions.value, outcome.data.answerOfflineQuestion);
    return true;
  }

  /** A question as it is now, from the api's push. */
  function received(question: OfflineQuestion): void {
    pushedDuringLoad.set(question.id, question);
    questions.value = upsert(questions.value, question);
  }

  /** Keeps the list current while shown: loaded now, then pushed; read again after reconnections. */
  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(OfflineQuestionChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) received(result.data.offlineQuestionChanged.question);
      }),
    );
    void load();
    return [() => pushes.unsubscribe(), connection.onLiveConnected(() => void load())];
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

  return {
    questions,
    waiting,
    answered,
    listState,
    listError,
    selectedId,
    selected,
    answering,
    answerFailure,
    load,
    select,
    answer,
    follow,
  };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type {
  AnswerFeedbackTopicInput,
  FeedbackTopicFieldsFragment as FeedbackTopic,
  ProductTeamFieldsFragment as ProductTeam,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createFeedbackCommands } from './feedback-commands';
import { useFeedbackLiveStore } from './feedback-live-store';
import { AnswerFeedbackTopicMutation, FeedbackTopicQuery, ForwardFeedbackTopicMutation } from './feedback-operations';
import { RenameFeedbackTopicMutation } from './feedback-staff-operations';
import { ProductTeamsQuery } from './product-team-operations';

export type { FeedbackTopic, ProductTeam };

const RELOAD_AFTER_MS = 300;

/**
 * One topic's page: its items with their deliveries, the team it went to and the team's answers;
 * forwarded by the support unit, answered by the team. Read again after a push about it (the
 * loop back records deliveries one by one) and after every reconnection.
 */
export const useFeedbackTopicStore = defineStore('feedback-topic', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const live = useFeedbackLiveStore();
  const requests = createLatestRequest();
  const commands = createFeedbackCommands();
  const topicId = ref<string | null>(null);
  const topic = shallowRef<FeedbackTopic | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'missing' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const teams = shallowRef<ProductTeam[]>([]);
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function load(): Promise<void> {
    const id = topicId.value;
    if (!id) return;
    const ticket = requests.begin();
    if (topic.value?.id !== id) state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(FeedbackTopicQuery, { id }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (topic.value?.id !== id) state.value = outcome.code === 'NOT_FOUND' ? 'missing' : 'error';
      return;
    }
    topic.value = outcome.data.feedbackTopic ?? null;
    state.value = topic.value ? 'ready' : 'missing';
    failure.value = null;
  }

  async function loadTeams(): Promise<void> {
    const outcome = await outcomeOf(
      connection.client.query(ProductTeamsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (outcome.ok) teams.value = outcome.data.productTeams;
  }

  function show(id: string): void {
    if (topicId.value !== id) topic.value = null;
    topicId.value = id;
    void load();
  }

  function place(changed: FeedbackTopic): void {
    requests.invalidate();
    topic.value = changed;
    state.value = 'ready';
  }

  async function forward(teamId: string | null): Promise<boolean> {
    const current = topic.value;
    if (!current) return false;
    const changed = await commands.run(
      'forward',
      `${current.id}|${teamId ?? ''}`,
      (commandId) =>
        connection.client
          .mutation(ForwardFeedbackTopicMutation, { topicId: current.id, teamId, commandId })
          .toPromise(),
      (data) => data.forwardFeedbackTopic,
    );
    if (changed) place(changed);
    return changed !== null;
  }

  async function answer(input: AnswerFeedbackTopicInput): Promise<boolean> {
    const current = topic.value;
    if (!current) return false;
    const changed = await commands.run(
      'answer',
      `${current.id}|${JSON.stringify(input)}`,
      (commandId) =>
        connection.client.mutation(AnswerFeedbackTopicMutation, { topicId: current.id, input, commandId }).toPromise(),
      (data) => data.answerFeedbackTopic,
    );
    if (changed) place(changed);
    return changed !== null;
  }

  async function rename(title: string): Promise<boolean> {
    const current = topic.value;
    if (!current) return false;
    const changed = await commands.run(
      'rename',
      `${current.id}|${title}`,
      (commandId) =>
        connection.client.mutation(RenameFeedbackTopicMutation, { topicId: current.id, title, commandId }).toPromise(),
      (data) => data.renameFeedbackTopic,
    );
    if (changed) place(changed);
    return changed !== null;
  }

  function reloadSoon(): void {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void load();
    }, RELOAD_AFTER_MS);
  }

  function follow(): () => void {
    const stop = live.listen((change) => {
      const current = topicId.value;
      const mine = topic.value?.items.some((item) => item.id === change?.itemId) ?? false;
      if (change === null || change.topicId === current || mine) reloadSoon();
    });
    return () => {
      stop();
      if (reloadTimer) clearTimeout(reloadTimer);
      reloadTimer = null;
    };
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      topic.value = null;
      topicId.value = null;
      state.value = 'idle';
    },
  );

  return {
    topic,
    state,
    failure,
    teams,
    busy: commands.busy,
    failed: commands.failed,
    show,
    load,
    loadTeams,
    forward,
    answer,
    rename,
    follow,
  };
});

import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  ChatOverviewFieldsFragment as ChatOverview,
  DailyChatFiguresFieldsFragment as DailyChatFigures,
} from '../generated/graphql';
import { ChatQueueChangedSubscription } from '../api/chat-operations';
import { ChatDailyFiguresQuery, ChatOverviewQuery } from '../api/supervisor-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow, repeatEvery } from '../shared/following';

/** The overview is read again this often while shown (active chats and loads are not pushed)… */
export const OVERVIEW_REFRESH_MS = 15_000;
/** …and a moment after each queue push, once a burst of pushes is over. */
export const OVERVIEW_AFTER_PUSH_MS = 300;
export const FIGURES_REFRESH_MS = 60_000;
export const FIGURE_DAYS = 7;

const DAY_MS = 86_400_000;
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * What a supervisor watches: every waiting and active chat, each agent's load, and the figures
 * of today and the last seven days (UTC days, as the api counts them).
 */
export const useSupervisorStore = defineStore('supervisor', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const overviewRequests = createLatestRequest();
  const figureRequests = createLatestRequest();

  const overview = shallowRef<ChatOverview | null>(null);
  const overviewError = ref<ClientErrorCode | null>(null);
  const figures = shallowRef<DailyChatFigures[]>([]);
  const figuresError = ref<ClientErrorCode | null>(null);
  const today = computed(() => figures.value.at(-1) ?? null);
  const week = computed(() => {
    const sum = (pick: (day: DailyChatFigures) => number) => figures.value.reduce((total, day) => total + pick(day), 0);
    return {
      chatsStarted: sum((day) => day.chatsStarted),
      chatsAnswered: sum((day) => day.chatsAnswered),
      chatsMissed: sum((day) => day.chatsMissed),
      offlineQuestions: sum((day) => day.offlineQuestions),
      offlineQuestionsAnswered: sum((day) => day.offlineQuestionsAnswered),
    };
  });

  async function loadOverview(): Promise<void> {
    const ticket = overviewRequests.begin();
    const outcome = await outcomeOf(connection.client.query(ChatOverviewQuery, {}, { requestPolicy: 'network-only' }).toPromise());
    if (!overviewRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      overview.value = outcome.data.chatOverview;
      overviewError.value = null;
    } else overviewError.value = outcome.code;
  }

  /** Figures from `FIGURE_DAYS - 1` days before `now` to its day. */
  async function loadFigures(now = Date.now()): Promise<void> {
    const ticket = figureRequests.begin();
    const variables = { from: utcDay(now - (FIGURE_DAYS - 1) * DAY_MS), to: utcDay(now) };
    const outcome = await outcomeOf(connection.client.query(ChatDailyFiguresQuery, variables, { requestPolicy: 'network-only' }).toPromise());
    if (!figureRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      figures.value = outcome.data.chatDailyFigures;
      figuresError.value = null;
    } else figuresError.value = outcome.code;
  }

  /** Keeps everything fresh while the page is shown; returns the function that stops. */
  const follow = createSharedFollow(() => {
    let afterPush: ReturnType<typeof setTimeout> | undefined;
    const pushes = pipe(
      connection.client.subscription(ChatQueueChangedSubscription, {}),
      subscribe((result) => {
        if (!result.data) return;
        clearTimeout(afterPush);
        afterPush = setTimeout(() => void loadOverview(), OVERVIEW_AFTER_PUSH_MS);
      }),
    );
    void loadOverview();
    void loadFigures();
    return [
      () => pushes.unsubscribe(),
      () => clearTimeout(afterPush),
      repeatEvery(OVERVIEW_REFRESH_MS, () => void loadOverview()),
      repeatEvery(FIGURES_REFRESH_MS, () => void loadFigures()),
      connection.onLiveConnected(() => void loadOverview()),
    ];
  });

  watch(
    () => session.token,
    () => {
      overviewRequests.invalidate();
      figureRequests.invalidate();
      overview.value = null;
      overviewError.value = null;
      figures.value = [];
      figuresError.value = null;
    },
  );

  return { overview, overviewError, figures, figuresError, today, week, loadOverview, loadFigures, follow };
});

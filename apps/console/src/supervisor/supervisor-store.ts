import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  AgentChatFiguresFieldsFragment as AgentChatFigures,
  ChatOverviewFieldsFragment as ChatOverview,
  DailyChatFiguresFieldsFragment as DailyChatFigures,
} from '../generated/graphql';
import {
  ChatAgentFiguresQuery,
  ChatDailyFiguresQuery,
  ChatFiguresChangedSubscription,
  ChatOverviewChangedSubscription,
  ChatOverviewQuery,
  DeskCalendarQuery,
} from '../api/supervisor-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { shiftDay } from './figure-days';

/** The figures are read again this long after the last push that says a day of theirs changed (a burst is one read). */
export const FIGURES_AFTER_PUSH_MS = 300;
/** The longest period the page shows; the shorter one is its tail. */
export const FIGURE_DAYS = 30;
export const SHORT_FIGURE_DAYS = 7;

const sumOf = (days: readonly DailyChatFigures[]) => {
  const sum = (pick: (day: DailyChatFigures) => number) => days.reduce((total, day) => total + pick(day), 0);
  return {
    chatsStarted: sum((day) => day.chatsStarted),
    chatsAnswered: sum((day) => day.chatsAnswered),
    chatsMissed: sum((day) => day.chatsMissed),
    chatsAbandoned: sum((day) => day.chatsAbandoned),
    offlineQuestions: sum((day) => day.offlineQuestions),
    offlineQuestionsAnswered: sum((day) => day.offlineQuestionsAnswered),
  };
};

/**
 * What a supervisor watches: every waiting and active chat and each agent's load (pushed by the
 * api as they change), and the figures of the last 30 days — days in the organisation's time
 * zone, as the api's calendar says — read again when the api says a day of theirs changed.
 */
export const useSupervisorStore = defineStore('supervisor', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const overviewRequests = createLatestRequest();
  const figureRequests = createLatestRequest();

  const overview = shallowRef<ChatOverview | null>(null);
  const overviewError = ref<ClientErrorCode | null>(null);
  const calendar = shallowRef<{ timeZone: string; today: string } | null>(null);
  const figures = shallowRef<DailyChatFigures[]>([]);
  const agentFigures = shallowRef<AgentChatFigures[]>([]);
  const figuresError = ref<ClientErrorCode | null>(null);
  const today = computed(() => figures.value.at(-1) ?? null);
  const lastWeek = computed(() => figures.value.slice(-SHORT_FIGURE_DAYS));
  const week = computed(() => sumOf(lastWeek.value));

  async function loadOverview(): Promise<void> {
    const ticket = overviewRequests.begin();
    const outcome = await outcomeOf(
      connection.client.query(ChatOverviewQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!overviewRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      overview.value = outcome.data.chatOverview;
      overviewError.value = null;
    } else overviewError.value = outcome.code;
  }

  /** The desk's calendar, then the 30 days up to its today, per day and per agent. */
  async function loadFigures(): Promise<void> {
    const ticket = figureRequests.begin();
    const known = await outcomeOf(
      connection.client.query(DeskCalendarQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!figureRequests.isLatest(ticket)) return;
    if (!known.ok) {
      figuresError.value = known.code;
      return;
    }
    calendar.value = known.data.deskCalendar;
    const variables = {
      from: shiftDay(known.data.deskCalendar.today, -(FIGURE_DAYS - 1)),
      to: known.data.deskCalendar.today,
    };
    const [daily, agents] = await Promise.all([
      outcomeOf(
        connection.client.query(ChatDailyFiguresQuery, variables, { requestPolicy: 'network-only' }).toPromise(),
      ),
      outcomeOf(
        connection.client.query(ChatAgentFiguresQuery, variables, { requestPolicy: 'network-only' }).toPromise(),
      ),
    ]);
    if (!figureRequests.isLatest(ticket)) return;
    if (daily.ok) figures.value = daily.data.chatDailyFigures;
    if (agents.ok) agentFigures.value = agents.data.chatAgentFigures;
    figuresError.value = daily.ok ? (agents.ok ? null : agents.code) : daily.code;
  }

  /** Keeps everything current while the page is shown, from the api's pushes; returns the function that stops. */
  const follow = createSharedFollow(() => {
    let afterPush: ReturnType<typeof setTimeout> | undefined;
    const overviews = pipe(
      connection.client.subscription(ChatOverviewChangedSubscription, {}),
      subscribe((result) => {
        if (!result.data) return;
        overviewRequests.invalidate();
        overview.value = result.data.chatOverviewChanged;
        overviewError.value = null;
      }),
    );
    const days = pipe(
      connection.client.subscription(ChatFiguresChangedSubscription, {}),
      subscribe((result) => {
        const day = result.data?.chatFiguresChanged;
        // A day shown changed, or a new day began.
        if (!day || (calendar.value && day < shiftDay(calendar.value.today, -(FIGURE_DAYS - 1)))) return;
        clearTimeout(afterPush);
        afterPush = setTimeout(() => void loadFigures(), FIGURES_AFTER_PUSH_MS);
      }),
    );
    void loadOverview();
    void loadFigures();
    return [
      () => overviews.unsubscribe(),
      () => days.unsubscribe(),
      () => clearTimeout(afterPush),
      connection.onLiveConnected(() => {
        void loadOverview();
        void loadFigures();
      }),
    ];
  });

  watch(
    () => session.token,
    () => {
      overviewRequests.invalidate();
      figureRequests.invalidate();
      overview.value = null;
      overviewError.value = null;
      calendar.value = null;
      figures.value = [];
      agentFigures.value = [];
      figuresError.value = null;
    },
  );

  return {
    overview,
    overviewError,
    calendar,
    figures,
    agentFigures,
    figuresError,
    today,
    lastWeek,
    week,
    loadOverview,
    loadFigures,
    follow,
  };
});

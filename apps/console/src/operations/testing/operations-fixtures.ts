import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type {
  OperationsDashboardFieldsFragment as Dashboard,
  OperationsSettingsFieldsFragment as Settings,
  Role,
} from '../../generated/graphql';
import { useSessionStore } from '../../session/session-store';
import { createConsoleHarness, staffMember } from '../../testing/console-harness';
import { stubPage } from '../../testing/mount-section';
import { operationsRoutes } from '../operations-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../OperationsDashboardPage.vue';
import '../OperationsReportPage.vue';
import '../OperationsSettingsPage.vue';

const zero = { count: 0, averageMinutes: null, withTarget: 0, met: 0, breached: 0, metRate: null };
const volumes = (calls: number, tickets: number) => ({
  received: calls + tickets,
  answered: calls + tickets - 1,
  byChannel: [
    { channel: 'INBOUND_CALL' as const, received: calls, answered: calls - 1 },
    { channel: 'TICKET' as const, received: tickets, answered: tickets },
    { channel: 'CHAT' as const, received: 0, answered: 0 },
  ],
});
const staffing = (agents: number) => ({
  agentsOnline: agents,
  personHours: agents * 7.5,
  personDays: agents,
  handlingHours: agents * 2,
  occupancy: 0.2667,
});
const levels = (calls: number) => ({
  callsOffered: calls,
  callsAnswered: calls - 1,
  callsAbandoned: 1,
  answerRate: (calls - 1) / calls,
  serviceLevel: 0.5,
  averageWaitSeconds: 24,
});

/** Two days of a fair in Tehran: 1,204 calls in and 30 tickets, by day. */
export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    from: '2026-03-01',
    to: '2026-03-02',
    granularity: 'DAY',
    timeZone: 'Asia/Tehran',
    settingsVersion: 0,
    rebuilding: false,
    volumes: {
      ...volumes(1204, 30),
      byRequesterType: [
        { requesterType: 'publisher', received: 1100, answered: 1099 },
        { requesterType: 'unknown', received: 134, answered: 134 },
      ],
      matrix: [
        { channel: 'INBOUND_CALL', requesterType: 'publisher', received: 1100, answered: 1099 },
        { channel: 'INBOUND_CALL', requesterType: 'unknown', received: 104, answered: 104 },
        { channel: 'TICKET', requesterType: 'unknown', received: 30, answered: 30 },
      ],
    },
    staffing: staffing(12),
    serviceLevels: {
      ...levels(1204),
      serviceLevelSeconds: 20,
      answeredWithinTarget: 602,
      p90WaitSeconds: 60,
      chatsRequested: 0,
      chatsAccepted: 0,
      chatsAbandoned: 0,
      averageChatWaitSeconds: null,
      firstResponse: { ...zero, count: 30, averageMinutes: 42, withTarget: 30, met: 27, breached: 3, metRate: 0.9 },
      resolution: zero,
    },
    buckets: [
      ['2026-03-01', 604, 10, 5],
      ['2026-03-02', 600, 20, 7],
    ].map(([day, calls, tickets, agents]) => ({
      key: String(day),
      day: String(day),
      hour: null,
      shift: null,
      start: `${String(day)}T00:00:00.000Z`,
      end: `${String(day)}T23:59:59.000Z`,
      backlog: 3,
      queuePeak: 4,
      volumes: volumes(Number(calls), Number(tickets)),
      staffing: staffing(Number(agents)),
      serviceLevels: levels(Number(calls)),
    })),
    backlog: [{ key: '2026-03-01', at: '2026-03-01T20:30:00.000Z', open: 3 }],
    peak: {
      at: '2026-03-01T07:00:00.000Z',
      waiting: 4,
      agentsOnline: [
        { id: 'a1', name: 'Maryam Rezaei' },
        { id: 'a2', name: 'Ali Hosseini' },
      ],
    },
    shifts: [
      {
        key: 'morning',
        name: { fa: 'نوبت صبح', en: 'Morning shift', ja: '早番', vi: 'Ca sáng' },
        start: '08:00',
        end: '16:00',
      },
      {
        key: 'evening',
        name: { fa: 'نوبت عصر', en: 'Evening shift', ja: '遅番', vi: 'Ca chiều' },
        start: '16:00',
        end: '24:00',
      },
    ],
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    version: 0,
    shifts: dashboard().shifts,
    answeredMinTalkSeconds: 0,
    serviceLevelSeconds: 20,
    requesterTypes: [],
    knownRequesterTypes: ['publisher', 'buyer'],
    updatedAt: null,
    rebuild: { state: 'CURRENT', version: 0, finishedAt: null, durationMs: null, eventsReplayed: null },
    ...overrides,
  };
}

export const REQUESTER_TYPES = [
  { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
  { key: 'buyer', name: { fa: 'خریدار', en: 'Buyer', ja: '購入者', vi: 'Người mua' } },
];

/**
 * The operations pages on their own router, signed in with `roles`, at `path` (not attached to a
 * document, so the charts are not drawn: their tables hold the same figures).
 */
export async function mountOperations(
  path: string,
  resolvers: Record<string, FakeResolver>,
  options: { locale?: string; roles?: Role[] } = {},
) {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({
        data: { signIn: { token: 'tok', staff: staffMember({ roles: options.roles ?? ['SUPERVISOR'] }) } },
      }),
      DeskCalendar: () => ({ data: { deskCalendar: { timeZone: 'Asia/Tehran', today: '2026-03-02' } } }),
      OperationsRequesterTypes: () => ({ data: { ticketSettings: { requesterTypes: REQUESTER_TYPES } } }),
      ...resolvers,
    },
    { locale: options.locale },
  );
  await useSessionStore(harness.pinia).signIn('yuki', 'right');
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', name: 'home', component: stubPage('start page') },
      ...operationsRoutes().map((route) => ({ ...route, path: `/${route.path}` })),
    ],
  });
  await router.push(path);
  await router.isReady();
  const frame = defineComponent(() => () => h('main', h(RouterView)));
  const wrapper = mount(frame, { global: { plugins: [harness.plugin, router] } });
  await flushPromises();
  await flushPromises();
  return { ...harness, wrapper, router };
}

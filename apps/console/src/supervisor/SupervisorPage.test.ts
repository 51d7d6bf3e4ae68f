import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ChatOverviewFieldsFragment as ChatOverview,
  DailyChatFiguresFieldsFragment as DailyChatFigures,
} from '../generated/graphql';
import { LAW, LETTERS, chatSummary, signedInDesk } from '../chat/testing/desk-fixtures';
import SupervisorPage from './SupervisorPage.vue';
import { FIGURES_AFTER_PUSH_MS, useSupervisorStore } from './supervisor-store';

afterEach(() => vi.useRealTimers());

const overview: ChatOverview = {
  waiting: [chatSummary({ id: 'c1', waitingSince: '2026-03-21T08:00:00.000Z' })],
  active: [
    chatSummary({
      id: 'c2',
      status: 'ACTIVE',
      departmentId: LAW.id,
      visitor: { name: 'Minh', email: null },
      agent: { id: 'agent-2', name: 'Yuki Tanaka' },
      acceptedAt: '2026-03-21T07:50:00.000Z',
    }),
  ],
  agents: [
    {
      agent: { id: 'agent-2', name: 'Yuki Tanaka' },
      online: true,
      departmentIds: [LETTERS.id, LAW.id],
      activeChats: 1,
    },
    { agent: { id: 'agent-1', name: 'Sara Ahmadi' }, online: true, departmentIds: [LETTERS.id], activeChats: 0 },
  ],
};

const day = (date: string, started: number): DailyChatFigures => ({
  day: date,
  chatsStarted: started,
  chatsAnswered: started - 1,
  chatsMissed: 1,
  offlineQuestions: 2,
  offlineQuestionsAnswered: 1,
  medianWaitSeconds: 42,
  medianFirstResponseSeconds: 95.5,
  chatsAbandoned: 1,
  ratings: 2,
  averageRating: 4.5,
  goodRatingShare: 1,
});
/** 30 days up to the desk's today (Tehran), the last seven with 2 to 8 chats started. */
const days = Array.from({ length: 30 }, (_, index) =>
  new Date(Date.parse('2026-02-20T12:00:00Z') + index * 86_400_000).toISOString().slice(0, 10),
).map((date, index) => day(date, index < 23 ? 1 : index - 21));

async function mountPage(locale = 'en') {
  const harness = await signedInDesk(
    {
      ChatOverview: () => ({ data: { chatOverview: overview } }),
      ChatDailyFigures: () => ({ data: { chatDailyFigures: days } }),
      DeskCalendar: () => ({ data: { deskCalendar: { timeZone: 'Asia/Tehran', today: '2026-03-21' } } }),
      ChatAgentFigures: () => ({
        data: {
          chatAgentFigures: [
            {
              agent: { id: 'agent-2', name: 'Yuki Tanaka' },
              chatsAnswered: 12,
              ratings: 4,
              averageRating: 4.25,
              goodRatingShare: 0.75,
            },
          ],
        },
      }),
      SavedReplies: () => ({ data: { savedReplies: [] } }),
    },
    { locale, staff: { roles: ['SUPERVISOR'] } },
  );
  const wrapper = mount(SupervisorPage, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { ...harness, wrapper };
}

describe('SupervisorPage', () => {
  it('shows the waiting and active chats and each agent’s load', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.findAll('[data-test="supervisor-waiting-row"]').map((row) => row.text())).toEqual([
      expect.stringContaining('Reza Karimi'),
    ]);
    const active = wrapper.get('[data-test="supervisor-active-row"]').text();
    expect(active).toContain('Minh');
    expect(active).toContain('Law');
    expect(active).toContain('Yuki Tanaka');
    const agents = wrapper.findAll('[data-test="supervisor-agent-row"]');
    expect(agents.map((row) => row.get('[data-test="supervisor-agent-load"]').text())).toEqual([
      'one chat',
      'no chats',
    ]);
    expect(agents[0]!.text()).toContain('Letters and Law');
  });

  it('asks for the 30 days up to the desk’s today and shows today’s figures and the week’s totals', async () => {
    const { wrapper, fake } = await mountPage();
    expect(fake.calls.find((call) => call.name === 'ChatDailyFigures')!.variables).toEqual({
      from: '2026-02-20',
      to: '2026-03-21',
    });
    expect(fake.calls.find((call) => call.name === 'ChatAgentFigures')!.variables).toEqual({
      from: '2026-02-20',
      to: '2026-03-21',
    });
    const today = wrapper.get('[data-test="supervisor-today"]').text();
    expect(today).toContain('Chats started8');
    expect(today).toContain('Median wait42 sec');
    expect(today).toContain('Median first response1 min 35 sec');
    const table = wrapper.get('[data-test="supervisor-days"]');
    expect(table.findAll('tbody tr')).toHaveLength(7);
    expect(table.get('tfoot').text()).toContain(String(2 + 3 + 4 + 5 + 6 + 7 + 8));
  });

  it('shows the overview the api pushes, and reads the figures once again after a burst of pushes about a day shown', async () => {
    const { fake, pinia, wrapper } = await mountPage();
    const reads = (name: string) => fake.calls.filter((call) => call.name === name).length;
    expect(reads('ChatOverview')).toBe(1);
    fake.push('ChatOverviewChanged', { chatOverviewChanged: { ...overview, waiting: [] } });
    await flushPromises();
    expect(useSupervisorStore(pinia).overview!.waiting).toEqual([]);
    expect(wrapper.findAll('[data-test="supervisor-waiting-row"]')).toHaveLength(0);
    expect(reads('ChatOverview')).toBe(1);

    fake.push('ChatFiguresChanged', { chatFiguresChanged: '2026-03-21' });
    fake.push('ChatFiguresChanged', { chatFiguresChanged: '2026-03-21' });
    fake.push('ChatFiguresChanged', { chatFiguresChanged: '2025-01-01' });
    await new Promise((resolve) => setTimeout(resolve, FIGURES_AFTER_PUSH_MS + 100));
    await flushPromises();
    expect(reads('ChatDailyFigures')).toBe(2);
    wrapper.unmount();
    expect(fake.openSubscriptions('ChatOverviewChanged')).toBe(0);
  });

  it('draws the last 7 or 30 days as charts, each with its table and a CSV, and the ratings per agent', async () => {
    const { wrapper } = await mountPage();
    const chats = wrapper.get('[data-test="supervisor-chart-chats"]');
    expect(chats.get('[role="img"]').attributes('aria-label')).toBe('Chats per day');
    expect(chats.findAll('tbody tr')).toHaveLength(7);
    expect(chats.get('thead').text()).toContain('Visitor left');
    await wrapper.get('[data-test="supervisor-period-30"]').setValue(true);
    expect(wrapper.get('[data-test="supervisor-table-chats"]').findAll('tbody tr')).toHaveLength(30);
    expect(wrapper.get('[data-test="supervisor-table-ratings"]').text()).toContain('4.5');
    const agents = wrapper.get('[data-test="supervisor-agent-ratings"]').text();
    expect(agents).toContain('Yuki Tanaka');
    expect(agents).toContain('4.25 of 5');
    expect(agents).toContain('75%');
    expect(wrapper.text()).toContain('Asia/Tehran');

    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:figures');
    URL.revokeObjectURL = () => undefined;
    await wrapper.get('[data-test="supervisor-csv-chats"]').trigger('click');
    URL.createObjectURL = createObjectURL;
    const csv = await saved[0]!.text();
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDay,Chats started,Answered,Missed,Visitor left');
    expect(csv).toContain('2026-03-21,8,7,1,1');
  });

  it('writes figures with Persian digits in Persian', async () => {
    const { wrapper } = await mountPage('fa');
    expect(wrapper.get('[data-test="supervisor-today"]').text()).toMatch(/۸/);
    expect(wrapper.get('[data-test="supervisor-today"]').text()).not.toMatch(/[0-9]/);
    expect(wrapper.get('[data-test="supervisor-table-chats"]').text()).not.toMatch(/[0-9]/);
    expect(wrapper.get('[data-test="supervisor-agent-ratings"]').text()).toContain('۴٫۲۵ از ۵');
  });
});

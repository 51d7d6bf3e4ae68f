import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ChatOverviewFieldsFragment as ChatOverview,
  DailyChatFiguresFieldsFragment as DailyChatFigures,
} from '../generated/graphql';
import { LAW, LETTERS, chatSummary, signedInDesk } from '../chat/testing/desk-fixtures';
import SupervisorPage from './SupervisorPage.vue';
import { OVERVIEW_AFTER_PUSH_MS, useSupervisorStore } from './supervisor-store';

afterEach(() => vi.useRealTimers());

const overview: ChatOverview = {
  waiting: [chatSummary({ id: 'c1', waitingSince: '2026-03-21T08:00:00.000Z' })],
  active: [chatSummary({ id: 'c2', status: 'ACTIVE', departmentId: LAW.id, visitor: { name: 'Minh', email: null }, agent: { id: 'agent-2', name: 'Yuki Tanaka' }, acceptedAt: '2026-03-21T07:50:00.000Z' })],
  agents: [
    { agent: { id: 'agent-2', name: 'Yuki Tanaka' }, online: true, departmentIds: [LETTERS.id, LAW.id], activeChats: 1 },
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
});
const days = ['2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21'].map((date, index) => day(date, index + 2));

async function mountPage(locale = 'en') {
  const harness = await signedInDesk(
    {
      ChatOverview: () => ({ data: { chatOverview: overview } }),
      ChatDailyFigures: () => ({ data: { chatDailyFigures: days } }),
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
    expect(wrapper.findAll('[data-test="supervisor-waiting-row"]').map((row) => row.text())).toEqual([expect.stringContaining('Reza Karimi')]);
    const active = wrapper.get('[data-test="supervisor-active-row"]').text();
    expect(active).toContain('Minh');
    expect(active).toContain('Law');
    expect(active).toContain('Yuki Tanaka');
    const agents = wrapper.findAll('[data-test="supervisor-agent-row"]');
    expect(agents.map((row) => row.get('[data-test="supervisor-agent-load"]').text())).toEqual(['one chat', 'no chats']);
    expect(agents[0]!.text()).toContain('Letters and Law');
  });

  it('asks for the last seven days and shows today’s figures and the week’s totals', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-21T12:00:00.000Z'), shouldAdvanceTime: true });
    const { wrapper, fake } = await mountPage();
    expect(fake.calls.find((call) => call.name === 'ChatDailyFigures')!.variables).toEqual({ from: '2026-03-15', to: '2026-03-21' });
    const today = wrapper.get('[data-test="supervisor-today"]').text();
    expect(today).toContain('Chats started8');
    expect(today).toContain('Median wait42 sec');
    expect(today).toContain('Median first response1 min 35 sec');
    const table = wrapper.get('[data-test="supervisor-days"]');
    expect(table.findAll('tbody tr')).toHaveLength(7);
    expect(table.get('tfoot').text()).toContain(String(2 + 3 + 4 + 5 + 6 + 7 + 8));
  });

  it('reads the overview again shortly after the queue changes', async () => {
    const { fake, pinia, wrapper } = await mountPage();
    const reads = () => fake.calls.filter((call) => call.name === 'ChatOverview').length;
    expect(reads()).toBe(1);
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: LETTERS.id, chats: [] } });
    fake.push('ChatQueueChanged', { chatQueueChanged: { departmentId: LAW.id, chats: [] } });
    await new Promise((resolve) => setTimeout(resolve, OVERVIEW_AFTER_PUSH_MS + 100));
    expect(reads()).toBe(2);
    expect(useSupervisorStore(pinia).overview).not.toBeNull();
    wrapper.unmount();
  });

  it('writes figures with Persian digits in Persian', async () => {
    const { wrapper } = await mountPage('fa');
    expect(wrapper.get('[data-test="supervisor-today"]').text()).toMatch(/۸/);
    expect(wrapper.get('[data-test="supervisor-today"]').text()).not.toMatch(/[0-9]/);
  });
});

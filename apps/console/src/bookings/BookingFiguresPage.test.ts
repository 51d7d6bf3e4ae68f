import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import BookingFiguresPage from './BookingFiguresPage.vue';
import { CENTRAL, GENEALOGY, TOKYO } from './testing/booking-fixtures';

// Mounting whole pages (the calendar with FullCalendar) is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const row = (key: string, name: unknown, sessions: number, routedElsewhere: number, noShows: number) => ({
  key,
  name,
  sessions,
  attended: sessions - noShows,
  noShows,
  routedElsewhere,
  cancelled: 0,
});

const FIGURES = {
  from: '2026-11-10',
  to: '2026-12-21',
  sessions: 12,
  attended: 9,
  noShows: 2,
  routedElsewhere: 5,
  cancelled: 1,
  requestsWaiting: 3,
  byTopic: [row('genealogy', GENEALOGY.name, 12, 5, 2)],
  byBranch: [row('central', CENTRAL.name, 7, 0, 1), row('tokyo', TOKYO.name, 5, 5, 1)],
  byMode: [row('VIDEO', null, 8, 4, 1), row('PHONE', null, 4, 1, 1)],
  byDay: [{ day: '2026-12-08', sessions: 12, noShows: 2, routedElsewhere: 5 }],
};

async function openFigures(locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['SUPERVISOR'] }) } } }),
      BookingFigures: () => ({ data: { bookingFigures: FIGURES } }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('yuki', 'right');
  const wrapper = mount(BookingFiguresPage, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  await flushPromises();
  return { harness, wrapper };
}

describe('Book a Librarian in figures', () => {
  it('shows sessions by topic, branch and mode with those routed elsewhere and the no-shows, each as a chart with its table', async () => {
    const { harness, wrapper } = await openFigures();
    expect(Object.keys(harness.fake.calls.find((call) => call.name === 'BookingFigures')!.variables)).toEqual([
      'from',
      'to',
    ]);
    expect(wrapper.get('[data-test="bookings-figures-totals"]').text()).toContain('Routed to another branch5');
    const branches = wrapper.get('[data-test="supervisor-table-bookings-branch"]');
    expect(branches.findAll('tbody tr').map((tr) => tr.text())).toEqual(['Central Library701', 'Tokyo Branch551']);
    const modes = wrapper.get('[data-test="supervisor-table-bookings-mode"]');
    expect(modes.findAll('tbody th').map((th) => th.text())).toEqual(['Video call', 'Phone']);
    wrapper.get('[data-test="supervisor-chart-bookings-topic"]');
    wrapper.get('[data-test="supervisor-chart-bookings-days"]');
  });

  it('writes the figures with Persian digits and names in Persian', async () => {
    const { wrapper } = await openFigures('fa');
    const branches = wrapper.get('[data-test="supervisor-table-bookings-branch"]');
    expect(branches.text()).toContain('شعبهٔ توکیو');
    expect(branches.text()).toContain('۵');
  });
});

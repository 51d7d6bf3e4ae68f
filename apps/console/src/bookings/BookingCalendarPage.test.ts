import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import BookingCalendarPage from './BookingCalendarPage.vue';
import { CENTRAL, GENEALOGY, KEN, session, TOKYO, YUKI } from './testing/booking-fixtures';

// Mounting whole pages (the calendar with FullCalendar) is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function openCalendar(resolvers: Parameters<typeof createConsoleHarness>[0] = {}, locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['SUPERVISOR'] }) } } }),
      BookingBoard: () => ({
        data: { bookingBranches: [CENTRAL, TOKYO], bookingTopics: [GENEALOGY], bookingExperts: [YUKI, KEN] },
      }),
      BookingSessions: () => ({ data: { bookingSessions: [session()] } }),
      ...resolvers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('yuki', 'right');
  const wrapper = mount(BookingCalendarPage, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  await flushPromises();
  await flushPromises();
  return { harness, wrapper };
}

describe('the sessions calendar', () => {
  it('shows the week’s sessions on the time grid, and asks for them by the days around the shown ones', async () => {
    const { harness, wrapper } = await openCalendar();
    const asked = harness.fake.calls.find((call) => call.name === 'BookingSessions')!.variables;
    expect(asked).toMatchObject({ branchId: null, expertId: null });
    expect(String(asked['from']) < String(asked['to'])).toBe(true);
    const event = wrapper.get('[data-test="booking-calendar-event"]');
    expect(event.attributes('data-booking-id')).toBe('booking-1');
    expect(event.text()).toContain('Reza Karimi · Genealogy');
    expect(event.text()).toContain('Yuki Tanaka · Tokyo Branch');
    expect(wrapper.get('[data-test="bookings-count"]').text()).toBe('One session in these days');
  });

  it('filters by branch and expert', async () => {
    const { harness, wrapper } = await openCalendar();
    await wrapper.get('[data-test="bookings-filter-branch"]').setValue('tokyo');
    await wrapper.get('[data-test="bookings-filter-expert"]').setValue('ken');
    await flushPromises();
    expect(harness.fake.calls.filter((call) => call.name === 'BookingSessions').at(-1)!.variables).toMatchObject({
      branchId: 'tokyo',
      expertId: 'ken',
    });
  });

  it('opens a session with why it was routed, and records the patron attended', async () => {
    // Started a quarter of an hour ago: attendance can be recorded.
    const started = {
      startsAt: new Date(Date.now() - 15 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    };
    const { harness, wrapper } = await openCalendar({
      BookingSessions: () => ({ data: { bookingSessions: [session(started)] } }),
      RecordBookingAttendance: ({ attended }) => ({
        data: { recordBookingAttendance: session({ ...started, status: attended ? 'ATTENDED' : 'NO_SHOW' }) },
      }),
    });
    await wrapper.get('.booking-event').trigger('click');
    await flushPromises();
    const panel = wrapper.get('[data-test="booking-session"]');
    expect(panel.get('[data-test="booking-session-routed"]').text()).toBe(
      'Routed from Central Library: nobody there helps with this topic.',
    );
    await panel.get('[data-test="booking-session-attended"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'RecordBookingAttendance')!.variables).toMatchObject({
      id: 'booking-1',
      attended: true,
    });
    expect(wrapper.get('[data-test="booking-session"]').attributes('data-status')).toBe('ATTENDED');
  });

  it('reloads the sessions when the api says the board changed', async () => {
    const { harness } = await openCalendar();
    const before = harness.fake.calls.filter((call) => call.name === 'BookingSessions').length;
    harness.fake.push('BookingBoardChanged', { bookingBoardChanged: { version: 2 } });
    await flushPromises();
    expect(harness.fake.calls.filter((call) => call.name === 'BookingSessions').length).toBe(before + 1);
  });

  it('reads right to left in Persian, with Persian digits on the grid', async () => {
    const { wrapper } = await openCalendar({}, 'fa');
    expect(wrapper.find('.fc-direction-rtl').exists()).toBe(true);
    expect(wrapper.get('[data-test="booking-calendar-title"]').text()).toMatch(/[۰-۹]/);
    expect(wrapper.get('.fc-timegrid-slot-label').text()).toMatch(/[۰-۹]/);
  });
});

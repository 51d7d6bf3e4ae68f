import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPortalPage } from '../testing/portal-page';
import { bookingDesk, routedBooking, TOKYO_SLOT } from './testing/booking-fixtures';

// Mounting the whole portal is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKEN = 'A'.repeat(43);
const LATER = { ...TOKYO_SLOT, startsAt: '2026-12-10T06:00:00.000Z', endsAt: '2026-12-10T06:45:00.000Z' };

afterEach(() => {
  document.body.innerHTML = '';
});

const manageDesk = {
  ...bookingDesk,
  PatronBooking: ({ linkToken }: Record<string, unknown>) =>
    linkToken === TOKEN
      ? { data: { patronBooking: routedBooking() } }
      : { errors: [{ message: 'no', code: 'NOT_FOUND', reason: 'BOOKING_LINK_NOT_FOUND' }] },
  BookingSlots: ({ topicId, preferredBranchId, mode }: Record<string, unknown>) => ({
    data: { bookingSlots: { topicId, preferredBranchId, mode, nobodyForTopic: false, slots: [TOKYO_SLOT, LATER] } },
  }),
  ReschedulePatronBooking: ({ startsAt }: Record<string, unknown>) => ({
    data: { reschedulePatronBooking: routedBooking({ startsAt: startsAt as string, endsAt: LATER.endsAt }) },
  }),
  CancelPatronBooking: () => ({
    data: { cancelPatronBooking: routedBooking({ status: 'CANCELLED', changeableUntil: null }) },
  }),
};

describe('the patron’s page for one booking', () => {
  it('reads the booking behind the link in the fragment', async () => {
    const page = await openPortalPage(`/book/manage#${TOKEN}`, manageDesk);
    expect(page.fake.calls.find((call) => call.name === 'PatronBooking')!.variables).toEqual({ linkToken: TOKEN });
    expect(page.byTest('booking-manage-status').attributes('data-status')).toBe('BOOKED');
    expect(page.byTest('booking-routed').attributes('data-reason')).toBe('NO_EXPERT_AT_BRANCH');
    page.byTest('booking-changeable-until');
  });

  it('says plainly when a link leads nowhere', async () => {
    const page = await openPortalPage(`/book/manage#${'B'.repeat(43)}`, manageDesk);
    expect(page.byTest('booking-manage-not-found').text()).toContain('does not lead to a booking');
  });

  it('moves the session to another free time, offered without the current one', async () => {
    const page = await openPortalPage(`/book/manage#${TOKEN}`, manageDesk);
    await page.byTest('booking-reschedule-start').trigger('click');
    await flushPromises();
    const offered = page.wrapper
      .findAll('[data-test="booking-reschedule-slot"]')
      .map((slot) => slot.attributes('data-starts-at'));
    expect(offered).toEqual([LATER.startsAt]);
    await page.wrapper.get('[data-test="booking-reschedule-slot"] input').setValue(true);
    await page.byTest('booking-reschedule-submit').trigger('click');
    await flushPromises();
    expect(page.fake.calls.find((call) => call.name === 'ReschedulePatronBooking')!.variables).toMatchObject({
      linkToken: TOKEN,
      startsAt: LATER.startsAt,
    });
    expect(page.byTest('booking-manage-done').attributes('data-done')).toBe('rescheduled');
  });

  it('cancels after a confirmation, and then offers no more changes', async () => {
    const page = await openPortalPage(`/book/manage#${TOKEN}`, manageDesk);
    await page.byTest('booking-cancel').trigger('click');
    await page.byTest('booking-cancel-confirm').trigger('click');
    await flushPromises();
    expect(page.byTest('booking-manage-status').attributes('data-status')).toBe('CANCELLED');
    expect(page.wrapper.find('[data-test="booking-cancel"]').exists()).toBe(false);
    expect(page.wrapper.find('[data-test="booking-reschedule-start"]').exists()).toBe(false);
  });
});

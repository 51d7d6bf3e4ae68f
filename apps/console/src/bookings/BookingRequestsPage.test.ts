import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingRequestFieldsFragment as BookingRequest } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import BookingRequestsPage from './BookingRequestsPage.vue';
import { CENTRAL, GENEALOGY, KEN, session, TOKYO, YUKI } from './testing/booking-fixtures';

// Mounting whole pages (the calendar with FullCalendar) is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const waiting = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  id: 'request-1',
  status: 'WAITING',
  reason: 'NO_SLOT_CHOSEN',
  topic: GENEALOGY,
  preferredBranch: CENTRAL,
  mode: 'PHONE',
  details: 'Family from Yazd',
  preferredTimes: 'Weekday mornings',
  patronName: 'Reza Karimi',
  email: null,
  phone: '+989121234567',
  locale: 'fa',
  at: '2026-12-01T08:00:00.000Z',
  pickedUpBy: null,
  pickedUpAt: null,
  bookingId: null,
  ...overrides,
});

const SLOT = {
  startsAt: '2026-12-09T01:00:00.000Z',
  endsAt: '2026-12-09T01:45:00.000Z',
  branchId: 'tokyo',
  timeZone: 'Asia/Tokyo',
};

async function openRequests(requests: BookingRequest[], answers: Record<string, FakeResolver> = {}) {
  let current = requests;
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    BookingBoard: () => ({
      data: { bookingBranches: [CENTRAL, TOKYO], bookingTopics: [GENEALOGY], bookingExperts: [YUKI, KEN] },
    }),
    BookingRequests: () => ({ data: { bookingRequests: current } }),
    PickUpBookingRequest: ({ id }) => {
      current = current.map((each) =>
        each.id === id ? { ...each, status: 'PICKED_UP', pickedUpBy: 'Sara Ahmadi' } : each,
      );
      return { data: { pickUpBookingRequest: current.find((each) => each.id === id) } };
    },
    CloseBookingRequest: ({ id }) => {
      current = current.map((each) => (each.id === id ? { ...each, status: 'CLOSED' } : each));
      return { data: { closeBookingRequest: current.find((each) => each.id === id) } };
    },
    BookingExpertSlots: () => ({ data: { bookingExpertSlots: [SLOT] } }),
    AssignBookingRequest: ({ id }) => {
      current = current.map((each) =>
        each.id === id ? { ...each, status: 'ASSIGNED', bookingId: 'booking-1' } : each,
      );
      return { data: { assignBookingRequest: session() } };
    },
    ...answers,
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const wrapper = mount(BookingRequestsPage, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  await flushPromises();
  return { harness, wrapper };
}

describe('requests waiting for a librarian', () => {
  it('lists the open ones, oldest first, with why each waits and when the patron would like it', async () => {
    const { wrapper } = await openRequests([
      waiting({ id: 'later', at: '2026-12-02T08:00:00.000Z' }),
      waiting(),
      waiting({ id: 'done', status: 'ASSIGNED' }),
    ]);
    const items = wrapper.findAll('[data-test="booking-request"]');
    expect(items.map((item) => item.attributes('data-request-id'))).toEqual(['request-1', 'later']);
    expect(items[0]!.get('[data-test="booking-request-reason"]').text()).toBe('No time chosen');
    expect(items[0]!.text()).toContain('Would suit: Weekday mornings');
  });

  it('is picked up, then booked with an expert of the topic at one of their free times', async () => {
    const { harness, wrapper } = await openRequests([waiting()]);
    await wrapper.get('[data-test="booking-request-pick-up"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="booking-request-picked-up"]').text()).toBe('Picked up by Sara Ahmadi');
    await wrapper.get('[data-test="booking-request-expert"]').setValue('yuki');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'BookingExpertSlots')!.variables).toMatchObject({
      expertId: 'yuki',
      topicId: 'genealogy',
      mode: 'PHONE',
    });
    await wrapper.get('[data-test="booking-request-slot"]').setValue(SLOT.startsAt);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const assigned = harness.fake.calls.filter((call) => call.name === 'AssignBookingRequest');
    expect(assigned).toHaveLength(1);
    expect(assigned[0]!.variables).toMatchObject({ id: 'request-1', expertId: 'yuki', startsAt: SLOT.startsAt });
    expect(wrapper.find('[data-test="booking-request"]').exists()).toBe(false);
  });

  it('is closed without a booking, with a reason, only once confirmed', async () => {
    const { harness, wrapper } = await openRequests([
      waiting(),
      waiting({ id: 'later', at: '2026-12-02T08:00:00.000Z' }),
    ]);
    const first = () => wrapper.get('[data-test="booking-request"][data-request-id="request-1"]');
    await first().get('[data-test="booking-request-close"]').trigger('click');
    expect(document.activeElement).toBe(first().get('[data-test="booking-request-close-note"]').element);
    await first().get('[data-test="booking-request-close-keep"]').trigger('click');
    expect(first().find('[data-test="booking-request-close-confirm"]').exists()).toBe(false);
    expect(harness.fake.calls.some((call) => call.name === 'CloseBookingRequest')).toBe(false);

    await first().get('[data-test="booking-request-close"]').trigger('click');
    await first().get('[data-test="booking-request-close-note"]').setValue('  Answered by email instead  ');
    await first().get('[data-test="booking-request-close-confirm"]').trigger('submit');
    await flushPromises();
    const closed = harness.fake.calls.filter((call) => call.name === 'CloseBookingRequest');
    expect(closed).toHaveLength(1);
    expect(closed[0]!.variables).toEqual({
      id: 'request-1',
      note: 'Answered by email instead',
      commandId: expect.any(String),
    });
    expect(wrapper.findAll('[data-test="booking-request"]').map((item) => item.attributes('data-request-id'))).toEqual([
      'later',
    ]);
  });

  it('says why a request could not be closed and keeps it', async () => {
    const { harness, wrapper } = await openRequests([waiting()], {
      CloseBookingRequest: () => ({
        errors: [{ message: 'Already closed.', code: 'CONFLICT', reason: 'BOOKING_REQUEST_NOT_WAITING' }],
      }),
    });
    await wrapper.get('[data-test="booking-request-close"]').trigger('click');
    await wrapper.get('[data-test="booking-request-close-confirm"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'CloseBookingRequest')!.variables).toMatchObject({
      note: '',
    });
    expect(wrapper.get('[role="alert"]').attributes('data-reason')).toBe('BOOKING_REQUEST_NOT_WAITING');
    wrapper.get('[data-test="booking-request-close-confirm"]');
  });
});

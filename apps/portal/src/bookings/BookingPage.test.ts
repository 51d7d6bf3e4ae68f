import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPortalPage } from '../testing/portal-page';
import { bookingDesk, routedBooking, TOKYO_SLOT } from './testing/booking-fixtures';

// Mounting the whole portal is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function fillForm(page: Awaited<ReturnType<typeof openPortalPage>>) {
  await page.byTest('booking-topic').setValue('genealogy');
  await page.byTest('booking-branch').setValue('central');
  await flushPromises();
  await page.wrapper.get(`[data-test="booking-slot"][data-starts-at="${TOKYO_SLOT.startsAt}"] input`).setValue(true);
  await page.byTest('booking-email').setValue('reza@example.ir');
}

describe('booking a librarian', () => {
  it('offers the free times of the topic, preferred branch and mode, named by the branch that holds them', async () => {
    const page = await openPortalPage('/book', bookingDesk);
    await page.byTest('booking-topic').setValue('genealogy');
    await page.byTest('booking-branch').setValue('tokyo');
    await flushPromises();
    // Tokyo offers no in-person sessions: the modes follow the branch.
    expect(page.wrapper.find('[data-test="booking-mode-IN_PERSON"]').exists()).toBe(false);
    expect(page.fake.calls.filter((call) => call.name === 'BookingSlots').at(-1)!.variables).toMatchObject({
      topicId: 'genealogy',
      preferredBranchId: 'tokyo',
      mode: 'PHONE',
    });
    expect(page.byTest('booking-branch-zone').text()).toContain('Asia/Tokyo');
    expect(page.byTest('booking-slot-zone').text()).toMatch(/Times are shown in your time zone/);
  });

  it('needs an email address or a phone number, and says so without sending anything', async () => {
    const page = await openPortalPage('/book', bookingDesk);
    await fillForm(page);
    await page.byTest('booking-email').setValue('');
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('booking-contact-missing').text()).toContain('email address or a phone number');
    expect(page.fake.calls.some((call) => call.name === 'BookSession')).toBe(false);
  });

  it('books the chosen time and says in plain words why the session is at another branch', async () => {
    const page = await openPortalPage('/book', bookingDesk);
    await fillForm(page);
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    const input = page.fake.calls.find((call) => call.name === 'BookSession')!.variables['input'] as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      topicId: 'genealogy',
      preferredBranchId: 'central',
      startsAt: TOKYO_SLOT.startsAt,
      email: 'reza@example.ir',
      locale: 'en',
    });
    expect(input['linkToken']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.byTest('booking-routed').text()).toContain(
      'Nobody at Central Library helps with Genealogy, so we booked you with an expert at Tokyo Branch.',
    );
    expect(page.byTest('booking-expert').text()).toBe('Yuki Tanaka');
    expect(page.byTest('booking-manage-link').attributes('href')).toBe(`/book/manage#${input['linkToken'] as string}`);
  });

  it('keeps the booking’s own page embedded when booked in the widget’s frame', async () => {
    const page = await openPortalPage('/book?embed=1&locale=en', bookingDesk);
    expect(page.wrapper.find('.portal-header').exists()).toBe(false);
    await fillForm(page);
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    const token = (
      page.fake.calls.find((call) => call.name === 'BookSession')!.variables['input'] as { linkToken: string }
    ).linkToken;
    expect(page.byTest('booking-manage-link').attributes('href')).toBe(`/book/manage?embed=1#${token}`);
  });

  it('sends a double submission once, and a retry after a lost answer with the same command id', async () => {
    let answers = 0;
    const page = await openPortalPage('/book', {
      ...bookingDesk,
      BookSession: () => (++answers === 1 ? { networkError: true } : { data: { bookSession: routedBooking() } }),
    });
    await fillForm(page);
    await page.byTest('booking-form').trigger('submit');
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    expect(page.fake.calls.filter((call) => call.name === 'BookSession')).toHaveLength(1);
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    const [first, second] = page.fake.calls.filter((call) => call.name === 'BookSession');
    expect((second!.variables['input'] as { commandId: string }).commandId).toBe(
      (first!.variables['input'] as { commandId: string }).commandId,
    );
    page.byTest('booking-result');
  });

  it('takes a time someone else just booked as a reason to offer fresh free times', async () => {
    const page = await openPortalPage('/book', {
      ...bookingDesk,
      BookSession: () => ({ errors: [{ message: 'taken', code: 'CONFLICT', reason: 'BOOKING_SLOT_TAKEN' }] }),
    });
    await fillForm(page);
    const slotQueries = () => page.fake.calls.filter((call) => call.name === 'BookingSlots').length;
    const before = slotQueries();
    await page.byTest('booking-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('booking-error').attributes('data-reason')).toBe('BOOKING_SLOT_TAKEN');
    expect(page.byTest('booking-error').text()).toContain('Someone has just booked this time');
    expect(slotQueries()).toBe(before + 1);
  });

  it('writes the form in Persian, right to left, with the day in the Persian calendar', async () => {
    const page = await openPortalPage('/book', bookingDesk, 'fa');
    await page.byTest('booking-topic').setValue('genealogy');
    await page.byTest('booking-branch').setValue('central');
    await flushPromises();
    expect(document.documentElement.dir).toBe('rtl');
    expect(page.byTest('booking-slots').text()).toMatch(/آذر/);
    expect(page.byTest('booking-slots').text()).toMatch(/[۰-۹]/);
  });
});

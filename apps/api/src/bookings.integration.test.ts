/**
 * Book a Librarian through the api and the emulator: the demo's branches and experts, free slots
 * in each branch's zone across a daylight-saving change, booking at the preferred branch or
 * routed to another with the reason, a double submission booked once, a taken slot answered with
 * the next ones, the confirmation with its .ics in the outbox, and bad input refused with nothing
 * written.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { BOOK, MINH, ROOMY, SARA, SESSIONS, SLOTS, book, bookingInput, fakeClock } from './testing/bookings';

const clock = fakeClock();
let api: TestApi;
let store: EventStoreDBClient;
let agent: string;
beforeAll(async () => {
  api = await startTestApi({ bookings: { now: clock.now, reminderIntervalMs: 0, floodLimits: ROOMY } });
  store = EventStoreDBClient.connectionString(api.store.url);
  agent = await api.signIn('sara', 'deskstream-agent');
});
afterAll(async () => {
  await store?.dispose();
  await api?.close();
});

describe('the booking form’s data', () => {
  it('lists the branches with their zones and modes, and the ten topics', async () => {
    const result = await api.gql(
      '{ bookingBranches { id timeZone modes name { fa en } } bookingTopics { id expertCount } }',
    );
    expect(result.data!.bookingBranches.map((b: { id: string; timeZone: string }) => [b.id, b.timeZone])).toEqual([
      ['central', 'Asia/Tehran'],
      ['lakewood', 'America/Los_Angeles'],
      ['tokyo', 'Asia/Tokyo'],
    ]);
    expect(result.data!.bookingTopics).toHaveLength(10);
    expect(result.data!.bookingTopics).toContainEqual({ id: 'genealogy', expertCount: 1 });
  });

  it('offers free slots in the branch’s zone, keeping its hours across the change to daylight saving', async () => {
    const result = await api.gql(SLOTS, {
      t: 'genealogy',
      b: 'lakewood',
      m: 'PHONE',
      from: '2026-03-06T00:00:00Z',
      days: 4,
    });
    const starts = result.data!.bookingSlots.slots.map((s: { startsAt: string }) => s.startsAt);
    // Friday 6 March, 09:00 PST = 17:00Z; Monday 9 March, 09:00 PDT = 16:00Z.
    expect(starts[0]).toBe('2026-03-06T17:00:00.000Z');
    expect(starts).toContain('2026-03-09T16:00:00.000Z');
    expect(starts).not.toContain('2026-03-09T17:00:00.000Z');
    expect(result.data!.bookingSlots.slots[0]).toMatchObject({ timeZone: 'America/Los_Angeles', routedReason: null });
  });

  it('marks slots that would go to another branch with the reason', async () => {
    const result = await api.gql(SLOTS, { t: 'genealogy', b: 'central', m: 'VIDEO', days: 3 });
    const slots = result.data!.bookingSlots.slots;
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((s: { routedReason: string }) => s.routedReason))).toEqual(
      new Set(['NO_EXPERT_AT_BRANCH']),
    );
    // The minimum notice (24 hours by default): nothing before Tuesday 00:00Z.
    expect(slots[0].startsAt >= '2026-03-03T00:00:00.000Z').toBe(true);
  });
});

describe('booking', () => {
  it('books at the preferred branch when an expert there has the topic', async () => {
    const { data, errors } = await book(api, {
      topicId: 'email-account',
      preferredBranchId: 'central',
      mode: 'PHONE',
      startsAt: '2026-03-03T05:30:00.000Z',
      phone: '+1 425 555 0100',
    });
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({
      status: 'BOOKED',
      branch: { id: 'central' },
      routedReason: null,
      expertName: 'Sara Ahmadi',
      startsAt: '2026-03-03T05:30:00.000Z',
      endsAt: '2026-03-03T06:30:00.000Z',
      timeZone: 'Asia/Tehran',
      phone: '+14255550100',
    });
    expect(data.changeableUntil).toBe('2026-03-03T01:30:00.000Z');
  });

  it('routes to another branch when nobody at the preferred one has the topic, records why, and mails the confirmation with an .ics', async () => {
    const input = bookingInput({
      topicId: 'genealogy',
      preferredBranchId: 'central',
      mode: 'VIDEO',
      startsAt: '2026-03-03T17:00:00.000Z',
      locale: 'fa',
      timeZone: 'Asia/Tehran',
      name: 'رضا',
    });
    const booked = await api.gql(BOOK, { input });
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookSession).toMatchObject({
      status: 'BOOKED',
      branch: { id: 'lakewood' },
      routedReason: 'NO_EXPERT_AT_BRANCH',
      expertName: 'Nguyễn Văn Minh',
    });

    // A double submission (the same command id) books once.
    const again = await api.gql(BOOK, { input });
    expect(again.data!.bookSession.startsAt).toBe('2026-03-03T17:00:00.000Z');
    const sessions = await api.gql(SESSIONS, { from: '2026-03-03', to: '2026-03-03', e: MINH }, agent);
    expect(sessions.data!.bookingSessions).toHaveLength(1);
    const session = sessions.data!.bookingSessions[0];
    expect(session).toMatchObject({
      routedReason: 'NO_EXPERT_AT_BRANCH',
      day: '2026-03-03',
      branch: { id: 'lakewood' },
    });

    const types: string[] = [];
    for await (const resolved of store.readStream(`expertday-${MINH}.2026-03-03`)) types.push(resolved.event!.type);
    expect(types).toEqual(['SessionBooked', 'SessionRoutedToAnotherBranch']);

    const queued = [];
    for await (const resolved of store.readStream(`mail-${await confirmationMailIdOf(session.id)}`))
      queued.push(resolved.event!);
    const mail = queued[0]!.data as {
      to: string;
      subject: string;
      text: string;
      attachments: { filename: string; contentType: string; content: string }[];
    };
    expect(mail.to).toBe('patron@example.org');
    expect(mail.text).toContain('رضا گرامی،');
    // Jalali date with Persian digits: 3 March 2026 is 12 Esfand 1404; 17:00Z is 20:30 in Tehran.
    expect(mail.subject).toMatch(/۱۲.*اسفند.*۱۴۰۴|۱۴۰۴.*اسفند.*۱۲/u);
    expect(mail.text).toContain('۲۰:۳۰');
    expect(mail.text).toContain('/book/manage#');
    expect(mail.attachments[0]).toMatchObject({
      filename: 'session.ics',
      contentType: 'text/calendar; method=PUBLISH',
    });
    expect(mail.attachments[0]!.content).toContain('DTSTART:20260303T170000Z');
    expect(mail.attachments[0]!.content).toContain(`UID:${session.id}@bookings.deskstream`);
  });

  it('answers a slot someone has taken with the next free slots', async () => {
    const first = await book(api, {
      topicId: 'computer-basics',
      preferredBranchId: 'central',
      mode: 'IN_PERSON',
      startsAt: '2026-03-03T06:45:00.000Z',
    });
    expect(first.errors).toBeUndefined();
    const second = await book(api, {
      topicId: 'computer-basics',
      preferredBranchId: 'central',
      mode: 'IN_PERSON',
      startsAt: '2026-03-03T06:45:00.000Z',
    });
    expect(second.data).toBeUndefined();
    expect(second.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_SLOT_TAKEN' });
    const next = second.errors![0].extensions.nextSlots as { startsAt: string }[];
    expect(next[0]!.startsAt).toBe('2026-03-03T08:00:00.000Z');
  });
});

describe('bad input', () => {
  const base = { topicId: 'email-account', preferredBranchId: 'central', mode: 'PHONE' as const };
  it.each([
    ['a time that has passed', { startsAt: '2026-03-01T05:30:00.000Z' }, 'BOOKING_SLOT_IN_PAST'],
    ['a time within the minimum notice', { startsAt: '2026-03-02T06:45:00.000Z' }, 'BOOKING_SLOT_TOO_SOON'],
    ['a time beyond the booking window', { startsAt: '2026-06-02T05:30:00.000Z' }, 'BOOKING_SLOT_BEYOND_WINDOW'],
    ['a time outside the expert’s hours', { startsAt: '2026-03-03T12:00:00.000Z' }, 'BOOKING_SLOT_UNAVAILABLE'],
    ['a time off the session grid', { startsAt: '2026-03-03T05:35:00.000Z' }, 'BOOKING_SLOT_UNAVAILABLE'],
    ['an impossible time', { startsAt: '2026-02-30T05:30:00Z' }, 'BOOKING_TIME_INVALID'],
    ['no contact at all', { startsAt: '2026-03-04T05:30:00.000Z', email: null, phone: '' }, 'BOOKING_CONTACT_REQUIRED'],
    [
      'a malformed email',
      { startsAt: '2026-03-04T05:30:00.000Z', email: 'patron at example' },
      'BOOKING_EMAIL_INVALID',
    ],
    ['a malformed phone', { startsAt: '2026-03-04T05:30:00.000Z', phone: '555-CALL' }, 'BOOKING_PHONE_INVALID'],
    ['empty details', { startsAt: '2026-03-04T05:30:00.000Z', details: '   ' }, 'BOOKING_DETAILS_INVALID'],
    ['an unknown topic', { startsAt: '2026-03-04T05:30:00.000Z', topicId: 'knitting' }, 'BOOKING_TOPIC_NOT_FOUND'],
    [
      'an unknown branch',
      { startsAt: '2026-03-04T05:30:00.000Z', preferredBranchId: 'atlantis' },
      'BOOKING_BRANCH_NOT_FOUND',
    ],
    [
      'a guessable link token',
      { startsAt: '2026-03-04T05:30:00.000Z', linkToken: 'abc' },
      'BOOKING_LINK_TOKEN_INVALID',
    ],
  ])('refuses %s with a stable reason and writes nothing', async (_what, change, reason) => {
    const before = await api.gql(SESSIONS, { from: '2026-03-01', to: '2026-05-31' }, agent);
    const result = await book(api, { ...base, ...change });
    expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
    const after = await api.gql(SESSIONS, { from: '2026-03-01', to: '2026-05-31' }, agent);
    expect(after.data!.bookingSessions).toHaveLength(before.data!.bookingSessions.length);
  });

  it('limits bookings from one address (ten in ten minutes by default)', async () => {
    const strict = await api.restart({ bookings: { now: clock.now, reminderIntervalMs: 0 } });
    const reasons: string[] = [];
    for (let i = 0; i < 11; i++) {
      const input = bookingInput({ ...base, topicId: 'knitting', startsAt: '2026-03-04T05:30:00.000Z' });
      const result = await gqlOn(strict, BOOK, { input });
      reasons.push(result.errors![0]!.extensions!.reason!);
    }
    expect(reasons.slice(0, 10)).toEqual(Array(10).fill('BOOKING_TOPIC_NOT_FOUND'));
    expect(reasons[10]).toBe('BOOKING_RATE_LIMITED');
  });

  it('answers an unknown link, session or request as not found', async () => {
    const link = await api.gql('query ($t: String!) { patronBooking(linkToken: $t) { status } }', {
      t: 'x'.repeat(43),
    });
    expect(link.errors![0]!.extensions!.reason).toBe('BOOKING_LINK_NOT_FOUND');
    const session = await api.gql('{ bookingSession(id: "nope") { id } }', {}, agent);
    expect(session.errors![0]!.extensions!.reason).toBe('BOOKING_SESSION_NOT_FOUND');
    const pickUp = await api.gql('mutation { pickUpBookingRequest(id: "nope", commandId: "c1") { id } }', {}, agent);
    expect(pickUp.errors![0]!.extensions!.reason).toBe('BOOKING_REQUEST_NOT_FOUND');
  });

  it('keeps the calendar for staff', async () => {
    const anonymous = await api.gql(SESSIONS, { from: '2026-03-01', to: '2026-03-31' });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const sara = await api.gql(SESSIONS, { from: '2026-03-03', to: '2026-03-03', e: SARA }, agent);
    expect(sara.data!.bookingSessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2026-03-03T05:30:00.000Z',
      '2026-03-03T06:45:00.000Z',
    ]);
  });
});

async function confirmationMailIdOf(bookingId: string): Promise<string> {
  const { eventIdFor } = await import('@deskstream/event-sourcing');
  return eventIdFor(`booking-confirmation/${bookingId}/0`, 0);
}

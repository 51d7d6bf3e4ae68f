/**
 * After booking: the patron's secret link (view, reschedule, cancel until the cutoff), reminders
 * queued once on the api's clock, requests nobody could take picked up and assigned by staff,
 * reassignment, attendance, the video link and the figures.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventIdFor } from '@deskstream/event-sourcing';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';
import { MINH, PATRON_BOOKING, ROOMY, SESSIONS, SLOTS, YUKI, book, fakeClock } from './testing/bookings';

const clock = fakeClock();
let api: TestApi;
let store: EventStoreDBClient;
let agent: string;
let admin: string;
let wsUrl: string;
const { connect, disposeAll } = liveClients(() => wsUrl);
beforeAll(async () => {
  api = await startTestApi({ bookings: { now: clock.now, reminderIntervalMs: 0, floodLimits: ROOMY } });
  store = EventStoreDBClient.connectionString(api.store.url);
  [agent, admin] = await Promise.all([api.signIn('sara', 'deskstream-agent'), api.signIn('admin', 'deskstream-admin')]);
  wsUrl = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
});
afterAll(async () => {
  await disposeAll();
  await store?.dispose();
  await api?.close();
});

const LINK = `query ($t: String!) { patronBooking(linkToken: $t) { ${PATRON_BOOKING} } }`;
const RESCHEDULE = `mutation ($t: String!, $s: String!, $c: ID!) { reschedulePatronBooking(linkToken: $t, startsAt: $s, commandId: $c) { ${PATRON_BOOKING} } }`;
const CANCEL = `mutation ($t: String!, $c: ID!) { cancelPatronBooking(linkToken: $t, commandId: $c) { ${PATRON_BOOKING} } }`;

async function queuedMail(mailId: string) {
  const events = [];
  try {
    for await (const resolved of store.readStream(`mail-${mailId}`)) events.push(resolved.event!);
  } catch {
    return undefined;
  }
  return events[0]?.data as { subject: string; text: string; attachments: { content: string }[] } | undefined;
}

describe('the patron’s secret link', () => {
  it('shows the booking, moves it to another free slot (freeing the old one), and cancels it until the cutoff', async () => {
    const booked = await book(api, {
      topicId: 'small-business',
      preferredBranchId: 'lakewood',
      mode: 'PHONE',
      startsAt: '2026-03-05T17:00:00.000Z',
      phone: '+1 425 555 0100',
    });
    expect(booked.errors).toBeUndefined();
    const seen = await api.gql(LINK, { t: booked.token });
    expect(seen.data!.patronBooking).toMatchObject({
      status: 'BOOKED',
      startsAt: '2026-03-05T17:00:00.000Z',
      expertName: 'Nguyễn Văn Minh',
    });

    const moved = await api.gql(RESCHEDULE, { t: booked.token, s: '2026-03-06T18:15:00.000Z', c: 'move-1' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.reschedulePatronBooking).toMatchObject({
      status: 'BOOKED',
      startsAt: '2026-03-06T18:15:00.000Z',
    });
    // A retry is answered the same; the old time is free again.
    const retried = await api.gql(RESCHEDULE, { t: booked.token, s: '2026-03-06T18:15:00.000Z', c: 'move-1' });
    expect(retried.data!.reschedulePatronBooking.startsAt).toBe('2026-03-06T18:15:00.000Z');
    const slots = await api.gql(SLOTS, {
      t: 'small-business',
      b: 'lakewood',
      m: 'PHONE',
      from: '2026-03-05T00:00:00Z',
      days: 2,
    });
    const starts = slots.data!.bookingSlots.slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toContain('2026-03-05T17:00:00.000Z');
    expect(starts).not.toContain('2026-03-06T18:15:00.000Z');
    const calendar = await api.gql(SESSIONS, { from: '2026-03-05', to: '2026-03-06', e: MINH }, agent);
    expect(calendar.data!.bookingSessions).toEqual([
      expect.objectContaining({ startsAt: '2026-03-06T18:15:00.000Z', moves: 1, day: '2026-03-06' }),
    ]);

    const taken = await book(api, {
      topicId: 'small-business',
      preferredBranchId: 'lakewood',
      mode: 'PHONE',
      startsAt: '2026-03-05T18:15:00.000Z',
    });
    const tooClose = await api.gql(RESCHEDULE, { t: booked.token, s: '2026-03-05T18:15:00.000Z', c: 'move-2' });
    expect(taken.errors).toBeUndefined();
    expect(tooClose.errors![0]!.extensions).toMatchObject({ reason: 'BOOKING_SLOT_TAKEN' });

    clock.set('2026-03-06T14:15:00.001Z');
    const late = await api.gql(CANCEL, { t: booked.token, c: 'cancel-1' });
    expect(late.errors![0]!.extensions!.reason).toBe('BOOKING_CUTOFF_PASSED');
    clock.set('2026-03-06T14:00:00.000Z');
    const cancelled = await api.gql(CANCEL, { t: booked.token, c: 'cancel-1' });
    expect(cancelled.data!.cancelPatronBooking).toMatchObject({ status: 'CANCELLED', changeableUntil: null });
    const notice = await queuedMail(eventIdFor(`booking-cancellation/${calendar.data!.bookingSessions[0].id}/1`, 0));
    expect(notice!.subject).toMatch(/^Cancelled:/);
    expect(notice!.attachments[0]!.content).toContain('METHOD:CANCEL');
    clock.set('2026-03-02T00:00:00.000Z');
  });
});

describe('reminders', () => {
  it('queues each reminder once, when it is due on the api’s clock', async () => {
    const booked = await book(api, {
      topicId: 'databases',
      preferredBranchId: 'tokyo',
      mode: 'VIDEO',
      startsAt: '2026-03-04T01:00:00.000Z',
      locale: 'ja',
    });
    expect(booked.errors).toBeUndefined();
    const [session] = (await api.gql(SESSIONS, { from: '2026-03-04', to: '2026-03-04', e: YUKI }, agent)).data!
      .bookingSessions;
    clock.set('2026-03-03T00:59:00.000Z');
    expect(await api.app.bookingReminders.round()).toBe(0);
    clock.set('2026-03-03T01:00:00.000Z');
    expect(await api.app.bookingReminders.round()).toBe(1);
    expect(await api.app.bookingReminders.round()).toBe(0);
    const reminder = await queuedMail(eventIdFor(`booking-reminder/${session.id}/0`, 0));
    expect(reminder!.subject).toContain('リマインダー');
    expect(reminder!.attachments[0]!.content).toContain('DTSTART:20260304T010000Z');
    clock.set('2026-03-02T00:00:00.000Z');
  });
});

describe('requests staff pick up', () => {
  it('records a request when nobody helps with the topic, then staff pick it up and assign it once', async () => {
    const topic = await api.gql(
      'mutation { defineBookingTopic(id: "chess", name: { fa: "شطرنج", en: "Chess", ja: "チェス", vi: "Cờ vua" }, commandId: "topic-chess") { id expertCount } }',
      {},
      admin,
    );
    expect(topic.data!.defineBookingTopic).toEqual({ id: 'chess', expertCount: 0 });
    const asked = await book(api, {
      topicId: 'chess',
      preferredBranchId: 'tokyo',
      mode: 'VIDEO',
      startsAt: '2026-03-04T02:15:00.000Z',
      preferredTimes: 'mornings',
    });
    expect(asked.data).toMatchObject({ status: 'WAITING', waitingReason: 'NO_EXPERT_FOR_TOPIC', branch: null });

    const waiting = await api.gql('{ bookingRequests { id status reason preferredTimes topic { id } } }', {}, agent);
    const request = waiting.data!.bookingRequests.find((r: { topic: { id: string } }) => r.topic.id === 'chess');
    expect(request).toMatchObject({ status: 'WAITING', reason: 'NO_EXPERT_FOR_TOPIC', preferredTimes: 'mornings' });
    const picked = await api.gql(
      'mutation ($id: ID!) { pickUpBookingRequest(id: $id, commandId: "p1") { status pickedUpBy } }',
      { id: request.id },
      agent,
    );
    expect(picked.data!.pickUpBookingRequest).toEqual({ status: 'PICKED_UP', pickedUpBy: 'Sara Ahmadi' });

    const ASSIGN =
      'mutation ($id: ID!, $e: ID!, $s: String!) { assignBookingRequest(id: $id, expertId: $e, startsAt: $s, commandId: "a1") { id expertId startsAt status } }';
    const lacking = await api.gql(ASSIGN, { id: request.id, e: YUKI, s: '2026-03-04T02:15:00.000Z' }, agent);
    expect(lacking.errors![0]!.extensions!.reason).toBe('BOOKING_EXPERT_LACKS_TOPIC');
    const topics = ['ebooks-audiobooks', 'databases', 'books-authors', 'catalogue', 'chess'];
    await api.gql(
      'mutation ($t: [ID!]!) { updateBookingExpert(id: "' +
        YUKI +
        '", branchId: "tokyo", topicIds: $t, commandId: "yuki-chess") { id } }',
      { t: topics },
      admin,
    );
    const assigned = await api.gql(ASSIGN, { id: request.id, e: YUKI, s: '2026-03-04T02:15:00.000Z' }, agent);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignBookingRequest).toMatchObject({ id: request.id, expertId: YUKI, status: 'BOOKED' });
    const again = await api.gql(ASSIGN, { id: request.id, e: YUKI, s: '2026-03-04T02:15:00.000Z' }, agent);
    expect(again.data!.assignBookingRequest.id).toBe(request.id);
    const link = await api.gql(LINK, { t: asked.token });
    expect(link.data!.patronBooking).toMatchObject({
      status: 'BOOKED',
      startsAt: '2026-03-04T02:15:00.000Z',
      expertName: 'Yuki Tanaka',
    });
  });
});

describe('staff on a session', () => {
  it('reassigns it, sets the video link, records attendance once it started, and counts it in the figures', async () => {
    const booked = await book(api, {
      topicId: 'research-project',
      preferredBranchId: 'lakewood',
      mode: 'VIDEO',
      startsAt: '2026-03-10T16:00:00.000Z',
    });
    expect(booked.data).toMatchObject({ status: 'BOOKED', branch: { id: 'lakewood' } });
    const [session] = (await api.gql(SESSIONS, { from: '2026-03-10', to: '2026-03-10', e: MINH }, agent)).data!
      .bookingSessions;
    const SARA_ID = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002';
    // Sara (Tehran) works 09:00–13:00 Tehran time: 05:30Z on Tuesday 10 March.
    const reassigned = await api.gql(
      'mutation ($id: ID!, $e: ID!, $s: String) { reassignBookingSession(id: $id, expertId: $e, startsAt: $s, commandId: "r1") { expertId branch { id } startsAt routedReason moves } }',
      { id: session.id, e: SARA_ID, s: '2026-03-10T05:30:00.000Z' },
      agent,
    );
    expect(reassigned.errors).toBeUndefined();
    expect(reassigned.data!.reassignBookingSession).toEqual({
      expertId: SARA_ID,
      branch: { id: 'central' },
      startsAt: '2026-03-10T05:30:00.000Z',
      routedReason: 'EXPERTS_BUSY',
      moves: 1,
    });
    expect(
      (await api.gql(SESSIONS, { from: '2026-03-10', to: '2026-03-10', e: MINH }, agent)).data!.bookingSessions,
    ).toEqual([]);

    const badLink = await api.gql(
      'mutation ($id: ID!) { setBookingVideoLink(id: $id, videoLink: "ftp://x", commandId: "v0") { videoLink } }',
      { id: session.id },
      agent,
    );
    expect(badLink.errors![0]!.extensions!.reason).toBe('BOOKING_VIDEO_LINK_INVALID');
    const link = await api.gql(
      'mutation ($id: ID!) { setBookingVideoLink(id: $id, videoLink: "https://meet.example.org/abc", commandId: "v1") { videoLink } }',
      { id: session.id },
      agent,
    );
    expect(link.data!.setBookingVideoLink.videoLink).toBe('https://meet.example.org/abc');

    const ATTEND =
      'mutation ($id: ID!, $a: Boolean!, $c: ID!) { recordBookingAttendance(id: $id, attended: $a, commandId: $c) { status } }';
    const early = await api.gql(ATTEND, { id: session.id, a: false, c: 'att-0' }, agent);
    expect(early.errors![0]!.extensions!.reason).toBe('BOOKING_SESSION_NOT_STARTED');
    clock.set('2026-03-10T06:40:00.000Z');
    const missed = await api.gql(ATTEND, { id: session.id, a: false, c: 'att-1' }, agent);
    expect(missed.data!.recordBookingAttendance.status).toBe('NO_SHOW');
    clock.set('2026-03-02T00:00:00.000Z');

    const figures = await api.gql(
      '{ bookingFigures(from: "2026-03-10", to: "2026-03-10") { sessions noShows routedElsewhere byBranch { key sessions } byMode { key noShows } byTopic { key sessions } } }',
      {},
      agent,
    );
    expect(figures.data!.bookingFigures).toEqual({
      sessions: 1,
      noShows: 1,
      routedElsewhere: 1,
      byBranch: [{ key: 'central', sessions: 1 }],
      byMode: [{ key: 'VIDEO', noShows: 1 }],
      byTopic: [{ key: 'research-project', sessions: 1 }],
    });
  });
});

describe('the staff board’s live feed', () => {
  it('pushes a change when a session is booked, to staff only', async () => {
    const free = await api.gql(SLOTS, {
      t: 'books-authors',
      b: 'tokyo',
      m: 'VIDEO',
      from: '2026-03-11T00:00:00Z',
      days: 30,
    });
    const starts = free.data!.bookingSlots.slots.map((s: { startsAt: string }) => s.startsAt);
    const anonymous = watch(connect(), 'subscription { bookingBoardChanged { version } }');
    const board = watch<{ bookingBoardChanged: { version: number } }>(
      connect(agent),
      'subscription { bookingBoardChanged { version } }',
    );
    const pushed = await board.until(
      (push) => push.bookingBoardChanged.version > 0,
      (attempt) =>
        book(api, { topicId: 'books-authors', preferredBranchId: 'tokyo', mode: 'VIDEO', startsAt: starts[attempt] }),
    );
    expect(pushed.bookingBoardChanged.version).toBeGreaterThan(0);
    expect(await anonymous.failure).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });
});

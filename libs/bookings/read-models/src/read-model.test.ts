import type { BookingActor, BookingsEvent, SessionBooked } from '@deskstream/bookings-domain';
import { describe, expect, it } from 'vitest';
import { bookingFigures } from './figures';
import { applyBookingsEvent } from './projections';
import { BookingsReadModel } from './read-model';

const by: BookingActor = { kind: 'staff', id: 'admin', name: 'Admin' };
const at = '2026-03-01T00:00:00.000Z';
const name = (en: string) => ({ fa: en, en, ja: en, vi: en });
const rules = {
  sessionMinutes: null,
  paddingMinutes: null,
  bookingWindowDays: null,
  minimumNoticeMinutes: null,
  cancellationCutoffMinutes: null,
  reminderLeadMinutes: null,
};

function setUp(): BookingsReadModel {
  const readModel = new BookingsReadModel();
  const events: BookingsEvent[] = [
    {
      type: 'BookingBranchOpened',
      data: {
        branchId: 'la',
        name: name('LA'),
        timeZone: 'America/Los_Angeles',
        modes: ['PHONE', 'VIDEO'],
        address: '',
        at,
        by,
      },
    },
    {
      type: 'BookingBranchOpened',
      data: { branchId: 'tokyo', name: name('Tokyo'), timeZone: 'Asia/Tokyo', modes: ['VIDEO'], address: '', at, by },
    },
    { type: 'BookingTopicDefined', data: { topicId: 'genealogy', name: name('Genealogy'), at, by } },
    { type: 'BookingTopicRulesSet', data: { topicId: 'genealogy', rules: { ...rules, sessionMinutes: 90 }, at, by } },
    {
      type: 'ExpertEnrolled',
      data: { expertId: 'ana', displayName: 'Ana', branchId: 'tokyo', topicIds: ['genealogy'], at, by },
    },
    {
      type: 'ExpertAvailabilitySet',
      data: { expertId: 'ana', weekly: [{ weekday: 1, start: '09:00', end: '17:00' }], at, by },
    },
  ];
  for (const event of events) applyBookingsEvent(readModel, event);
  return readModel;
}

function booked(
  sequence: number,
  startsAt: string,
  day: string,
  extra: Partial<SessionBooked['data']> = {},
): BookingsEvent {
  return {
    type: 'SessionBooked',
    data: {
      bookingId: 'b1',
      sequence,
      expertId: 'ana',
      expertName: 'Ana',
      branchId: 'tokyo',
      preferredBranchId: 'la',
      topicId: 'genealogy',
      mode: 'VIDEO',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
      timeZone: 'Asia/Tokyo',
      day,
      terms: { paddingMinutes: 15, cancellationCutoffMinutes: 240, reminderLeadMinutes: 1440 },
      patron: { name: null, email: 'p@example.org', phone: null, locale: 'fa', timeZone: 'Asia/Tehran' },
      details: 'Family tree',
      linkTokenHash: 'hash1',
      requestId: null,
      videoLink: null,
      at,
      by: { kind: 'patron' },
      ...extra,
    },
  };
}

describe('the bookings read model', () => {
  it('finds candidates by topic and mode, marks the preferred branch, and applies the topic’s rules', () => {
    const readModel = setUp();
    const video = readModel.candidatesFor('genealogy', 'VIDEO', 'la');
    expect(video.candidates.map((c) => [c.calendar.expertId, c.preferred, c.rules.sessionMinutes])).toEqual([
      ['ana', false, 90],
    ]);
    expect(video.preferred).toEqual({ offersMode: true, hasExperts: false });
    expect(readModel.candidatesFor('genealogy', 'PHONE', 'la').candidates).toEqual([]);
    expect(readModel.candidatesFor('email', 'VIDEO', 'la').nobodyForTopic).toBe(true);
  });

  it('follows a session that moves, frees its old time, and keeps the link', () => {
    const readModel = setUp();
    applyBookingsEvent(readModel, booked(0, '2026-03-02T00:00:00.000Z', '2026-03-02'));
    applyBookingsEvent(readModel, {
      type: 'SessionRoutedToAnotherBranch',
      data: { bookingId: 'b1', sequence: 0, preferredBranchId: 'la', branchId: 'tokyo', reason: 'NO_EXPERT_AT_BRANCH' },
    });
    expect(readModel.board.busyOf('ana').map((b) => b.start)).toEqual([Date.parse('2026-03-02T00:00:00.000Z')]);
    applyBookingsEvent(readModel, booked(1, '2026-03-09T00:00:00.000Z', '2026-03-09'));
    applyBookingsEvent(readModel, {
      type: 'SessionMoved',
      data: {
        bookingId: 'b1',
        sequence: 0,
        why: 'RESCHEDULED',
        toExpertId: 'ana',
        toDay: '2026-03-09',
        toStartsAt: '2026-03-09T00:00:00.000Z',
        at,
        by: { kind: 'patron' },
      },
    });
    // A late event of the old booking no longer counts.
    applyBookingsEvent(readModel, {
      type: 'SessionCancelled',
      data: { bookingId: 'b1', sequence: 0, reason: '', at, by },
    });
    const session = readModel.board.sessions.get('b1');
    expect(session).toMatchObject({ status: 'BOOKED', day: '2026-03-09', moves: 1 });
    expect(readModel.board.busyOf('ana').map((b) => b.start)).toEqual([Date.parse('2026-03-09T00:00:00.000Z')]);
    expect(readModel.board.byLink('hash1').session?.id).toBe('b1');
    applyBookingsEvent(readModel, {
      type: 'SessionCancelled',
      data: { bookingId: 'b1', sequence: 1, reason: 'ill', at, by },
    });
    expect(readModel.board.busyOf('ana')).toEqual([]);
  });

  it('counts figures on the session’s day in its branch’s zone', () => {
    const readModel = setUp();
    // 2026-03-01T23:30Z is already 2 March in Tokyo.
    applyBookingsEvent(readModel, booked(0, '2026-03-01T23:30:00.000Z', '2026-03-02'));
    applyBookingsEvent(readModel, {
      type: 'SessionRoutedToAnotherBranch',
      data: { bookingId: 'b1', sequence: 0, preferredBranchId: 'la', branchId: 'tokyo', reason: 'NO_EXPERT_AT_BRANCH' },
    });
    applyBookingsEvent(readModel, { type: 'SessionMissed', data: { bookingId: 'b1', sequence: 0, at, by } });
    expect(bookingFigures(readModel, '2026-03-01', '2026-03-01').sessions).toBe(0);
    const figures = bookingFigures(readModel, '2026-03-02', '2026-03-02');
    expect(figures).toMatchObject({ sessions: 1, noShows: 1, routedElsewhere: 1, cancelled: 0 });
    expect(figures.byBranch.map((r) => [r.key, r.sessions])).toEqual([['tokyo', 1]]);
    expect(figures.byMode.map((r) => [r.key, r.noShows])).toEqual([['VIDEO', 1]]);
    expect(figures.byDay).toEqual([{ day: '2026-03-02', sessions: 1, noShows: 1, routedElsewhere: 1 }]);
  });

  it('keeps waiting requests with their link until staff assign them, then the link shows the session', () => {
    const readModel = setUp();
    const patron = { name: null, email: null, phone: '+14255550100', locale: 'vi' as const, timeZone: null };
    applyBookingsEvent(readModel, {
      type: 'BookingRequestWaiting',
      data: {
        requestId: 'r1',
        topicId: 'genealogy',
        preferredBranchId: 'la',
        mode: 'PHONE',
        patron,
        details: 'Ancestors',
        preferredTimes: 'evenings',
        reason: 'NO_FREE_SLOT',
        linkTokenHash: 'hash-r1',
        at,
      },
    });
    expect(readModel.board.byLink('hash-r1')).toEqual({
      request: expect.objectContaining({ status: 'WAITING' }),
      session: undefined,
    });
    applyBookingsEvent(readModel, { type: 'BookingRequestPickedUp', data: { requestId: 'r1', at, by } });
    expect(readModel.board.requests.get('r1')).toMatchObject({ status: 'PICKED_UP', pickedUpBy: 'Admin' });
    applyBookingsEvent(
      readModel,
      booked(0, '2026-03-02T00:00:00.000Z', '2026-03-02', {
        bookingId: 'r1',
        requestId: 'r1',
        linkTokenHash: 'hash-r1',
        patron,
      }),
    );
    applyBookingsEvent(readModel, {
      type: 'BookingRequestAssigned',
      data: { requestId: 'r1', bookingId: 'r1', expertId: 'ana', startsAt: '2026-03-02T00:00:00.000Z', at, by },
    });
    expect(readModel.board.byLink('hash-r1').session).toMatchObject({ id: 'r1', requestId: 'r1', status: 'BOOKED' });
    expect(bookingFigures(readModel, '2026-03-01', '2026-03-31').requestsWaiting).toBe(0);
  });
});

import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, it } from 'vitest';
import type { BookingActor, SessionBooked, SessionEvent } from './bookings-events';
import { expertDayDecider, type ExpertDayCommand } from './expert-day-decider';

const given = deciderSpec(expertDayDecider);
const patron: BookingActor = { kind: 'patron' };
const staff: BookingActor = { kind: 'staff', id: 's1', name: 'Sara' };

function booked(bookingId: string, startsAt: string, endsAt: string, extra: Partial<SessionBooked['data']> = {}) {
  return {
    bookingId,
    sequence: 0,
    expertId: 'e1',
    expertName: 'Sara',
    branchId: 'b1',
    preferredBranchId: 'b1',
    topicId: 't1',
    mode: 'VIDEO' as const,
    startsAt,
    endsAt,
    timeZone: 'Asia/Tokyo',
    day: '2026-03-02',
    terms: { paddingMinutes: 15, cancellationCutoffMinutes: 240, reminderLeadMinutes: 1440 },
    patron: { name: null, email: 'p@example.org', phone: null, locale: 'en' as const, timeZone: null },
    details: 'E-books on my tablet',
    linkTokenHash: 'hash',
    requestId: null,
    videoLink: null,
    at: '2026-03-01T00:00:00.000Z',
    by: patron,
    ...extra,
  } satisfies SessionBooked['data'];
}

const book = (data: SessionBooked['data'], routedReason: 'EXPERTS_BUSY' | null = null): ExpertDayCommand => ({
  type: 'BookSession',
  data: { ...data, routedReason, movedFrom: null },
});
const first = booked('a', '2026-03-02T00:00:00.000Z', '2026-03-02T01:00:00.000Z');
const firstBooked: SessionEvent = { type: 'SessionBooked', data: first };

describe('an expert’s day', () => {
  it('books a free time, and records the routing with it', () => {
    given([]).when(book(first)).then([firstBooked]);
    given([])
      .when(book(first, 'EXPERTS_BUSY'))
      .then([
        firstBooked,
        {
          type: 'SessionRoutedToAnotherBranch',
          data: { bookingId: 'a', sequence: 0, preferredBranchId: 'b1', branchId: 'b1', reason: 'EXPERTS_BUSY' },
        },
      ]);
  });

  it('refuses a second session that overlaps or breaks the padding, and books one clear of it', () => {
    given([firstBooked])
      .when(book(booked('b', '2026-03-02T00:30:00.000Z', '2026-03-02T01:30:00.000Z')))
      .then('BOOKING_SLOT_TAKEN');
    given([firstBooked])
      .when(book(booked('b', '2026-03-02T01:10:00.000Z', '2026-03-02T02:10:00.000Z')))
      .then('BOOKING_SLOT_TAKEN');
    const clear = booked('b', '2026-03-02T01:15:00.000Z', '2026-03-02T02:15:00.000Z');
    given([firstBooked])
      .when(book(clear))
      .then([{ type: 'SessionBooked', data: clear }]);
  });

  it('books the same session once', () => {
    given([firstBooked]).when(book(first)).then([]);
  });

  it('frees the time of a cancelled session', () => {
    const cancelled: SessionEvent = {
      type: 'SessionCancelled',
      data: { bookingId: 'a', sequence: 0, reason: '', at: '2026-03-01T01:00:00.000Z', by: patron },
    };
    const again = booked('b', '2026-03-02T00:00:00.000Z', '2026-03-02T01:00:00.000Z');
    given([firstBooked, cancelled])
      .when(book(again))
      .then([{ type: 'SessionBooked', data: again }]);
  });

  it('lets the patron cancel only before the cutoff; staff any time', () => {
    const cancel = (at: string, by: BookingActor): ExpertDayCommand => ({
      type: 'CancelSession',
      data: { bookingId: 'a', reason: ' ill ', at, by },
    });
    given([firstBooked])
      .when(cancel('2026-03-01T19:59:00.000Z', patron))
      .then([
        {
          type: 'SessionCancelled',
          data: { bookingId: 'a', sequence: 0, reason: 'ill', at: '2026-03-01T19:59:00.000Z', by: patron },
        },
      ]);
    given([firstBooked]).when(cancel('2026-03-01T20:00:00.000Z', patron)).then('BOOKING_CUTOFF_PASSED');
    given([firstBooked])
      .when(cancel('2026-03-01T23:00:00.000Z', staff))
      .then([
        {
          type: 'SessionCancelled',
          data: { bookingId: 'a', sequence: 0, reason: 'ill', at: '2026-03-01T23:00:00.000Z', by: staff },
        },
      ]);
    given([]).when(cancel('2026-03-01T19:59:00.000Z', patron)).then('BOOKING_SESSION_NOT_FOUND');
  });

  it('moves a session within the day in one append, its own old time not counting as busy', () => {
    const later = { ...booked('a', '2026-03-02T00:30:00.000Z', '2026-03-02T01:30:00.000Z'), sequence: 1 };
    given([firstBooked])
      .when({
        type: 'BookSession',
        data: {
          ...later,
          routedReason: null,
          movedFrom: { expertId: 'e1', day: '2026-03-02', sequence: 0, why: 'RESCHEDULED' },
        },
      })
      .then([
        { type: 'SessionBooked', data: later },
        {
          type: 'SessionMoved',
          data: {
            bookingId: 'a',
            sequence: 0,
            why: 'RESCHEDULED',
            toExpertId: 'e1',
            toDay: '2026-03-02',
            toStartsAt: '2026-03-02T00:30:00.000Z',
            at: later.at,
            by: patron,
          },
        },
      ]);
  });

  it('records attendance once the session has started, and a video link only for video sessions', () => {
    const attend = (at: string, attended = true): ExpertDayCommand => ({
      type: 'RecordAttendance',
      data: { bookingId: 'a', attended, at, by: staff },
    });
    given([firstBooked]).when(attend('2026-03-01T23:59:00.000Z')).then('BOOKING_SESSION_NOT_STARTED');
    given([firstBooked])
      .when(attend('2026-03-02T01:00:00.000Z', false))
      .then([
        { type: 'SessionMissed', data: { bookingId: 'a', sequence: 0, at: '2026-03-02T01:00:00.000Z', by: staff } },
      ]);
    const link = (videoLink: string): ExpertDayCommand => ({
      type: 'SetVideoLink',
      data: { bookingId: 'a', videoLink, at: '2026-03-01T00:00:00.000Z', by: staff },
    });
    given([firstBooked]).when(link('http://meet.example.org/x')).then('BOOKING_VIDEO_LINK_INVALID');
    given([{ type: 'SessionBooked', data: { ...first, mode: 'PHONE' } }])
      .when(link('https://meet.example.org/x'))
      .then('BOOKING_VIDEO_LINK_INVALID');
  });

  it('queues a reminder once', () => {
    const remind: ExpertDayCommand = {
      type: 'QueueReminder',
      data: { bookingId: 'a', mailId: 'm1', at: '2026-03-01T00:00:00.000Z' },
    };
    const queued: SessionEvent = {
      type: 'SessionReminderQueued',
      data: { bookingId: 'a', sequence: 0, mailId: 'm1', at: '2026-03-01T00:00:00.000Z' },
    };
    given([firstBooked]).when(remind).then([queued]);
    given([firstBooked, queued]).when(remind).then([]);
  });
});

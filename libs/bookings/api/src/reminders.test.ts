import { applyBookingsEvent, BookingsReadModel } from '@deskstream/bookings-read-models';
import { describe, expect, it } from 'vitest';
import { remindersDue } from './reminders';

function withSession(reminderLeadMinutes: number): BookingsReadModel {
  const readModel = new BookingsReadModel();
  applyBookingsEvent(readModel, {
    type: 'SessionBooked',
    data: {
      bookingId: 'b1',
      sequence: 0,
      expertId: 'e1',
      expertName: 'Sara',
      branchId: 'central',
      preferredBranchId: 'central',
      topicId: 'catalogue',
      mode: 'PHONE',
      startsAt: '2026-03-03T05:30:00.000Z',
      endsAt: '2026-03-03T06:30:00.000Z',
      timeZone: 'Asia/Tehran',
      day: '2026-03-03',
      terms: { paddingMinutes: 15, cancellationCutoffMinutes: 240, reminderLeadMinutes },
      patron: { name: null, email: 'p@example.org', phone: null, locale: 'en', timeZone: null },
      details: 'Catalogue',
      linkTokenHash: 'h',
      requestId: null,
      videoLink: null,
      at: '2026-03-01T00:00:00.000Z',
      by: { kind: 'patron' },
    },
  });
  return readModel;
}

describe('reminders due', () => {
  it('are the booked sessions within their lead of the start, not started, not reminded', () => {
    const readModel = withSession(24 * 60);
    expect(remindersDue(readModel, Date.parse('2026-03-02T05:29:59.999Z'))).toEqual([]);
    expect(remindersDue(readModel, Date.parse('2026-03-02T05:30:00.000Z')).map((s) => s.id)).toEqual(['b1']);
    expect(remindersDue(readModel, Date.parse('2026-03-03T05:30:00.000Z'))).toEqual([]);
    applyBookingsEvent(readModel, {
      type: 'SessionReminderQueued',
      data: { bookingId: 'b1', sequence: 0, mailId: 'm', at: '2026-03-02T05:30:00.000Z' },
    });
    expect(remindersDue(readModel, Date.parse('2026-03-02T06:00:00.000Z'))).toEqual([]);
  });

  it('never for a session whose rules ask for none', () => {
    expect(remindersDue(withSession(0), Date.parse('2026-03-03T05:00:00.000Z'))).toEqual([]);
  });
});

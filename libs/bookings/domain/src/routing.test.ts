import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOKING_RULES } from './booking-rules';
import type { ExpertCalendar } from './free-slots';
import { expertsFreeAt, offeredSlots, routingReason, whyUnbookable, type RoutingCandidate } from './routing';

const rules = { ...DEFAULT_BOOKING_RULES, minimumNoticeMinutes: 60, bookingWindowDays: 30 };
const monday9to12 = [{ weekday: 1, start: '09:00', end: '12:00' }];

function candidate(
  expertId: string,
  branchId: string,
  preferred: boolean,
  extra: Partial<ExpertCalendar> = {},
): RoutingCandidate {
  return {
    calendar: { expertId, branchId, timeZone: 'Asia/Tokyo', weekly: monday9to12, daysOff: [], booked: [], ...extra },
    expertName: expertId,
    rules,
    preferred,
  };
}

const now = Date.parse('2026-03-01T00:00:00Z');
// Monday 2 March 2026, 09:00 in Tokyo.
const nine = Date.parse('2026-03-02T00:00:00Z');
const search = { nowMs: now, keepNoticeAndWindow: true };
const busyAtNine = { booked: [{ bookingId: 'x', start: nine, end: nine + 3_600_000, paddingMinutes: 15 }] };

describe('routing', () => {
  it('names why a session goes elsewhere', () => {
    expect(routingReason({ offersMode: false, hasExperts: true })).toBe('MODE_NOT_AT_BRANCH');
    expect(routingReason({ offersMode: true, hasExperts: false })).toBe('NO_EXPERT_AT_BRANCH');
    expect(routingReason({ offersMode: true, hasExperts: true })).toBe('EXPERTS_BUSY');
  });

  it('tries the preferred branch first, then the least busy elsewhere', () => {
    const facts = { offersMode: true, hasExperts: true };
    const order = expertsFreeAt(
      [candidate('z-other', 'b2', false), candidate('a-other', 'b2', false), candidate('home', 'b1', true)],
      facts,
      nine,
      search,
    );
    expect(order.map((r) => [r.candidate.calendar.expertId, r.routedReason])).toEqual([
      ['home', null],
      ['a-other', 'EXPERTS_BUSY'],
      ['z-other', 'EXPERTS_BUSY'],
    ]);
  });

  it('routes to another branch when the preferred one has nobody free, and says why', () => {
    const facts = { offersMode: true, hasExperts: true };
    const candidates = [candidate('home', 'b1', true, busyAtNine), candidate('other', 'b2', false)];
    expect(
      expertsFreeAt(candidates, facts, nine, search).map((r) => [r.candidate.calendar.expertId, r.routedReason]),
    ).toEqual([['other', 'EXPERTS_BUSY']]);
    const slots = offeredSlots(candidates, facts, { ...search, fromMs: nine, toMs: nine + 86_400_000 });
    expect(slots.map((s) => [new Date(s.start).toISOString(), s.branchId, s.routedReason])).toEqual([
      ['2026-03-02T00:00:00.000Z', 'b2', 'EXPERTS_BUSY'],
      ['2026-03-02T01:15:00.000Z', 'b1', null],
    ]);
  });

  it('tells past, too soon, beyond the window, never offered and taken apart', () => {
    const candidates = [candidate('home', 'b1', true, busyAtNine)];
    expect(whyUnbookable(candidates, now - 1, search)).toBe('BOOKING_SLOT_IN_PAST');
    expect(whyUnbookable(candidates, nine + 60_000, search)).toBe('BOOKING_SLOT_UNAVAILABLE');
    expect(whyUnbookable(candidates, nine, search)).toBe('BOOKING_SLOT_TAKEN');
    const soon = { nowMs: nine + 4_500_000 - 30 * 60_000, keepNoticeAndWindow: true };
    expect(whyUnbookable(candidates, nine + 4_500_000, soon)).toBe('BOOKING_SLOT_TOO_SOON');
    const april = Date.parse('2026-04-06T00:00:00Z');
    expect(whyUnbookable(candidates, april, search)).toBe('BOOKING_SLOT_BEYOND_WINDOW');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOKING_RULES, type BookingRules } from './booking-rules';
import { freeSlots, isFreeAt, type ExpertCalendar } from './free-slots';

const rules: BookingRules = {
  ...DEFAULT_BOOKING_RULES,
  sessionMinutes: 60,
  paddingMinutes: 15,
  minimumNoticeMinutes: 0,
};
const iso = (ms: number) => new Date(ms).toISOString();

function calendar(overrides: Partial<ExpertCalendar> = {}): ExpertCalendar {
  return {
    expertId: 'e1',
    branchId: 'b1',
    timeZone: 'America/Los_Angeles',
    weekly: [{ weekday: 7, start: '09:00', end: '12:00' }],
    daysOff: [],
    booked: [],
    ...overrides,
  };
}

const query = (from: string, to: string, nowIso?: string) => ({
  fromMs: Date.parse(from),
  toMs: Date.parse(to),
  nowMs: nowIso ? Date.parse(nowIso) : Date.parse(from) - 86_400_000,
  rules,
  keepNoticeAndWindow: true,
});

describe('free slots', () => {
  it('cuts the hours into sessions a session plus padding apart', () => {
    const slots = freeSlots(calendar(), query('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'));
    // Sunday 1 March 2026 in Los Angeles is on standard time (UTC−8).
    expect(slots.map((s) => iso(s.start))).toEqual(['2026-03-01T17:00:00.000Z', '2026-03-01T18:15:00.000Z']);
  });

  it('keeps the wall-clock hours across the spring change in Los Angeles (UTC−8 → UTC−7)', () => {
    const slots = freeSlots(calendar(), query('2026-03-07T00:00:00Z', '2026-03-16T00:00:00Z'));
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-03-08T16:00:00.000Z',
      '2026-03-08T17:15:00.000Z',
      '2026-03-15T16:00:00.000Z',
      '2026-03-15T17:15:00.000Z',
    ]);
  });

  it('keeps them across the autumn change (UTC−7 → UTC−8), and on a day whose hours span the change', () => {
    const night = calendar({ weekly: [{ weekday: 7, start: '00:00', end: '04:00' }] });
    const slots = freeSlots(night, query('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'));
    // 00:00 PDT = 07:00Z; the night has 5 real hours (01:00–02:00 twice), so four sessions fit.
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:15:00.000Z',
      '2026-11-01T09:30:00.000Z',
      '2026-11-01T10:45:00.000Z',
    ]);
    const after = freeSlots(calendar(), query('2026-11-08T00:00:00Z', '2026-11-09T00:00:00Z'));
    expect(iso(after[0]!.start)).toBe('2026-11-08T17:00:00.000Z');
  });

  it('counts the hours in Tehran and Tokyo, which keep no daylight saving', () => {
    const tehran = calendar({ timeZone: 'Asia/Tehran', weekly: [{ weekday: 6, start: '09:00', end: '10:00' }] });
    const tokyo = calendar({ timeZone: 'Asia/Tokyo', weekly: [{ weekday: 6, start: '09:00', end: '10:00' }] });
    const range = query('2026-06-05T00:00:00Z', '2026-06-07T00:00:00Z');
    expect(freeSlots(tehran, range).map((s) => iso(s.start))).toEqual(['2026-06-06T05:30:00.000Z']);
    expect(freeSlots(tokyo, range).map((s) => iso(s.start))).toEqual(['2026-06-06T00:00:00.000Z']);
  });

  it('leaves out days off, booked sessions with their padding, and times before the notice or beyond the window', () => {
    const sunday = query('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    expect(freeSlots(calendar({ daysOff: [{ from: '2026-02-28', to: '2026-03-01' }] }), sunday)).toEqual([]);
    const booked = calendar({
      booked: [
        {
          bookingId: 'x',
          start: Date.parse('2026-03-01T17:30:00Z'),
          end: Date.parse('2026-03-01T18:00:00Z'),
          paddingMinutes: 15,
        },
      ],
    });
    // 09:00–10:00 overlaps; 10:15 starts exactly at the end plus padding, so it is free.
    expect(freeSlots(booked, sunday).map((s) => iso(s.start))).toEqual(['2026-03-01T18:15:00.000Z']);
    const tight = calendar({
      booked: [
        {
          bookingId: 'x',
          start: Date.parse('2026-03-01T18:00:00Z'),
          end: Date.parse('2026-03-01T18:10:00Z'),
          paddingMinutes: 15,
        },
      ],
    });
    expect(freeSlots(tight, sunday)).toEqual([]);
    expect(freeSlots(tight, { ...sunday, ignoreBookingId: 'x' })).toHaveLength(2);
    const notice = {
      ...sunday,
      nowMs: Date.parse('2026-03-01T16:00:00Z'),
      rules: { ...rules, minimumNoticeMinutes: 120 },
    };
    expect(freeSlots(calendar(), notice).map((s) => iso(s.start))).toEqual(['2026-03-01T18:15:00.000Z']);
    const window = { ...sunday, nowMs: Date.parse('2026-01-01T00:00:00Z'), rules: { ...rules, bookingWindowDays: 30 } };
    expect(freeSlots(calendar(), window)).toEqual([]);
    expect(freeSlots(calendar(), { ...window, keepNoticeAndWindow: false })).toHaveLength(2);
  });

  it('tells whether a session may start at exactly a time', () => {
    const base = { nowMs: Date.parse('2026-02-20T00:00:00Z'), rules, keepNoticeAndWindow: true };
    expect(isFreeAt(calendar(), base, Date.parse('2026-03-01T18:15:00Z'))).toBe(true);
    expect(isFreeAt(calendar(), base, Date.parse('2026-03-01T18:00:00Z'))).toBe(false);
    expect(isFreeAt(calendar(), base, Date.parse('2026-03-02T18:15:00Z'))).toBe(false);
  });
});

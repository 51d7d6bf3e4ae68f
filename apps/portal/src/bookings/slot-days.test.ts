import { createFormatter } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { dayKeyIn, sameWallClock, slotDays } from './slot-days';

const slot = (start: string, branchId: string, timeZone: string) => ({
  start,
  end: new Date(Date.parse(start) + 45 * 60_000).toISOString(),
  branchId,
  timeZone,
});

describe('free times in the patron’s zone', () => {
  it('groups by the patron’s day, not the branch’s or UTC’s', () => {
    // 23:30 UTC on 8 Dec is 8:30 on 9 Dec in Tokyo.
    expect(dayKeyIn('2026-12-08T23:30:00Z', 'Asia/Tokyo')).toBe('2026-12-09');
    expect(dayKeyIn('2026-12-08T23:30:00Z', 'America/Los_Angeles')).toBe('2026-12-08');
    const days = slotDays(
      [slot('2026-12-09T01:00:00Z', 'tokyo', 'Asia/Tokyo'), slot('2026-12-08T23:30:00Z', 'tokyo', 'Asia/Tokyo')],
      'Asia/Tokyo',
      createFormatter('en'),
    );
    expect(days.map((day) => day.key)).toEqual(['2026-12-09']);
    expect(days[0]!.slots.map((choice) => choice.time)).toEqual(['8:30 AM', '10:00 AM']);
    expect(days[0]!.slots[0]!.branchTime).toBeNull();
  });

  it('names the branch’s zone and time when its clock differs from the patron’s', () => {
    const [day] = slotDays(
      [slot('2026-12-09T06:00:00Z', 'central', 'Asia/Tehran')],
      'Asia/Tokyo',
      createFormatter('en'),
    );
    expect(day!.slots[0]!.time).toBe('3:00 PM');
    expect(day!.slots[0]!.branchTime).toBe('9:30 AM (Asia/Tehran)');
  });

  it('writes Persian days in the Persian calendar with Persian digits', () => {
    const [day] = slotDays(
      [slot('2026-12-09T06:00:00Z', 'central', 'Asia/Tehran')],
      'Asia/Tehran',
      createFormatter('fa'),
    );
    expect(day!.label).toContain('آذر');
    expect(day!.label).toMatch(/[۰-۹]/);
    expect(day!.slots[0]!.time).toBe('۹:۳۰');
  });

  it('tells zones apart by their clocks at that instant, across daylight saving', () => {
    // Los Angeles and Vancouver share a clock; Los Angeles and Phoenix share it only in winter.
    expect(sameWallClock('2026-12-09T18:00:00Z', 'America/Los_Angeles', 'America/Vancouver')).toBe(true);
    expect(sameWallClock('2026-12-09T18:00:00Z', 'America/Los_Angeles', 'America/Phoenix')).toBe(false);
    expect(sameWallClock('2026-07-09T18:00:00Z', 'America/Los_Angeles', 'America/Phoenix')).toBe(true);
  });
});

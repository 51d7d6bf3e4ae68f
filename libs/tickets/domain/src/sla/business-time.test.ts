import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, minutesOfDay } from './business-time';
import { isTimeZone } from './zoned-time';

// Saturday–Wednesday 08:00–16:00 in Tehran (UTC+03:30, no DST since 2022).
const tehran = {
  timeZone: 'Asia/Tehran',
  hours: [6, 0, 1, 2, 3].map((day) => ({ day, start: '08:00', end: '16:00' })),
  holidays: ['2026-03-21'],
};
// A book fair open every day 08:00–24:00.
const fair = {
  timeZone: 'Asia/Tehran',
  hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '08:00', end: '24:00' })),
  holidays: [],
};
const berlin = {
  timeZone: 'Europe/Berlin',
  hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  holidays: [],
};
const at = (iso: string) => Date.parse(iso);
const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('business time', () => {
  it('reads HH:mm with 24:00 and refuses the rest', () => {
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('24:30')).toBeNull();
    expect(minutesOfDay('8:30')).toBeNull();
  });

  it('adds minutes within a Tehran working day', () => {
    // Saturday 2026-12-05 09:00 Tehran = 05:30Z; 60 minutes later.
    expect(iso(addBusinessMinutes(at('2026-12-05T05:30:00Z'), 60, tehran))).toBe('2026-12-05T06:30:00.000Z');
  });

  it('carries over the Thursday–Friday weekend', () => {
    // Wednesday 2026-12-09 15:00 Tehran = 11:30Z; 120 minutes: 60 on Wednesday, 60 on Saturday from 08:00.
    expect(iso(addBusinessMinutes(at('2026-12-09T11:30:00Z'), 120, tehran))).toBe('2026-12-12T05:30:00.000Z');
  });

  it('starts at the next opening when asked outside hours', () => {
    // Thursday 2026-12-10 10:00 Tehran: the next working minute is Saturday 08:00 (04:30Z).
    expect(iso(addBusinessMinutes(at('2026-12-10T06:30:00Z'), 30, tehran))).toBe('2026-12-12T05:00:00.000Z');
  });

  it('skips holidays', () => {
    // Nowruz 2026-03-21 is a Saturday: Wednesday 18th 16:00 + 30 → Sunday 22nd 08:30 Tehran (05:00Z).
    expect(iso(addBusinessMinutes(at('2026-03-18T12:30:00Z'), 30, tehran))).toBe('2026-03-22T05:00:00.000Z');
  });

  it('runs to midnight at a fair open until 24:00', () => {
    // 23:30 Tehran (20:00Z) + 60: 30 minutes to midnight, 30 from 08:00 the next day.
    expect(iso(addBusinessMinutes(at('2026-12-05T20:00:00Z'), 60, fair))).toBe('2026-12-06T05:00:00.000Z');
    expect(businessMinutesBetween(at('2026-12-05T20:00:00Z'), at('2026-12-06T05:00:00Z'), fair)).toBe(60);
  });

  it('counts business minutes between instants across a weekend', () => {
    expect(businessMinutesBetween(at('2026-12-09T11:30:00Z'), at('2026-12-12T05:30:00Z'), tehran)).toBe(120);
    expect(businessMinutesBetween(at('2026-12-10T00:00:00Z'), at('2026-12-11T23:00:00Z'), tehran)).toBe(0);
    expect(businessMinutesBetween(at('2026-12-12T05:30:00Z'), at('2026-12-09T11:30:00Z'), tehran)).toBe(0);
  });

  it('keeps wall-clock hours across a DST change', () => {
    // Berlin moves to summer time on Sunday 2026-03-29: Friday 16:00 CET (15:00Z) + 120 → Monday 10:00 CEST (08:00Z).
    expect(iso(addBusinessMinutes(at('2026-03-27T15:00:00Z'), 120, berlin))).toBe('2026-03-30T08:00:00.000Z');
    expect(businessMinutesBetween(at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z'), berlin)).toBe(120);
  });

  it('answers null for a calendar without working hours', () => {
    expect(addBusinessMinutes(at('2026-12-05T05:30:00Z'), 10, { ...tehran, hours: [] })).toBeNull();
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Asia/Tehran')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

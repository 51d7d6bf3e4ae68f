/**
 * The free-slot generator: pure. An expert's weekly hours in their branch's zone, less their days
 * off (absences, branch closures) and the sessions already booked (each kept apart by the padding),
 * cut into sessions of the rule's length (a new one every session + padding minutes from the start
 * of each stretch of hours), after the minimum notice and within the booking window. Slots are UTC
 * instants; the day and the hours are the branch's, daylight saving included.
 */
import type { WeeklyHours } from './bookings-events';
import type { BookingRules } from './booking-rules';
import { minutesOf } from './input-rules';
import { wallClockToUtc, zoneDaysBetween, type ZoneDay } from './zone-days';

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** The largest padding a session can have (the rule's upper bound), for scanning booked sessions. */
const MAX_PADDING_MS = 120 * MINUTE;

/** A session that holds an expert's time: UTC milliseconds, and the padding it keeps around it. */
export interface BusyInterval {
  bookingId: string;
  start: number;
  end: number;
  paddingMinutes: number;
}

/** Inclusive range of days (`YYYY-MM-DD`) in the branch's zone. */
export interface DayRange {
  from: string;
  to: string;
}

export interface ExpertCalendar {
  expertId: string;
  branchId: string;
  timeZone: string;
  weekly: readonly WeeklyHours[];
  daysOff: readonly DayRange[];
  /** Sorted by start. */
  booked: readonly BusyInterval[];
}

export interface SlotQuery {
  /** Slots starting in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  nowMs: number;
  rules: BookingRules;
  /** Patrons keep the minimum notice and the booking window; staff assigning a session need not. */
  keepNoticeAndWindow: boolean;
  /** Ignore booked sessions (to tell "taken" from "never offered"). */
  ignoreBookings?: boolean;
  /** A session that is moving: its own time does not count as busy. */
  ignoreBookingId?: string;
}

export interface FreeSlot {
  start: number;
  end: number;
}

const hoursCache = new WeakMap<readonly WeeklyHours[], [number, number][][]>();

/** Weekly hours as minutes, grouped by weekday (index 1 to 7), earliest first (worked out once per list). */
export function hoursByWeekday(weekly: readonly WeeklyHours[]): [number, number][][] {
  const known = hoursCache.get(weekly);
  if (known) return known;
  const byDay: [number, number][][] = Array.from({ length: 8 }, () => []);
  for (const hours of weekly) byDay[hours.weekday]?.push([minutesOf(hours.start), minutesOf(hours.end)]);
  for (const day of byDay) day.sort((a, b) => a[0] - b[0]);
  hoursCache.set(weekly, byDay);
  return byDay;
}

const isOff = (daysOff: readonly DayRange[], day: string) =>
  daysOff.some((range) => range.from <= day && day <= range.to);

/** The first time a patron may book and the time after which they may not yet. */
export function bookableSpan(query: Pick<SlotQuery, 'nowMs' | 'rules' | 'keepNoticeAndWindow'>): [number, number] {
  if (!query.keepNoticeAndWindow) return [query.nowMs, Number.POSITIVE_INFINITY];
  return [
    query.nowMs + query.rules.minimumNoticeMinutes * MINUTE,
    query.nowMs + query.rules.bookingWindowDays * DAY_MS,
  ];
}

/**
 * The expert's free slots. `days` may give the zone's days over the query's range when the caller
 * has them already (the same for every expert of a zone).
 */
export function freeSlots(calendar: ExpertCalendar, query: SlotQuery, days?: readonly ZoneDay[]): FreeSlot[] {
  const slots: FreeSlot[] = [];
  scanFreeSlots(calendar, query, days, undefined, (start, end) => slots.push({ start, end }));
  return slots;
}

/**
 * Calls `visit` with each free slot, earliest first, without making a list; a start for which
 * `skip` answers true is not checked against the bookings at all (a merge that has it already).
 */
export function scanFreeSlots(
  calendar: ExpertCalendar,
  query: SlotQuery,
  days: readonly ZoneDay[] | undefined,
  skip: ((start: number) => boolean) | undefined,
  visit: (start: number, end: number) => void,
): void {
  const [earliest, latest] = bookableSpan(query);
  const low = Math.max(query.fromMs, earliest);
  const high = Math.min(query.toMs, latest);
  const length = query.rules.sessionMinutes * MINUTE;
  const step = (query.rules.sessionMinutes + query.rules.paddingMinutes) * MINUTE;
  const padding = query.rules.paddingMinutes;
  const hours = hoursByWeekday(calendar.weekly);
  const booked = query.ignoreBookings
    ? []
    : query.ignoreBookingId === undefined
      ? calendar.booked
      : calendar.booked.filter((session) => session.bookingId !== query.ignoreBookingId);
  let next = 0;
  for (const zoned of days ?? zoneDaysBetween(calendar.timeZone, low, high)) {
    if (zoned.nextStartMs <= low || zoned.startMs >= high) continue;
    const stretches = hours[zoned.weekday];
    if (!stretches || stretches.length === 0) continue;
    if (calendar.daysOff.length > 0 && isOff(calendar.daysOff, zoned.day)) continue;
    for (const [from, to] of stretches) {
      const stretchEnd = wallClockToUtc(zoned, to);
      for (let start = wallClockToUtc(zoned, from); start + length <= stretchEnd; start += step) {
        if (start < low) continue;
        if (start >= high) break;
        if (skip?.(start)) continue;
        const end = start + length;
        while (next < booked.length && booked[next]!.end + MAX_PADDING_MS <= start) next++;
        if (!overlapsBooked(booked, next, start, end, padding)) visit(start, end);
      }
    }
  }
}

function overlapsBooked(booked: readonly BusyInterval[], from: number, start: number, end: number, padding: number) {
  for (let i = from; i < booked.length; i++) {
    const session = booked[i]!;
    if (session.start >= end + MAX_PADDING_MS) return false;
    const gap = Math.max(padding, session.paddingMinutes) * MINUTE;
    if (start < session.end + gap && session.start < end + gap) return true;
  }
  return false;
}

/** True when two sessions of one expert are too close: they overlap or break the larger padding. */
export function sessionsClash(a: BusyInterval, b: BusyInterval): boolean {
  const gap = Math.max(a.paddingMinutes, b.paddingMinutes) * MINUTE;
  return a.start < b.end + gap && b.start < a.end + gap;
}

/** Whether a session may start at exactly `start` with this expert. */
export function isFreeAt(calendar: ExpertCalendar, query: Omit<SlotQuery, 'fromMs' | 'toMs'>, start: number): boolean {
  return freeSlots(calendar, { ...query, fromMs: start, toMs: start + 1 }).some((slot) => slot.start === start);
}

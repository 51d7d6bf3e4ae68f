/**
 * Days of a branch's calendar as UTC instants, daylight saving included. Each day of a zone is
 * worked out once with luxon (its local midnight, the next one, its weekday) and remembered, so a
 * free-slot query over 90 days and 200 experts converts wall-clock hours with plain arithmetic on
 * every day without a clock change, and asks luxon only on the two days a year that have one.
 */
import { DateTime } from 'luxon';

export interface ZoneDay {
  zone: string;
  /** `YYYY-MM-DD` in the zone. */
  day: string;
  /** 1 (Monday) to 7 (Sunday). */
  weekday: number;
  /** The local midnight starting the day and the next one, as UTC milliseconds. */
  startMs: number;
  nextStartMs: number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, ZoneDay>();
const nextDays = new Map<string, string>();

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  let next = nextDays.get(day);
  if (next === undefined) {
    next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (nextDays.size >= CACHE_LIMIT) nextDays.clear();
    nextDays.set(day, next);
  }
  return next;
}

/** The day (`YYYY-MM-DD`) an instant falls on in a zone. */
export function dayIn(zone: string, ms: number): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

export function zoneDay(zone: string, day: string): ZoneDay {
  const key = `${zone}|${day}`;
  const known = cache.get(key);
  if (known) return known;
  const start = DateTime.fromISO(day, { zone }).startOf('day');
  const zoned: ZoneDay = {
    zone,
    day,
    weekday: start.weekday,
    startMs: start.toMillis(),
    nextStartMs: start.plus({ days: 1 }).startOf('day').toMillis(),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, zoned);
  return zoned;
}

/** The instant of a wall-clock time (minutes after midnight, 1440 = the end of the day) on a zone's day. */
export function wallClockToUtc(zoned: ZoneDay, minutes: number): number {
  if (minutes >= 24 * 60) return zoned.nextStartMs + (minutes - 24 * 60) * MINUTE;
  if (zoned.nextStartMs - zoned.startMs === DAY_MS) return zoned.startMs + minutes * MINUTE;
  // A day with a clock change: luxon places the time (a time skipped by the change moves forward).
  const [year, month, date] = zoned.day.split('-').map(Number);
  return DateTime.fromObject(
    { year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone: zoned.zone },
  ).toMillis();
}

/** The zone's days that overlap [fromMs, toMs), in order. */
export function zoneDaysBetween(zone: string, fromMs: number, toMs: number): ZoneDay[] {
  const days: ZoneDay[] = [];
  if (!(fromMs < toMs)) return days;
  let zoned = zoneDay(zone, dayIn(zone, fromMs));
  while (zoned.startMs < toMs) {
    days.push(zoned);
    zoned = zoneDay(zone, nextDay(zoned.day));
  }
  return days;
}

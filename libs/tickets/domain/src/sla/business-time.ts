/**
 * Business-time arithmetic on a calendar (its zone, weekly working hours with `24:00` for
 * midnight, holidays): N business minutes after an instant, and the business minutes between two
 * instants. Pure; DST-safe through `Intl` (working hours are wall-clock hours in the zone).
 */
import type { BusinessCalendar } from '../ticket-settings-events';
import { instantOf, isoDate, localDateOf, nextDay, weekdayOf, type LocalDate } from './zoned-time';

export type CalendarHours = Pick<BusinessCalendar, 'timeZone' | 'hours' | 'holidays'>;

/** `HH:mm` (00:00–24:00) as minutes of the day, or null. */
export function minutesOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

/** The working intervals of one local day, as instants, merged and in order. */
function workingIntervals(calendar: CalendarHours, date: LocalDate): [number, number][] {
  if (calendar.holidays.includes(isoDate(date))) return [];
  const weekday = weekdayOf(date);
  const spans = calendar.hours
    .filter((hours) => hours.day === weekday)
    .map((hours) => [minutesOfDay(hours.start), minutesOfDay(hours.end)] as const)
    .filter((span): span is readonly [number, number] => span[0] !== null && span[1] !== null && span[0] < span[1])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => [
    instantOf(date, start, calendar.timeZone),
    end === 1440 ? instantOf(nextDay(date), 0, calendar.timeZone) : instantOf(date, end, calendar.timeZone),
  ]);
}

/** How far ahead a calculation looks for working time before it gives up (a calendar with no hours). */
const MAX_DAYS = 3_700;

/** The instant `minutes` business minutes after `from`; null when the calendar has no working time ahead. */
export function addBusinessMinutes(from: number, minutes: number, calendar: CalendarHours): number | null {
  if (calendar.hours.length === 0) return null;
  let remaining = minutes * 60_000;
  // From the day before: an interval ending at 24:00 local may still hold `from`.
  let date = localDateOf(from - 86_400_000, calendar.timeZone);
  for (let days = 0; days < MAX_DAYS; days++, date = nextDay(date)) {
    for (const [start, end] of workingIntervals(calendar, date)) {
      if (end <= from) continue;
      const begin = Math.max(start, from);
      if (remaining <= end - begin) return begin + remaining;
      remaining -= end - begin;
    }
  }
  return null;
}

/** Business minutes between two instants (0 when `to` is not after `from`), fractional. */
export function businessMinutesBetween(from: number, to: number, calendar: CalendarHours): number {
  if (to <= from) return 0;
  let total = 0;
  let date = localDateOf(from - 86_400_000, calendar.timeZone);
  for (let days = 0; days < MAX_DAYS; days++, date = nextDay(date)) {
    if (instantOf(date, 0, calendar.timeZone) >= to) break;
    for (const [start, end] of workingIntervals(calendar, date)) {
      if (start >= to) return total / 60_000;
      total += Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
  }
  return total / 60_000;
}

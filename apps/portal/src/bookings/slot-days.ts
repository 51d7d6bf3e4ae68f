import type { LocaleFormatter } from '@deskstream/ui';

/** A free time as the api gives it: instants in UTC and the zone of the branch that holds it. */
export interface FreeTime {
  start: string;
  end: string;
  branchId: string;
  timeZone: string;
}

export interface SlotChoice<T extends FreeTime> {
  slot: T;
  /** The start in the patron's zone, e.g. "10:30". */
  time: string;
  /** The start in the branch's zone with the zone named, when the two zones differ on that day. */
  branchTime: string | null;
}

export interface SlotDay<T extends FreeTime> {
  /** The patron's calendar day, `YYYY-MM-DD` (a stable key). */
  key: string;
  /** The day as the patron's locale writes it (the Persian calendar in fa). */
  label: string;
  slots: SlotChoice<T>[];
}

/** The zone this browser is in (the patron's), falling back to UTC where the browser will not say. */
export function patronTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`, Gregorian) of an instant in a zone. */
export function dayKeyIn(instant: string, timeZone: string): string {
  let format = dayKeyFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayKeyFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading (as if it were UTC, in ms) of an instant in a zone. */
function wallClock(instant: string, timeZone: string): number {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!);
}

/** Whether two zones show the same wall-clock time at this instant (so naming the branch's would add nothing). */
export function sameWallClock(instant: string, a: string, b: string): boolean {
  return a === b || wallClock(instant, a) === wallClock(instant, b);
}

/** A time in a zone with the zone's name, e.g. "7:30 PM (Asia/Tehran)". */
export function timeInZone(format: LocaleFormatter, instant: string, timeZone: string): string {
  return `${format.dateTime(instant, { timeStyle: 'short', timeZone })} (${timeZone})`;
}

/**
 * Free times grouped by the patron's own days, earliest first, each written in the patron's zone
 * and, where the branch's clock differs, in the branch's zone too.
 */
export function slotDays<T extends FreeTime>(
  slots: readonly T[],
  patronZone: string,
  format: LocaleFormatter,
): SlotDay<T>[] {
  const days = new Map<string, SlotDay<T>>();
  const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start) || a.branchId.localeCompare(b.branchId));
  for (const slot of sorted) {
    const key = dayKeyIn(slot.start, patronZone);
    let day = days.get(key);
    if (!day) {
      const label = format.dateTime(slot.start, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: patronZone,
      });
      day = { key, label, slots: [] };
      days.set(key, day);
    }
    day.slots.push({
      slot,
      time: format.dateTime(slot.start, { timeStyle: 'short', timeZone: patronZone }),
      branchTime: sameWallClock(slot.start, patronZone, slot.timeZone)
        ? null
        : timeInZone(format, slot.start, slot.timeZone),
    });
  }
  return [...days.values()];
}

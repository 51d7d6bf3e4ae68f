import type { Locale, LocaleFormatter } from '@deskstream/ui';

/** The first day of the week as each language's readers expect it: Saturday in Persian, Monday in Vietnamese. */
export const FIRST_DAY_OF_WEEK: Readonly<Record<Locale, number>> = { fa: 6, en: 0, ja: 0, vi: 1 };

/** The heading of the shown days (`end` is exclusive): one day, or the first and last day of a week. */
export function calendarTitle(format: LocaleFormatter, start: Date, end: Date): string {
  const last = new Date(end.getTime() - 1);
  const day = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  if (last.getTime() - start.getTime() < 24 * 3600_000) return format.dateTime(start, day);
  const short = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  return `${format.dateTime(start, short)} – ${format.dateTime(last, short)}`;
}

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00:00`;

/**
 * The hours the grid shows: 07:00 to 21:00 on the librarian's clock, widened to take in every
 * session given (start and end, in this browser's zone), never past midnight.
 */
export function shownHours(sessions: readonly (readonly [Date, Date])[]): { slotMinTime: string; slotMaxTime: string } {
  let first = 7;
  let last = 21;
  for (const [start, end] of sessions) {
    first = Math.min(first, start.getHours());
    const endsOnOtherDay = end.getDate() !== start.getDate();
    last = Math.max(last, endsOnOtherDay ? 24 : end.getHours() + (end.getMinutes() > 0 ? 1 : 0));
  }
  return { slotMinTime: clock(first), slotMaxTime: clock(Math.min(24, last)) };
}

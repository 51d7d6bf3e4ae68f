/** A local calendar day of this browser as `YYYY-MM-DD` (the day the librarian sees on the grid). */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` days after (or before) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The branch days to ask for so that every session shown on the grid from `start` to `end`
 * (exclusive) is there, whatever the branch's zone: one day more on each side.
 */
export function branchDaysAround(start: Date, end: Date): { from: string; to: string } {
  return { from: addDays(localDay(start), -1), to: addDays(localDay(new Date(end.getTime() - 1)), 1) };
}

/** The IANA zone this browser is in (the librarian's), named beside the grid; reads the zone, formats nothing. */
export function browserTimeZone(): string {
  const { DateTimeFormat } = Intl;
  return new DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

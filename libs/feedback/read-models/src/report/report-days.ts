/**
 * Days of the report in the organisation's time zone, as numbers (days since 1970-01-01) so a
 * view over many items compares integers. An instant's day is looked up per quarter hour (every
 * zone's offset is a whole number of quarter hours), so a replay of a million events asks Intl
 * once per quarter hour that has events, not once per event.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const REPORT_BUCKETS = ['DAY', 'WEEK', 'MONTH'] as const;
export type ReportBucket = (typeof REPORT_BUCKETS)[number];

/** YYYY-MM-DD of a day number. */
export const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The day number of YYYY-MM-DD, or null when it is not a real day. */
export function dayNumber(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) return null;
  return Math.round(ms / DAY_MS);
}

export class ZonedDays {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly cache = new Map<number, number>();

  constructor(readonly timeZone = 'UTC') {
    this.format =
      timeZone === 'UTC'
        ? null
        : new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  /** The day number of an instant (ms) in the zone. */
  dayOf(ms: number): number {
    if (!this.format) return Math.floor(ms / DAY_MS);
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let day = this.cache.get(quarter);
    if (day === undefined) {
      const parts: Record<string, string> = {};
      for (const part of this.format.formatToParts(new Date(quarter * QUARTER_HOUR_MS))) parts[part.type] = part.value;
      day = Math.round(Date.parse(`${parts.year}-${parts.month}-${parts.day}T00:00:00.000Z`) / DAY_MS);
      this.cache.set(quarter, day);
    }
    return day;
  }

  today(now: Date): number {
    return this.dayOf(now.getTime());
  }
}

/** The first day of the bucket a day falls in: itself, its week's Monday (ISO weeks), or its month's first day. */
export function bucketStart(day: number, bucket: ReportBucket): number {
  switch (bucket) {
    case 'DAY':
      return day;
    case 'WEEK':
      // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
      return day - ((((day + 3) % 7) + 7) % 7);
    case 'MONTH': {
      const date = new Date(day * DAY_MS);
      return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
    }
  }
}

/** The bucket starts from `from` to `to` (day numbers, inclusive), in order. */
export function bucketStarts(from: number, to: number, bucket: ReportBucket): number[] {
  const starts: number[] = [];
  let start = bucketStart(from, bucket);
  while (start <= to) {
    starts.push(start);
    if (bucket === 'DAY') start += 1;
    else if (bucket === 'WEEK') start += 7;
    else {
      const date = new Date(start * DAY_MS);
      start = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
    }
  }
  return starts;
}

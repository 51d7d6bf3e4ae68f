/**
 * Local hours in the organisation's time zone as whole numbers: hour n is the n-th hour since
 * 1970-01-01T00:00 local wall-clock time, so a day is 24 hours (hour / 24 is the day's number) and
 * any zone works, Asia/Tehran's half-hour offset and daylight saving included: the two instants of
 * a repeated autumn hour share one local hour; a skipped spring hour simply has no instants. The
 * zone's offset is looked up once per quarter of an hour of UTC and kept.
 */
const QUARTER_MS = 900_000;
const HOUR_MS = 3_600_000;

export class ZoneHours {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone = 'UTC') {
    this.format =
      timeZone === 'UTC'
        ? null
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
  }

  /** The zone's offset from UTC at an instant, in ms. */
  offsetAt(ms: number): number {
    if (!this.format) return 0;
    const quarter = Math.floor(ms / QUARTER_MS);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      const at = quarter * QUARTER_MS;
      const parts: Record<string, number> = {};
      for (const part of this.format.formatToParts(new Date(at))) parts[part.type] = Number(part.value);
      const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
      offset = local - at;
      this.offsets.set(quarter, offset);
    }
    return offset;
  }

  /** The local hour an instant falls in. */
  hourOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / HOUR_MS);
  }

  hourOfIso(iso: string): number {
    return this.hourOf(Date.parse(iso));
  }

  /** The first instant of a local hour (the earlier one when the hour repeats; where a skipped hour would have been). */
  startOf(hour: number): number {
    const local = hour * HOUR_MS;
    // The offset a little before and after: one of them holds at the hour's start.
    const instants = [this.offsetAt(local - 14 * HOUR_MS), this.offsetAt(local + 14 * HOUR_MS)].map(
      (offset) => local - offset,
    );
    for (const instant of instants)
      if (this.hourOf(instant) === hour && this.hourOf(instant - 1) !== hour) return instant;
    // Skipped when the clocks went forward: it begins, and ends, where they jumped.
    for (const instant of instants) if (this.hourOf(instant) > hour && this.hourOf(instant - 1) < hour) return instant;
    return local - this.offsetAt(local);
  }
}

/** The local day `YYYY-MM-DD` of a local hour. */
export function dayOfHour(hour: number): string {
  return new Date(Math.floor(hour / 24) * 86_400_000).toISOString().slice(0, 10);
}

/** The first local hour of a day `YYYY-MM-DD`. */
export function firstHourOf(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / HOUR_MS);
}

export { HOUR_MS };

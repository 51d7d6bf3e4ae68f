/**
 * Sums of stretches of hours kept for the next question: a day (DAY buckets and every period's
 * totals) or a shift of a day. A sum stays while none of the days it covers changed since (the
 * hours' table counts changes per day), so a dashboard over months adds up a few sums per day
 * rather than every hour again; only the days still changing are summed anew.
 */
import { Accumulator } from './accumulator';
import type { HourTable } from './hour-figures';

/** More kept sums than this start the keeping over (a year of three shifts a day, and its days). */
const MAX_KEPT = 5_000;

export class SegmentCache {
  private readonly kept = new Map<string, { stamp: string; sums: Accumulator }>();

  constructor(private readonly table: HourTable) {}

  /** The kept hours from `first` to `last`, their agents counted on `day`. */
  sums(first: number, last: number, day: number): Accumulator {
    const key = `${first}:${last}:${day}`;
    const stamp = this.stampOf(first, last);
    const found = this.kept.get(key);
    if (found && found.stamp === stamp) return found.sums;
    const sums = new Accumulator();
    for (let hour = first; hour <= last; hour++) sums.add(this.table.hours.get(hour), undefined, day);
    if (this.kept.size >= MAX_KEPT) this.kept.clear();
    this.kept.set(key, { stamp, sums });
    return sums;
  }

  private stampOf(first: number, last: number): string {
    let stamp = '';
    for (let day = Math.floor(first / 24); day <= Math.floor(last / 24); day++)
      stamp += `${this.table.dayVersions.get(day) ?? 0}.`;
    return stamp;
  }
}

/** What every fold shares: the hours, the zone, the definitions and the queue's length. */
import {
  UNKNOWN_REQUESTER_TYPE,
  type AnsweredDefinition,
  type ServiceLevelDefinition,
} from '@deskstream/operations-domain';
import { HourTable } from './hour-figures';
import { ZoneHours } from './zone-hours';

export interface FoldDefinitions {
  answered: AnsweredDefinition;
  serviceLevel: ServiceLevelDefinition;
  requesterTypes: Readonly<Record<string, string>>;
}

/** How many hours of the queue's quiet stretch are filled in at most (a week). */
const MAX_FILLED_HOURS = 24 * 7;

export class FoldContext {
  readonly table = new HourTable();
  /** Calls ringing and chats waiting now (as the events so far tell). */
  private waiting = 0;
  private waitingSinceHour: number | null = null;

  constructor(
    readonly zone: ZoneHours,
    readonly definitions: FoldDefinitions,
  ) {}

  /** The reported group of a raw requester type. */
  groupOf(rawType: string | null | undefined): string {
    const raw = rawType?.trim() || UNKNOWN_REQUESTER_TYPE;
    return this.definitions.requesterTypes[raw] ?? raw;
  }

  hourOf(iso: string): number {
    return this.zone.hourOfIso(iso);
  }

  /** The queue grew or shrank at an instant: each hour keeps the longest queue it saw. */
  queueChanged(delta: number, at: number): void {
    const hour = this.zone.hourOf(at);
    // The hours since the last change held the queue as it was.
    if (this.waitingSinceHour !== null && this.waiting > 0 && hour > this.waitingSinceHour + 1) {
      const from = Math.max(this.waitingSinceHour + 1, hour - MAX_FILLED_HOURS);
      for (let quiet = from; quiet < hour; quiet++) this.notePeak(quiet, this.waiting, this.zone.startOf(quiet));
    }
    this.waiting = Math.max(0, this.waiting + delta);
    this.waitingSinceHour = hour;
    this.notePeak(hour, this.waiting, at);
  }

  private notePeak(hour: number, waiting: number, at: number): void {
    const figures = this.table.at(hour);
    if (waiting > figures.queuePeak) {
      figures.queuePeak = waiting;
      figures.queuePeakAt = at;
    }
  }
}

/**
 * The reminder timer: on each round (every `intervalMs`, on the clock it is given) every booked
 * session whose reminder is due — within its reminder lead of the start, not started, no reminder
 * yet — gets its reminder mail queued and recorded on its day. The mail id and the command id come
 * from the session and its sequence, so a reminder is queued once, also by several api processes.
 */
import type { BookingsReadModel, SessionRecord } from '@deskstream/bookings-read-models';
import type { NoticeLogger, SessionNotices } from './session-notices';

const MINUTE = 60_000;

/** Sessions whose reminder is due at `nowMs`. */
export function remindersDue(readModel: BookingsReadModel, nowMs: number): SessionRecord[] {
  return [...readModel.board.sessions.values()].filter(
    (session) =>
      session.status === 'BOOKED' &&
      session.reminderQueuedAt === null &&
      session.terms.reminderLeadMinutes > 0 &&
      nowMs < session.startMs &&
      nowMs >= session.startMs - session.terms.reminderLeadMinutes * MINUTE,
  );
}

export class ReminderTimer {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly readModel: BookingsReadModel,
    private readonly notices: SessionNotices,
    private readonly now: () => Date,
    private readonly log: NoticeLogger,
  ) {}

  /** One round: queues every due reminder; resolves with how many were queued. */
  round(): Promise<number> {
    this.running ??= this.queueDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async queueDue(): Promise<number> {
    let queued = 0;
    for (const session of remindersDue(this.readModel, this.now().getTime())) {
      try {
        if (await this.notices.remind(session)) queued++;
      } catch (error) {
        this.log.warn({ bookingId: session.id, err: error }, 'booking reminder not recorded; trying again next round');
      }
    }
    return queued;
  }

  start(intervalMs: number): void {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => void this.round(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

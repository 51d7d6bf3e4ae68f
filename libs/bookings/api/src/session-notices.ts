/**
 * Queues the patron's confirmation and reminder mails in the outbox and records a reminder on the
 * session's day, once. A mail that cannot be queued never undoes the booking: it is logged, and the
 * reminder timer tries its reminder again on its next round.
 */
import type { BookingsReadModel, SessionRecord } from '@deskstream/bookings-read-models';
import { bookingCommandError } from './access';
import { sessionMail, type BookingMailbox, type BookingMailSettings } from './booking-mail';
import type { BookingsCommands } from './commands';
import type { MailKind } from './mail-wording';

export interface NoticeLogger {
  warn(details: object, message: string): void;
}

export class SessionNotices {
  constructor(
    private readonly readModel: BookingsReadModel,
    private readonly commands: BookingsCommands,
    private readonly mailbox: BookingMailbox | undefined,
    private readonly settings: BookingMailSettings,
    private readonly log: NoticeLogger,
    private readonly now: () => Date,
  ) {}

  /** The confirmation of a session booked, moved or cancelled (with the patron's link when they are the one acting). */
  async confirm(session: SessionRecord, kind: Exclude<MailKind, 'REMINDER'>, linkToken: string | null): Promise<void> {
    const mail = sessionMail(this.readModel, session, kind, linkToken, this.settings);
    if (!mail || !this.mailbox) return;
    try {
      const outcome = await this.mailbox.queue(mail, mail.mailId, { kind: 'system', id: 'bookings' });
      if (!outcome.ok)
        this.log.warn({ bookingId: session.id, reason: outcome.message }, 'booking confirmation not queued');
    } catch (error) {
      this.log.warn({ bookingId: session.id, err: error }, 'booking confirmation not queued');
    }
  }

  /** Queues the reminder of a session and records it on the session's day; true when done (now or before). */
  async remind(session: SessionRecord): Promise<boolean> {
    const mail = sessionMail(this.readModel, session, 'REMINDER', null, this.settings);
    if (mail && this.mailbox) {
      const queued = await this.mailbox.queue(mail, mail.mailId, { kind: 'system', id: 'bookings' });
      if (!queued.ok) {
        this.log.warn({ bookingId: session.id, reason: queued.message }, 'booking reminder not queued');
        return false;
      }
    }
    const mailId = mail?.mailId ?? `no-mail/${session.id}/${session.sequence}`;
    const outcome = await this.commands.day(
      {
        type: 'QueueReminder',
        expertId: session.expertId,
        day: session.day,
        data: { bookingId: session.id, mailId, at: this.now().toISOString() },
      },
      `reminder-${session.id}-${session.sequence}`,
      { kind: 'system', id: 'bookings' },
    );
    if (!outcome.ok) throw bookingCommandError(outcome.error);
    return true;
  }
}

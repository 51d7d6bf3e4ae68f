/**
 * The tickets projection: one fold over ticket events, the desk's ticket settings and saved
 * views, identity's staff directory events and the outbox's mail progress, in `$all` order.
 */
import type { Projection, RecordedEvent } from '@deskstream/event-sourcing';
import type { MailFailed, MailQueued, MailSent } from '@deskstream/outbox-domain';
import {
  TICKET_EVENT_TYPES,
  TICKET_SETTINGS_EVENT_TYPES,
  TICKET_VIEW_EVENT_TYPES,
  type TicketEvent,
  type TicketSettingsEvent,
  type TicketViewEvent,
} from '@deskstream/tickets-domain';
import { STAFF_DIRECTORY_EVENT_TYPES, type StaffDirectoryEvent } from './staff-directory';
import type { TicketsReadModel } from './tickets-read-model';

export const TICKETS_PROJECTION = 'tickets';
/** The outbox purpose of a ticket's reply mail. */
export const TICKET_REPLY_MAIL = 'ticket-reply';

type MailProgress = MailQueued | MailSent | MailFailed;
export type TicketsProjectionEvent =
  TicketEvent | TicketSettingsEvent | TicketViewEvent | StaffDirectoryEvent | MailProgress;

const TICKET_TYPES: ReadonlySet<string> = new Set(TICKET_EVENT_TYPES);
const SETTINGS_TYPES: ReadonlySet<string> = new Set(TICKET_SETTINGS_EVENT_TYPES);
const VIEW_TYPES: ReadonlySet<string> = new Set(TICKET_VIEW_EVENT_TYPES);
const DIRECTORY_TYPES: ReadonlySet<string> = new Set(STAFF_DIRECTORY_EVENT_TYPES);

export function ticketsProjection(readModel: TicketsReadModel): Projection<TicketsProjectionEvent> {
  return {
    name: TICKETS_PROJECTION,
    handles: [
      ...TICKET_EVENT_TYPES,
      ...TICKET_SETTINGS_EVENT_TYPES,
      ...TICKET_VIEW_EVENT_TYPES,
      ...STAFF_DIRECTORY_EVENT_TYPES,
      'MailQueued',
      'MailSent',
      'MailFailed',
    ],
    apply(recorded: RecordedEvent<TicketsProjectionEvent>) {
      const event = recorded as TicketsProjectionEvent;
      if (TICKET_TYPES.has(event.type))
        return readModel.applyTicket(event as TicketEvent, recorded.id, Number(recorded.revision)) !== undefined;
      if (SETTINGS_TYPES.has(event.type)) {
        readModel.settings.apply(event as TicketSettingsEvent);
        readModel.version++;
        return true;
      }
      if (VIEW_TYPES.has(event.type)) {
        readModel.settings.applyView(event as TicketViewEvent);
        return true;
      }
      if (DIRECTORY_TYPES.has(event.type)) {
        readModel.directory.apply(event as StaffDirectoryEvent);
        return true;
      }
      const mail = event as MailProgress;
      switch (mail.type) {
        case 'MailQueued':
          // Only the tickets' own replies matter; others' mail is not remembered.
          return mail.data.purpose.kind === TICKET_REPLY_MAIL
            ? readModel.applyMail(mail.data.mailId, 'QUEUED', null)
            : false;
        case 'MailSent':
          return readModel.applyMail(mail.data.mailId, 'SENT', mail.data.detail);
        case 'MailFailed':
          return mail.data.retryAt === null ? readModel.applyMail(mail.data.mailId, 'FAILED', mail.data.reason) : false;
        default:
          return false;
      }
    },
    snapshots: readModel.snapshots,
  };
}

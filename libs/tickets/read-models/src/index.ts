/**
 * `@deskstream/tickets-read-models`: the tickets projection and what it folds into — every ticket
 * with its timeline, the indexes behind filtered lists, search, settings and saved views, the
 * staff directory tickets need, reply delivery and SLA targets.
 */
export { TicketsReadModel, type ReplyDeliveryRecord, type ReplyDeliveryState } from './tickets-read-model';
export {
  TICKETS_PROJECTION,
  TICKET_REPLY_MAIL,
  ticketsProjection,
  type TicketsProjectionEvent,
} from './tickets-projection';
export type { TicketRecord, TimelineEntryRecord, TimelineKind } from './ticket-record';
export {
  InvalidCursorError,
  TICKET_SORTS,
  matches,
  type TicketListFilter,
  type TicketListPage,
  type TicketListRequest,
  type TicketSortOrder,
} from './ticket-list';
export {
  DEFAULT_CAP_PER_AGENT,
  TicketSettingsModel,
  type DepartmentSettings,
  type SavedViewRecord,
} from './ticket-settings';
export { TicketStaffDirectory, type TicketStaff } from './staff-directory';

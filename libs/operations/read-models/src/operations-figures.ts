/**
 * The figures under one set of definitions: every folded event of the other contexts goes to its
 * fold, in the order of `$all`; each fold adds to the hours. A rebuild makes new figures under
 * newer definitions and replays the store into them; `position` is the last event applied, so
 * the live projection never applies an event twice to figures a rebuild has already brought past it.
 */
import { assertNever } from '@deskstream/domain-kit';
import { comparePositions, type Position, type RecordedEvent } from '@deskstream/event-sourcing';
import { CallFold, FOLDED_CALL_EVENT_TYPES, type FoldedCallEvent } from './call-fold';
import {
  ContactFold,
  FOLDED_BOOKING_EVENT_TYPES,
  FOLDED_CHAT_EVENT_TYPES,
  type FoldedBookingEvent,
  type FoldedChatEvent,
} from './contact-fold';
import { FoldContext, type FoldDefinitions } from './fold-context';
import { SegmentCache } from './segment-cache';
import { FOLDED_STAFF_EVENT_TYPES, StaffingFold, type FoldedStaffEvent } from './staffing-fold';
import { FOLDED_TICKET_EVENT_TYPES, TicketFold, type FoldedTicketEvent } from './ticket-fold';
import type { ZoneHours } from './zone-hours';

export type FoldedEvent = FoldedCallEvent | FoldedTicketEvent | FoldedChatEvent | FoldedBookingEvent | FoldedStaffEvent;

export const FOLDED_EVENT_TYPES = [
  ...FOLDED_CALL_EVENT_TYPES,
  ...FOLDED_TICKET_EVENT_TYPES,
  ...FOLDED_CHAT_EVENT_TYPES,
  ...FOLDED_BOOKING_EVENT_TYPES,
  ...FOLDED_STAFF_EVENT_TYPES,
] as const satisfies readonly FoldedEvent['type'][];

export class OperationsFigures {
  readonly context: FoldContext;
  readonly calls: CallFold;
  readonly tickets: TicketFold;
  readonly contacts: ContactFold;
  readonly staffing: StaffingFold;
  /** Sums of days and shifts kept for the dashboard. */
  readonly segments: SegmentCache;
  /** The last event applied. */
  position: Position | undefined;
  eventsApplied = 0;

  constructor(
    zone: ZoneHours,
    definitions: FoldDefinitions,
    /** The settings' version the definitions are (0: the defaults). */
    readonly settingsVersion: number,
  ) {
    this.context = new FoldContext(zone, definitions);
    this.calls = new CallFold(this.context);
    this.tickets = new TicketFold(this.context);
    this.contacts = new ContactFold(this.context);
    this.staffing = new StaffingFold(this.context);
    this.segments = new SegmentCache(this.context.table);
  }

  get hours() {
    return this.context.table.hours;
  }

  /** Applies an event once; false when it changed nothing (or was applied already). */
  apply(event: RecordedEvent<FoldedEvent> | FoldedEvent): boolean {
    if ('position' in event && event.position) {
      if (this.position && comparePositions(event.position, this.position) <= 0) return false;
      this.position = event.position;
    }
    this.eventsApplied += 1;
    return this.fold(event);
  }

  private fold(event: FoldedEvent): boolean {
    switch (event.type) {
      case 'CallRang':
      case 'CallAnswered':
      case 'CallEnded':
      case 'CallLogged':
      case 'CallWrappedUp':
        return this.calls.apply(event);
      case 'TicketOpened':
      case 'TicketReplied':
      case 'TicketStatusChanged':
      case 'TicketPriorityChanged':
      case 'TicketAssigned':
      case 'TicketDetailsChanged':
      case 'SlaPolicySet':
      case 'BusinessCalendarSet':
        return this.tickets.apply(event);
      case 'ChatRequested':
      case 'ChatAccepted':
      case 'ChatClosedByVisitor':
      case 'ChatClosedByAgent':
      case 'ChatAbandoned':
      case 'OfflineQuestionAsked':
      case 'OfflineQuestionAnswered':
        return this.contacts.applyChat(event);
      case 'SessionBooked':
      case 'SessionAttended':
        return this.contacts.applyBooking(event);
      case 'StaffAccountCreated':
      case 'StaffRolesChanged':
      case 'SessionStarted':
      case 'SessionEnded':
      case 'AgentWentOnline':
      case 'AgentWentOffline':
        return this.staffing.apply(event);
      default:
        return assertNever(event);
    }
  }
}

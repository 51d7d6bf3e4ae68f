/**
 * Book a Librarian's projections for the runner: the directory (branches, topics, experts, and the
 * staff from identity's published events) and the session board (sessions and waiting requests).
 */
import { BOOKINGS_EVENT_TYPES, type BookingsEvent } from '@deskstream/bookings-domain';
import { assertNever } from '@deskstream/domain-kit';
import { readModelSnapshots, type Projection } from '@deskstream/event-sourcing';
import type { StaffAccountCreated } from '@deskstream/identity-domain';
import type { BookingsReadModel } from './read-model';

export const BOOKINGS_PROJECTION = 'bookings';
export const BOOKINGS_STAFF_PROJECTION = 'bookings-staff';

/** Applies one bookings event to the read model; false when nothing changed. */
export function applyBookingsEvent(readModel: BookingsReadModel, event: BookingsEvent): boolean {
  const { directory, board } = readModel;
  switch (event.type) {
    case 'BookingBranchOpened':
    case 'BookingBranchChanged':
    case 'BookingBranchRulesSet':
    case 'BookingBranchClosureAdded':
    case 'BookingBranchClosureRemoved':
      directory.applyBranch(event);
      return true;
    case 'BookingTopicDefined':
    case 'BookingTopicChanged':
    case 'BookingTopicRulesSet':
      directory.applyTopic(event);
      return true;
    case 'ExpertEnrolled':
    case 'ExpertChanged':
    case 'ExpertAvailabilitySet':
    case 'ExpertAbsenceAdded':
    case 'ExpertAbsenceRemoved':
    case 'ExpertWithdrawn':
      directory.applyExpert(event);
      return true;
    case 'BookingRequestWaiting':
    case 'BookingRequestPickedUp':
    case 'BookingRequestAssigned':
    case 'BookingRequestClosed':
      return board.applyRequest(event);
    case 'SessionBooked':
    case 'SessionRoutedToAnotherBranch':
    case 'SessionMoved':
    case 'SessionCancelled':
    case 'SessionVideoLinkSet':
    case 'SessionAttended':
    case 'SessionMissed':
    case 'SessionReminderQueued':
      return board.applySession(event);
    default:
      return assertNever(event);
  }
}

/** Raise when what an event does to the read model changes: its snapshot is then replayed. */
export const BOOKINGS_SNAPSHOT_VERSION = 1;

export function bookingsProjections(readModel: BookingsReadModel): Projection[] {
  const snapshots = readModelSnapshots('bookings', BOOKINGS_SNAPSHOT_VERSION, readModel.kept);
  const bookings: Projection<BookingsEvent> = {
    name: BOOKINGS_PROJECTION,
    handles: BOOKINGS_EVENT_TYPES,
    apply: (event) => applyBookingsEvent(readModel, event),
    snapshots,
  };
  const staff: Projection<StaffAccountCreated> = {
    name: BOOKINGS_STAFF_PROJECTION,
    handles: ['StaffAccountCreated'],
    apply: (event) => readModel.directory.applyStaff(event),
    snapshots,
  };
  return [bookings, staff] as Projection[];
}

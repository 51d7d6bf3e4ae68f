/**
 * Requests nobody could take at once (`bookingrequest-<id>`): recorded as waiting, picked up by
 * staff, then assigned (the session booked on the expert's day names the request) or closed.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { BookingActor, BookingRequestEvent, BookingRequestWaiting } from './bookings-events';
import { reject, type BookingsRejection } from './errors';
import { checkNote } from './input-rules';

export type BookingRequestCommand =
  | { type: 'RecordWaitingRequest'; data: BookingRequestWaiting['data'] }
  | { type: 'PickUpRequest'; data: { requestId: string; at: string; by: BookingActor } }
  | {
      type: 'MarkRequestAssigned';
      data: { requestId: string; bookingId: string; expertId: string; startsAt: string; at: string; by: BookingActor };
    }
  | { type: 'CloseRequest'; data: { requestId: string; note: string; at: string; by: BookingActor } };

export type RequestStatus = 'NONE' | 'WAITING' | 'PICKED_UP' | 'ASSIGNED' | 'CLOSED';

export interface BookingRequestState {
  status: RequestStatus;
  pickedUpBy: string | null;
  bookingId: string | null;
}

const staffId = (by: BookingActor) => (by.kind === 'staff' ? by.id : null);

export const bookingRequestDecider: Decider<
  BookingRequestCommand,
  BookingRequestEvent,
  BookingRequestState,
  BookingsRejection
> = {
  initialState: () => ({ status: 'NONE', pickedUpBy: null, bookingId: null }),
  evolve(state, event) {
    switch (event.type) {
      case 'BookingRequestWaiting':
        return { ...state, status: 'WAITING' };
      case 'BookingRequestPickedUp':
        return { ...state, status: 'PICKED_UP', pickedUpBy: staffId(event.data.by) };
      case 'BookingRequestAssigned':
        return { ...state, status: 'ASSIGNED', bookingId: event.data.bookingId };
      case 'BookingRequestClosed':
        return { ...state, status: 'CLOSED' };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    if (command.type === 'RecordWaitingRequest')
      return state.status === 'NONE' ? [{ type: 'BookingRequestWaiting', data: command.data }] : [];
    if (state.status === 'NONE') return reject('BOOKING_REQUEST_NOT_FOUND');
    switch (command.type) {
      case 'PickUpRequest':
        if (state.status === 'ASSIGNED' || state.status === 'CLOSED') return reject('BOOKING_REQUEST_NOT_WAITING');
        if (state.status === 'PICKED_UP' && state.pickedUpBy === staffId(command.data.by)) return [];
        return [{ type: 'BookingRequestPickedUp', data: command.data }];
      case 'MarkRequestAssigned':
        if (state.status === 'ASSIGNED' && state.bookingId === command.data.bookingId) return [];
        if (state.status === 'ASSIGNED' || state.status === 'CLOSED') return reject('BOOKING_REQUEST_NOT_WAITING');
        return [{ type: 'BookingRequestAssigned', data: command.data }];
      case 'CloseRequest': {
        if (state.status === 'CLOSED') return [];
        if (state.status === 'ASSIGNED') return reject('BOOKING_REQUEST_NOT_WAITING');
        const problem = checkNote(command.data.note);
        if (problem) return problem;
        return [{ type: 'BookingRequestClosed', data: { ...command.data, note: command.data.note.trim() } }];
      }
      default:
        return assertNever(command);
    }
  },
};

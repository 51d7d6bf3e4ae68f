/**
 * One expert's sessions on one day (`expertday-<expertId>.<day>`): the stream two patrons race for.
 * A session is booked only if it keeps clear of every other session of the day by the padding; the
 * store's expected revision makes the second of two simultaneous bookings decide again on the
 * first's event and be refused. Cancelling, attendance, the video link and the reminder are
 * decided here too, on the day the session is on.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { BookingActor, RoutingReason, SessionBooked, SessionEvent } from './bookings-events';
import { sessionsClash } from './free-slots';
import { reject, type BookingsRejection } from './errors';
import { checkVideoLink } from './input-rules';

const MINUTE = 60_000;

export type DaySessionStatus = 'BOOKED' | 'MOVED' | 'CANCELLED' | 'ATTENDED' | 'MISSED';

export interface DaySession {
  sequence: number;
  status: DaySessionStatus;
  start: number;
  end: number;
  paddingMinutes: number;
  cancellationCutoffMinutes: number;
  mode: SessionBooked['data']['mode'];
  videoLink: string | null;
  reminderMailIds: string[];
}

export interface ExpertDayState {
  sessions: Map<string, DaySession>;
}

/** Where a moving session was: when it is this same stream, the move is one append. */
export interface MovedFrom {
  expertId: string;
  day: string;
  sequence: number;
  why: 'RESCHEDULED' | 'REASSIGNED';
}

export type ExpertDayCommand =
  | {
      type: 'BookSession';
      data: SessionBooked['data'] & { routedReason: RoutingReason | null; movedFrom: MovedFrom | null };
    }
  | {
      type: 'MarkSessionMoved';
      data: {
        bookingId: string;
        sequence: number;
        why: 'RESCHEDULED' | 'REASSIGNED';
        toExpertId: string;
        toDay: string;
        toStartsAt: string;
        at: string;
        by: BookingActor;
      };
    }
  | {
      type: 'CancelSession';
      data: { bookingId: string; reason: string; at: string; by: BookingActor };
    }
  | { type: 'SetVideoLink'; data: { bookingId: string; videoLink: string; at: string; by: BookingActor } }
  | { type: 'RecordAttendance'; data: { bookingId: string; attended: boolean; at: string; by: BookingActor } }
  | { type: 'QueueReminder'; data: { bookingId: string; mailId: string; at: string } };

/** Whether the patron may still change the session at `at` (before the cutoff, while booked). */
export function patronMayChange(session: Pick<DaySession, 'start' | 'cancellationCutoffMinutes'>, atMs: number) {
  return atMs < session.start - session.cancellationCutoffMinutes * MINUTE;
}

function withSession(state: ExpertDayState, bookingId: string, change: (session: DaySession) => DaySession | null) {
  const session = state.sessions.get(bookingId);
  if (!session) return state;
  const changed = change(session);
  if (!changed) return state;
  const sessions = new Map(state.sessions);
  sessions.set(bookingId, changed);
  return { sessions };
}

export const expertDayDecider: Decider<ExpertDayCommand, SessionEvent, ExpertDayState, BookingsRejection> = {
  initialState: () => ({ sessions: new Map() }),
  evolve(state, event) {
    switch (event.type) {
      case 'SessionBooked': {
        const { data } = event;
        const sessions = new Map(state.sessions);
        sessions.set(data.bookingId, {
          sequence: data.sequence,
          status: 'BOOKED',
          start: Date.parse(data.startsAt),
          end: Date.parse(data.endsAt),
          paddingMinutes: data.terms.paddingMinutes,
          cancellationCutoffMinutes: data.terms.cancellationCutoffMinutes,
          mode: data.mode,
          videoLink: data.videoLink,
          reminderMailIds: [],
        });
        return { sessions };
      }
      case 'SessionRoutedToAnotherBranch':
        return state;
      case 'SessionMoved':
        return withSession(state, event.data.bookingId, (s) =>
          s.sequence === event.data.sequence ? { ...s, status: 'MOVED' } : null,
        );
      case 'SessionCancelled':
        return withSession(state, event.data.bookingId, (s) => ({ ...s, status: 'CANCELLED' }));
      case 'SessionVideoLinkSet':
        return withSession(state, event.data.bookingId, (s) => ({ ...s, videoLink: event.data.videoLink }));
      case 'SessionAttended':
        return withSession(state, event.data.bookingId, (s) => ({ ...s, status: 'ATTENDED' }));
      case 'SessionMissed':
        return withSession(state, event.data.bookingId, (s) => ({ ...s, status: 'MISSED' }));
      case 'SessionReminderQueued':
        return withSession(state, event.data.bookingId, (s) => ({
          ...s,
          reminderMailIds: [...s.reminderMailIds, event.data.mailId],
        }));
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    if (command.type === 'BookSession') return decideBooking(command.data, state);
    const session = state.sessions.get(command.data.bookingId);
    if (!session) return reject('BOOKING_SESSION_NOT_FOUND');
    switch (command.type) {
      case 'MarkSessionMoved': {
        if (session.sequence !== command.data.sequence) return [];
        if (session.status === 'MOVED') return [];
        if (session.status !== 'BOOKED') return reject('BOOKING_SESSION_NOT_ACTIVE');
        return [{ type: 'SessionMoved', data: command.data }];
      }
      case 'CancelSession': {
        if (session.status === 'CANCELLED') return [];
        if (session.status === 'MOVED') return reject('BOOKING_SESSION_MOVED');
        if (session.status !== 'BOOKED') return reject('BOOKING_SESSION_NOT_ACTIVE');
        if (command.data.by.kind === 'patron' && !patronMayChange(session, Date.parse(command.data.at)))
          return reject('BOOKING_CUTOFF_PASSED');
        const reason = command.data.reason.trim();
        return [{ type: 'SessionCancelled', data: { ...command.data, reason, sequence: session.sequence } }];
      }
      case 'SetVideoLink': {
        if (session.status === 'MOVED') return reject('BOOKING_SESSION_MOVED');
        if (session.status !== 'BOOKED') return reject('BOOKING_SESSION_NOT_ACTIVE');
        const videoLink = command.data.videoLink.trim();
        if (session.mode !== 'VIDEO') return reject('BOOKING_VIDEO_LINK_INVALID');
        const problem = checkVideoLink(videoLink);
        if (problem) return problem;
        if (session.videoLink === videoLink) return [];
        return [{ type: 'SessionVideoLinkSet', data: { ...command.data, videoLink, sequence: session.sequence } }];
      }
      case 'RecordAttendance': {
        if (session.status === 'MOVED') return reject('BOOKING_SESSION_MOVED');
        if (session.status === 'CANCELLED') return reject('BOOKING_SESSION_NOT_ACTIVE');
        if (Date.parse(command.data.at) < session.start) return reject('BOOKING_SESSION_NOT_STARTED');
        const status = command.data.attended ? 'ATTENDED' : 'MISSED';
        if (session.status === status) return [];
        const data = {
          bookingId: command.data.bookingId,
          sequence: session.sequence,
          at: command.data.at,
          by: command.data.by,
        };
        return [command.data.attended ? { type: 'SessionAttended', data } : { type: 'SessionMissed', data }];
      }
      case 'QueueReminder':
        if (session.reminderMailIds.includes(command.data.mailId)) return [];
        if (session.status !== 'BOOKED') return reject('BOOKING_SESSION_NOT_ACTIVE');
        return [{ type: 'SessionReminderQueued', data: { ...command.data, sequence: session.sequence } }];
      default:
        return assertNever(command);
    }
  },
};

function decideBooking(
  command: Extract<ExpertDayCommand, { type: 'BookSession' }>['data'],
  state: ExpertDayState,
): readonly SessionEvent[] | BookingsRejection {
  const { routedReason, movedFrom, ...booked } = command;
  const already = state.sessions.get(booked.bookingId);
  if (already && already.sequence >= booked.sequence) return [];
  const wanted = {
    bookingId: booked.bookingId,
    start: Date.parse(booked.startsAt),
    end: Date.parse(booked.endsAt),
    paddingMinutes: booked.terms.paddingMinutes,
  };
  for (const [bookingId, session] of state.sessions) {
    if (bookingId === booked.bookingId || session.status !== 'BOOKED') continue;
    if (sessionsClash(wanted, { bookingId, ...session })) return reject('BOOKING_SLOT_TAKEN');
  }
  const events: SessionEvent[] = [{ type: 'SessionBooked', data: booked }];
  if (routedReason)
    events.push({
      type: 'SessionRoutedToAnotherBranch',
      data: {
        bookingId: booked.bookingId,
        sequence: booked.sequence,
        preferredBranchId: booked.preferredBranchId,
        branchId: booked.branchId,
        reason: routedReason,
      },
    });
  const movesWithinDay =
    movedFrom && movedFrom.expertId === booked.expertId && movedFrom.day === booked.day && already?.status === 'BOOKED';
  if (movesWithinDay)
    events.push({
      type: 'SessionMoved',
      data: {
        bookingId: booked.bookingId,
        sequence: movedFrom.sequence,
        why: movedFrom.why,
        toExpertId: booked.expertId,
        toDay: booked.day,
        toStartsAt: booked.startsAt,
        at: booked.at,
        by: booked.by,
      },
    });
  return events;
}

/**
 * The staff side: the calendar (sessions by day, branch and expert), requests waiting for pick-up
 * and their assignment, reassigning a session, cancelling it, attendance, the video link, and the
 * figures. Agents, supervisors and admins.
 */
import { checkDayRange, instantOf, QUERY_MAX_DAYS, type ExpertDayCommand } from '@deskstream/bookings-domain';
import { bookingFigures, type BookingsReadModel, type SessionRecord } from '@deskstream/bookings-read-models';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { bookingCommandError, bookingError, checkCommandId, requireBookingStaff, staffActor } from './access';
import type { BookingsCommands } from './commands';
import type { PatronBookings } from './patron-bookings';
import type { SessionNotices } from './session-notices';
import type { SessionPlacement } from './session-placement';

export interface StaffResolverDeps {
  readModel: BookingsReadModel;
  commands: BookingsCommands;
  placement: SessionPlacement;
  bookings: PatronBookings;
  notices: SessionNotices;
  now: () => Date;
}

export function staffResolvers({ readModel, commands, placement, bookings, notices, now }: StaffResolverDeps) {
  const { board } = readModel;
  const sessionOf = (id: string): SessionRecord => {
    const session = board.sessions.get(id);
    if (!session) throw bookingError('BOOKING_SESSION_NOT_FOUND');
    return session;
  };
  const requestOf = (id: string) => {
    const request = board.requests.get(id);
    if (!request) throw bookingError('BOOKING_REQUEST_NOT_FOUND');
    return request;
  };
  const startOf = (startsAt: string) => {
    const ms = instantOf(startsAt);
    if (Number.isNaN(ms)) throw bookingError('BOOKING_TIME_INVALID');
    return ms;
  };
  const onDay = async (
    session: SessionRecord,
    command: ExpertDayCommand,
    commandId: string,
    actor: ReturnType<typeof staffActor>,
  ) => {
    const outcome = await commands.day({ ...command, expertId: session.expertId, day: session.day }, commandId, {
      kind: 'staff',
      id: actor.id,
    });
    if (!outcome.ok) throw bookingCommandError(outcome.error);
    return sessionOf(session.id);
  };

  const Query = {
    bookingSessions: (_root, { from, to, branchId, expertId }, context) => {
      requireBookingStaff(context);
      const problem = checkDayRange(from, to, QUERY_MAX_DAYS);
      if (problem) throw bookingError('BOOKING_RANGE_INVALID');
      return [...board.sessions.values()]
        .filter(
          (s) =>
            s.day >= from &&
            s.day <= to &&
            (!branchId || s.branchId === branchId) &&
            (!expertId || s.expertId === expertId),
        )
        .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
    },
    bookingSession: (_root, { id }, context) => {
      requireBookingStaff(context);
      return sessionOf(id);
    },
    bookingRequests: (_root, { status }, context) => {
      requireBookingStaff(context);
      return [...board.requests.values()]
        .filter((r) => (status ? r.status === status : r.status === 'WAITING' || r.status === 'PICKED_UP'))
        .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
    bookingFigures: (_root, { from, to }, context) => {
      requireBookingStaff(context);
      if (checkDayRange(from, to)) throw bookingError('BOOKING_RANGE_INVALID');
      return bookingFigures(readModel, from, to);
    },
  } satisfies Pick<QueryResolvers, 'bookingSessions' | 'bookingSession' | 'bookingRequests' | 'bookingFigures'>;

  const Mutation = {
    pickUpBookingRequest: async (_root, { id, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      requestOf(id);
      const outcome = await commands.request(
        { type: 'PickUpRequest', data: { requestId: id, at: now().toISOString(), by: actor } },
        `pickup-${id}-${commandId}`,
        { kind: 'staff', id: actor.id },
      );
      if (!outcome.ok) throw bookingCommandError(outcome.error);
      return requestOf(id);
    },
    closeBookingRequest: async (_root, { id, note, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      requestOf(id);
      const outcome = await commands.request(
        { type: 'CloseRequest', data: { requestId: id, note, at: now().toISOString(), by: actor } },
        `close-${id}-${commandId}`,
        { kind: 'staff', id: actor.id },
      );
      if (!outcome.ok) throw bookingCommandError(outcome.error);
      return requestOf(id);
    },
    assignBookingRequest: async (_root, { id, expertId, startsAt, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      const request = requestOf(id);
      if (request.status === 'ASSIGNED' && request.bookingId) return sessionOf(request.bookingId);
      if (request.status === 'CLOSED') throw bookingError('BOOKING_REQUEST_NOT_WAITING');
      const nowMs = now().getTime();
      const session = await placement.place({
        bookingId: request.id,
        sequence: 0,
        topicId: request.topicId,
        preferredBranchId: request.preferredBranchId,
        mode: request.mode,
        startMs: startOf(startsAt),
        patron: request.patron,
        details: request.details,
        linkTokenHash: request.linkTokenHash,
        requestId: request.id,
        videoLink: null,
        by: actor,
        at: new Date(nowMs).toISOString(),
        nowMs,
        keepNoticeAndWindow: false,
        onlyExpertId: expertId,
        movedFrom: null,
        commandId: `assign-${id}`,
      });
      const outcome = await commands.request(
        {
          type: 'MarkRequestAssigned',
          data: {
            requestId: id,
            bookingId: session.id,
            expertId,
            startsAt: session.startsAt,
            at: new Date(nowMs).toISOString(),
            by: actor,
          },
        },
        `assign-${id}`,
        { kind: 'staff', id: actor.id },
      );
      if (!outcome.ok) throw bookingCommandError(outcome.error);
      await notices.confirm(session, 'BOOKED', null);
      return sessionOf(session.id);
    },
    reassignBookingSession: async (_root, { id, expertId, startsAt, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      const session = sessionOf(id);
      if (session.status !== 'BOOKED') throw bookingError('BOOKING_SESSION_NOT_ACTIVE');
      const startMs = startsAt ? startOf(startsAt) : session.startMs;
      if (expertId === session.expertId && startMs === session.startMs) return session;
      const nowMs = now().getTime();
      if (startMs < nowMs) throw bookingError('BOOKING_SLOT_IN_PAST');
      const moved = await placement.place({
        ...bookings.placementOf(session),
        sequence: session.sequence + 1,
        startMs,
        by: actor,
        at: new Date(nowMs).toISOString(),
        nowMs,
        keepNoticeAndWindow: false,
        onlyExpertId: expertId,
        movedFrom: { expertId: session.expertId, day: session.day, sequence: session.sequence, why: 'REASSIGNED' },
        commandId: `reassign-${id}-${commandId}`,
      });
      await notices.confirm(moved, 'MOVED', null);
      return moved;
    },
    cancelBookingSession: async (_root, { id, reason, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      const session = sessionOf(id);
      // Records change in place: what it was before the command, to tell of a cancellation once.
      const wasBooked = session.status === 'BOOKED';
      const cancelled = await onDay(
        session,
        { type: 'CancelSession', data: { bookingId: id, reason, at: now().toISOString(), by: actor } },
        `cancel-${id}-${commandId}`,
        actor,
      );
      if (wasBooked && cancelled.status === 'CANCELLED') await notices.confirm(cancelled, 'CANCELLED', null);
      return cancelled;
    },
    recordBookingAttendance: async (_root, { id, attended, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      const session = sessionOf(id);
      return onDay(
        session,
        { type: 'RecordAttendance', data: { bookingId: id, attended, at: now().toISOString(), by: actor } },
        `attendance-${id}-${commandId}`,
        actor,
      );
    },
    setBookingVideoLink: async (_root, { id, videoLink, commandId }, context) => {
      const actor = staffActor(requireBookingStaff(context));
      checkCommandId(commandId);
      const session = sessionOf(id);
      return onDay(
        session,
        { type: 'SetVideoLink', data: { bookingId: id, videoLink, at: now().toISOString(), by: actor } },
        `video-${id}-${commandId}`,
        actor,
      );
    },
  } satisfies Pick<
    MutationResolvers,
    | 'pickUpBookingRequest'
    | 'closeBookingRequest'
    | 'assignBookingRequest'
    | 'reassignBookingSession'
    | 'cancelBookingSession'
    | 'recordBookingAttendance'
    | 'setBookingVideoLink'
  >;

  return { Query, Mutation };
}

/**
 * Sessions and waiting requests as staff and patrons read them: every session by id (its latest
 * booking, whatever day stream it is on now), each expert's busy times for the free slots, the
 * secret links (by token hash), and the requests waiting for pick-up. A session that moved is
 * followed by its `sequence`: what an older sequence says no longer counts.
 */
import type {
  BookingRequestEvent,
  BusyInterval,
  PatronContact,
  RoutingReason,
  SessionEvent,
  SessionMode,
  SessionTerms,
  WaitingReason,
} from '@deskstream/bookings-domain';
import { assertNever } from '@deskstream/domain-kit';
import { keptState, keptValue } from '@deskstream/event-sourcing';

export type SessionStatus = 'BOOKED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW';

export interface SessionRecord {
  id: string;
  sequence: number;
  status: SessionStatus;
  expertId: string;
  expertName: string;
  branchId: string;
  preferredBranchId: string;
  routedReason: RoutingReason | null;
  topicId: string;
  mode: SessionMode;
  startsAt: string;
  endsAt: string;
  startMs: number;
  endMs: number;
  timeZone: string;
  day: string;
  terms: SessionTerms;
  patron: PatronContact;
  details: string;
  linkTokenHash: string;
  requestId: string | null;
  videoLink: string | null;
  bookedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  reminderQueuedAt: string | null;
  moves: number;
}

export type RequestStatus = 'WAITING' | 'PICKED_UP' | 'ASSIGNED' | 'CLOSED';

export interface RequestRecord {
  id: string;
  status: RequestStatus;
  reason: WaitingReason;
  topicId: string;
  preferredBranchId: string;
  mode: SessionMode;
  details: string;
  preferredTimes: string;
  patron: PatronContact;
  linkTokenHash: string;
  at: string;
  pickedUpBy: string | null;
  pickedUpAt: string | null;
  bookingId: string | null;
  closedNote: string | null;
}

const occupies = (session: SessionRecord) => session.status !== 'CANCELLED';

export class SessionBoard {
  readonly sessions = new Map<string, SessionRecord>();
  readonly requests = new Map<string, RequestRecord>();
  private readonly links = new Map<string, { sessionId?: string; requestId?: string }>();
  private readonly busy = new Map<string, BusyInterval[]>();
  /** Bumped on every change of a session or request. */
  version = 0;
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({
    sessions: this.sessions,
    requests: this.requests,
    links: this.links,
    busy: this.busy,
    version: keptValue(
      () => this.version,
      (value) => (this.version = value),
    ),
  });

  busyOf(expertId: string): readonly BusyInterval[] {
    return this.busy.get(expertId) ?? [];
  }

  byLink(tokenHash: string): { session?: SessionRecord; request?: RequestRecord } {
    const link = this.links.get(tokenHash);
    if (!link) return {};
    return {
      session: link.sessionId ? this.sessions.get(link.sessionId) : undefined,
      request: link.requestId ? this.requests.get(link.requestId) : undefined,
    };
  }

  applySession(event: SessionEvent): boolean {
    if (event.type === 'SessionBooked') return this.booked(event.data);
    const session = this.sessions.get(event.data.bookingId);
    if (!session || session.sequence !== event.data.sequence) return false;
    this.version++;
    switch (event.type) {
      case 'SessionRoutedToAnotherBranch':
        session.routedReason = event.data.reason;
        return true;
      case 'SessionMoved':
        // The session's current booking is the next sequence, on the day it moved to.
        return false;
      case 'SessionCancelled':
        session.status = 'CANCELLED';
        session.cancelledAt = event.data.at;
        session.cancelReason = event.data.reason;
        this.release(session);
        return true;
      case 'SessionVideoLinkSet':
        session.videoLink = event.data.videoLink;
        return true;
      case 'SessionAttended':
        session.status = 'ATTENDED';
        return true;
      case 'SessionMissed':
        session.status = 'NO_SHOW';
        return true;
      case 'SessionReminderQueued':
        session.reminderQueuedAt = event.data.at;
        return true;
      default:
        return assertNever(event);
    }
  }

  applyRequest(event: BookingRequestEvent): boolean {
    this.version++;
    const request = this.requests.get(event.data.requestId);
    switch (event.type) {
      case 'BookingRequestWaiting': {
        const { data } = event;
        this.requests.set(data.requestId, {
          id: data.requestId,
          status: 'WAITING',
          reason: data.reason,
          topicId: data.topicId,
          preferredBranchId: data.preferredBranchId,
          mode: data.mode,
          details: data.details,
          preferredTimes: data.preferredTimes,
          patron: data.patron,
          linkTokenHash: data.linkTokenHash,
          at: data.at,
          pickedUpBy: null,
          pickedUpAt: null,
          bookingId: null,
          closedNote: null,
        });
        this.links.set(data.linkTokenHash, { ...this.links.get(data.linkTokenHash), requestId: data.requestId });
        return true;
      }
      case 'BookingRequestPickedUp':
        if (!request) return false;
        request.status = 'PICKED_UP';
        request.pickedUpBy = event.data.by.kind === 'staff' ? event.data.by.name : null;
        request.pickedUpAt = event.data.at;
        return true;
      case 'BookingRequestAssigned':
        if (!request) return false;
        request.status = 'ASSIGNED';
        request.bookingId = event.data.bookingId;
        return true;
      case 'BookingRequestClosed':
        if (!request) return false;
        request.status = 'CLOSED';
        request.closedNote = event.data.note;
        return true;
      default:
        return assertNever(event);
    }
  }

  private booked(data: Extract<SessionEvent, { type: 'SessionBooked' }>['data']): boolean {
    const known = this.sessions.get(data.bookingId);
    if (known && known.sequence >= data.sequence) return false;
    this.version++;
    if (known) this.release(known);
    const session: SessionRecord = {
      id: data.bookingId,
      sequence: data.sequence,
      status: 'BOOKED',
      expertId: data.expertId,
      expertName: data.expertName,
      branchId: data.branchId,
      preferredBranchId: data.preferredBranchId,
      routedReason: null,
      topicId: data.topicId,
      mode: data.mode,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      startMs: Date.parse(data.startsAt),
      endMs: Date.parse(data.endsAt),
      timeZone: data.timeZone,
      day: data.day,
      terms: data.terms,
      patron: data.patron,
      details: data.details,
      linkTokenHash: data.linkTokenHash,
      requestId: data.requestId,
      videoLink: data.videoLink,
      bookedAt: known?.bookedAt ?? data.at,
      cancelledAt: null,
      cancelReason: null,
      reminderQueuedAt: null,
      moves: data.sequence,
    };
    this.sessions.set(data.bookingId, session);
    this.links.set(data.linkTokenHash, { ...this.links.get(data.linkTokenHash), sessionId: data.bookingId });
    this.hold(session);
    return true;
  }

  private hold(session: SessionRecord): void {
    if (!occupies(session)) return;
    const intervals = [...this.busyOf(session.expertId)];
    const interval: BusyInterval = {
      bookingId: session.id,
      start: session.startMs,
      end: session.endMs,
      paddingMinutes: session.terms.paddingMinutes,
    };
    let at = intervals.length;
    while (at > 0 && intervals[at - 1]!.start > interval.start) at--;
    intervals.splice(at, 0, interval);
    this.busy.set(session.expertId, intervals);
  }

  private release(session: SessionRecord): void {
    const intervals = this.busyOf(session.expertId).filter((interval) => interval.bookingId !== session.id);
    this.busy.set(session.expertId, intervals);
  }
}

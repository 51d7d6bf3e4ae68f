/**
 * Book a Librarian's events: the published language of the bookings context.
 *
 * - Configuration: branches (`bookingbranch-<id>`: names per language, time zone, modes offered,
 *   rules, closures), topics (`bookingtopic-<id>`: names, rules) and experts (`expert-<staffId>`:
 *   the staff member's branch and topics, weekly availability in the branch's zone, absences).
 * - Sessions: every session of one expert on one day (the day in the expert's branch zone) is in
 *   one stream, `expertday-<staffId>.<yyyy-mm-dd>`, appended with the exact expected revision, so
 *   two patrons can never get one expert's slot. A session's whole life (booked, routed to another
 *   branch, video link, reminder queued, attended or missed, cancelled, moved) is in the stream of
 *   the day it is on; a reschedule or a reassignment books it again on the new day's stream (with
 *   `sequence` one higher) and then records `SessionMoved` on the old one, which frees the slot.
 * - Requests nobody could take at once: `bookingrequest-<id>`, waiting until staff pick them up and
 *   assign them to an expert and a time.
 *
 * Times are ISO-8601 UTC instants from the command; days (`yyyy-mm-dd`) and weekly hours (`HH:mm`)
 * are in the branch's time zone. The patron's contact sits only in `SessionBooked` and
 * `BookingRequestWaiting`; the secret link's token is never stored, only its hash.
 */

import type { BookingActor, BranchEvent, ExpertEvent, Locale, SessionMode, TopicEvent } from './catalogue-events';

export * from './catalogue-events';

/** How to reach the patron: at least one of the two. The phone is normalised (E.164). */
export interface PatronContact {
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: Locale;
  /** The patron's own IANA time zone, as their browser gave it, for their mails; null if not given. */
  timeZone: string | null;
}

/** Why a session went to another branch than the patron's preferred one. */
export const ROUTING_REASONS = ['NO_EXPERT_AT_BRANCH', 'EXPERTS_BUSY', 'MODE_NOT_AT_BRANCH'] as const;
export type RoutingReason = (typeof ROUTING_REASONS)[number];

/** The rules in force when the session was booked (a later rule change does not move a patron's cutoff). */
export interface SessionTerms {
  paddingMinutes: number;
  cancellationCutoffMinutes: number;
  reminderLeadMinutes: number;
}

export type SessionBooked = {
  type: 'SessionBooked';
  data: {
    bookingId: string;
    /** 0 when first booked; one higher each time the session moves (reschedule, reassignment). */
    sequence: number;
    expertId: string;
    expertName: string;
    branchId: string;
    preferredBranchId: string;
    topicId: string;
    mode: SessionMode;
    startsAt: string;
    endsAt: string;
    /** The branch's zone and the day of the session in it (the stream's day). */
    timeZone: string;
    day: string;
    terms: SessionTerms;
    patron: PatronContact;
    details: string;
    /** sha-256 of the patron's secret link token, hex. */
    linkTokenHash: string;
    /** The waiting request it came from, if staff assigned one. */
    requestId: string | null;
    videoLink: string | null;
    at: string;
    by: BookingActor;
  };
};
/** Written with `SessionBooked` when the session is at another branch than the preferred one. */
export type SessionRoutedToAnotherBranch = {
  type: 'SessionRoutedToAnotherBranch';
  data: { bookingId: string; sequence: number; preferredBranchId: string; branchId: string; reason: RoutingReason };
};
/** The session left this day's stream for another expert or time (`SessionBooked` there, `sequence` one higher). */
export type SessionMoved = {
  type: 'SessionMoved';
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
};
export type SessionCancelled = {
  type: 'SessionCancelled';
  data: { bookingId: string; sequence: number; reason: string; at: string; by: BookingActor };
};
export type SessionVideoLinkSet = {
  type: 'SessionVideoLinkSet';
  data: { bookingId: string; sequence: number; videoLink: string; at: string; by: BookingActor };
};
export type SessionAttended = {
  type: 'SessionAttended';
  data: { bookingId: string; sequence: number; at: string; by: BookingActor };
};
export type SessionMissed = {
  type: 'SessionMissed';
  data: { bookingId: string; sequence: number; at: string; by: BookingActor };
};
/** The reminder mail is in the outbox (once per session and time). */
export type SessionReminderQueued = {
  type: 'SessionReminderQueued';
  data: { bookingId: string; sequence: number; mailId: string; at: string };
};

export type SessionEvent =
  | SessionBooked
  | SessionRoutedToAnotherBranch
  | SessionMoved
  | SessionCancelled
  | SessionVideoLinkSet
  | SessionAttended
  | SessionMissed
  | SessionReminderQueued;

/** Why a request waits for staff instead of being booked at once. */
export const WAITING_REASONS = ['NO_EXPERT_FOR_TOPIC', 'NO_FREE_SLOT', 'NO_SLOT_CHOSEN'] as const;
export type WaitingReason = (typeof WAITING_REASONS)[number];

export type BookingRequestWaiting = {
  type: 'BookingRequestWaiting';
  data: {
    requestId: string;
    topicId: string;
    preferredBranchId: string;
    mode: SessionMode;
    patron: PatronContact;
    details: string;
    /** In the patron's words, e.g. "weekday mornings". */
    preferredTimes: string;
    reason: WaitingReason;
    linkTokenHash: string;
    at: string;
  };
};
export type BookingRequestPickedUp = {
  type: 'BookingRequestPickedUp';
  data: { requestId: string; at: string; by: BookingActor };
};
/** Staff booked it: the session is `bookingId` (its `SessionBooked` names this request). */
export type BookingRequestAssigned = {
  type: 'BookingRequestAssigned';
  data: { requestId: string; bookingId: string; expertId: string; startsAt: string; at: string; by: BookingActor };
};
export type BookingRequestClosed = {
  type: 'BookingRequestClosed';
  data: { requestId: string; note: string; at: string; by: BookingActor };
};

export type BookingRequestEvent =
  BookingRequestWaiting | BookingRequestPickedUp | BookingRequestAssigned | BookingRequestClosed;

export type BookingsEvent = BranchEvent | TopicEvent | ExpertEvent | SessionEvent | BookingRequestEvent;

export const BOOKINGS_EVENT_TYPES = [
  'BookingBranchOpened',
  'BookingBranchChanged',
  'BookingBranchRulesSet',
  'BookingBranchClosureAdded',
  'BookingBranchClosureRemoved',
  'BookingTopicDefined',
  'BookingTopicChanged',
  'BookingTopicRulesSet',
  'ExpertEnrolled',
  'ExpertChanged',
  'ExpertAvailabilitySet',
  'ExpertAbsenceAdded',
  'ExpertAbsenceRemoved',
  'ExpertWithdrawn',
  'SessionBooked',
  'SessionRoutedToAnotherBranch',
  'SessionMoved',
  'SessionCancelled',
  'SessionVideoLinkSet',
  'SessionAttended',
  'SessionMissed',
  'SessionReminderQueued',
  'BookingRequestWaiting',
  'BookingRequestPickedUp',
  'BookingRequestAssigned',
  'BookingRequestClosed',
] as const satisfies readonly BookingsEvent['type'][];

/**
 * Book a Librarian's configuration events: branches (`bookingbranch-<id>`), topics
 * (`bookingtopic-<id>`) and experts (`expert-<staffId>`), with the names, zones, modes, rules,
 * weekly hours and days off the free slots are made from. Part of the published language
 * re-exported by `bookings-events.ts`.
 */

export const LOCALES = ['fa', 'en', 'ja', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Record<Locale, string>;

export const SESSION_MODES = ['PHONE', 'VIDEO', 'IN_PERSON'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const branchStream = (branchId: string) => `bookingbranch-${branchId}`;
export const topicStream = (topicId: string) => `bookingtopic-${topicId}`;
export const expertStream = (expertId: string) => `expert-${expertId}`;
/** One expert's sessions on one day of their branch's calendar. */
export const expertDayStream = (expertId: string, day: string) => `expertday-${expertId}.${day}`;
export const requestStream = (requestId: string) => `bookingrequest-${requestId}`;

/** Who did it: a staff member, or the patron through the booking form or their secret link. */
export type BookingActor = { kind: 'staff'; id: string; name: string } | { kind: 'patron' };

/**
 * Rules of a branch or a topic; `null` inherits (a topic's rule over its branch's, a branch's over
 * the defaults in `booking-rules.ts`).
 */
export interface BookingRulesPatch {
  sessionMinutes: number | null;
  paddingMinutes: number | null;
  bookingWindowDays: number | null;
  minimumNoticeMinutes: number | null;
  cancellationCutoffMinutes: number | null;
  reminderLeadMinutes: number | null;
}

/** Weekly hours: `weekday` 1 (Monday) to 7 (Sunday), `start` < `end` within that day (`HH:mm`). */
export interface WeeklyHours {
  weekday: number;
  start: string;
  end: string;
}

export const ABSENCE_KINDS = ['LEAVE', 'HOLIDAY', 'OTHER'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export type BookingBranchOpened = {
  type: 'BookingBranchOpened';
  data: {
    branchId: string;
    name: LocalizedText;
    /** IANA name, e.g. Asia/Tehran, Asia/Tokyo, America/Los_Angeles. */
    timeZone: string;
    modes: SessionMode[];
    /** In person: where; shown in the confirmation. */
    address: string;
    at: string;
    by: BookingActor;
  };
};
export type BookingBranchChanged = {
  type: 'BookingBranchChanged';
  data: {
    branchId: string;
    name: LocalizedText;
    timeZone: string;
    modes: SessionMode[];
    address: string;
    at: string;
    by: BookingActor;
  };
};
export type BookingBranchRulesSet = {
  type: 'BookingBranchRulesSet';
  data: { branchId: string; rules: BookingRulesPatch; at: string; by: BookingActor };
};
/** The branch is closed from `from` to `to` (days in its zone, both included). */
export type BookingBranchClosureAdded = {
  type: 'BookingBranchClosureAdded';
  data: { branchId: string; closureId: string; from: string; to: string; note: string; at: string; by: BookingActor };
};
export type BookingBranchClosureRemoved = {
  type: 'BookingBranchClosureRemoved';
  data: { branchId: string; closureId: string; at: string; by: BookingActor };
};

export type BranchEvent =
  | BookingBranchOpened
  | BookingBranchChanged
  | BookingBranchRulesSet
  | BookingBranchClosureAdded
  | BookingBranchClosureRemoved;

export type BookingTopicDefined = {
  type: 'BookingTopicDefined';
  data: { topicId: string; name: LocalizedText; at: string; by: BookingActor };
};
export type BookingTopicChanged = {
  type: 'BookingTopicChanged';
  data: { topicId: string; name: LocalizedText; at: string; by: BookingActor };
};
export type BookingTopicRulesSet = {
  type: 'BookingTopicRulesSet';
  data: { topicId: string; rules: BookingRulesPatch; at: string; by: BookingActor };
};

export type TopicEvent = BookingTopicDefined | BookingTopicChanged | BookingTopicRulesSet;

/** A staff member (identity's `staffId`) takes bookings at a branch on some topics. */
export type ExpertEnrolled = {
  type: 'ExpertEnrolled';
  data: { expertId: string; displayName: string; branchId: string; topicIds: string[]; at: string; by: BookingActor };
};
export type ExpertChanged = {
  type: 'ExpertChanged';
  data: { expertId: string; branchId: string; topicIds: string[]; at: string; by: BookingActor };
};
export type ExpertAvailabilitySet = {
  type: 'ExpertAvailabilitySet';
  data: { expertId: string; weekly: WeeklyHours[]; at: string; by: BookingActor };
};
/** Leave, a holiday or another absence from `from` to `to` (days in the branch's zone, both included). */
export type ExpertAbsenceAdded = {
  type: 'ExpertAbsenceAdded';
  data: {
    expertId: string;
    absenceId: string;
    kind: AbsenceKind;
    from: string;
    to: string;
    note: string;
    at: string;
    by: BookingActor;
  };
};
export type ExpertAbsenceRemoved = {
  type: 'ExpertAbsenceRemoved';
  data: { expertId: string; absenceId: string; at: string; by: BookingActor };
};
/** No longer takes new bookings; sessions already booked stay. */
export type ExpertWithdrawn = {
  type: 'ExpertWithdrawn';
  data: { expertId: string; at: string; by: BookingActor };
};

export type ExpertEvent =
  ExpertEnrolled | ExpertChanged | ExpertAvailabilitySet | ExpertAbsenceAdded | ExpertAbsenceRemoved | ExpertWithdrawn;

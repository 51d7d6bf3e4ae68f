/**
 * The calls context's events: its published language.
 *
 * - A call is one stream, `call-<id>`. A call from the PBX (Zammad's generic CTI contract) has an
 *   id derived from the PBX's `callId` (`cti-` and a hash of it), so every webhook event of the
 *   same call meets in one stream; a call logged by hand has a uuid.
 * - A PBX call: `CallRang` (the `newCall`, or the first event of the call that arrived),
 *   `CallAnswered`, `CallEnded`. The same webhook event twice decides nothing new; events out of
 *   order are tolerated (a hangup before its newCall rings and ends the call at once).
 * - A hand-logged call is one `CallLogged`. Either kind is then taken, noted, wrapped up and
 *   linked to a ticket by agents.
 * - A missed or abandoned inbound call queues a callback (`CallbackQueued`) on the call's stream:
 *   assigned, attempted (with outcomes), completed.
 * - Follow-up lists (`call-list-<id>`): numbers to call back with their attempts.
 *
 * Times are ISO-8601 UTC instants from the command. Phone numbers are kept as the PBX or the
 * agent gave them (`raw`) and in E.164 when they parse (`e164`, else null).
 */

export const CALL_DIRECTIONS = ['IN', 'OUT'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const CALL_OUTCOMES = ['ANSWERED', 'MISSED', 'ABANDONED', 'VOICEMAIL', 'BUSY'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Where the call came from: the PBX's webhook or an agent's hand log. */
export const CALL_SOURCES = ['CTI', 'MANUAL'] as const;
export type CallSource = (typeof CALL_SOURCES)[number];

/** How a callback (or a follow-up list's) attempt went. */
export const CALLBACK_ATTEMPT_OUTCOMES = ['REACHED', 'NO_ANSWER', 'BUSY', 'VOICEMAIL', 'WRONG_NUMBER'] as const;
export type CallbackAttemptOutcome = (typeof CALLBACK_ATTEMPT_OUTCOMES)[number];

/** Whether wrap-up opened a new ticket for the call or attached it to an existing one. */
export const CALL_TICKET_LINK_MODES = ['OPENED', 'ATTACHED'] as const;
export type CallTicketLinkMode = (typeof CALL_TICKET_LINK_MODES)[number];

/** A phone number as given, and in E.164 (`+493055571600`) when it is a valid number; null otherwise (e.g. `anonymous`). */
export interface CallNumber {
  raw: string;
  e164: string | null;
}

/** A staff member acting on a call, or the system (the PBX's webhook). */
export interface CallActor {
  kind: 'staff' | 'system';
  id: string;
}

export type CallRang = {
  type: 'CallRang';
  data: {
    callId: string;
    source: 'CTI';
    /** The PBX's own `callId`. */
    pbxCallId: string;
    direction: CallDirection;
    from: CallNumber;
    to: CallNumber;
    queue: string | null;
    /** The PBX's `user[]`: who is ringing (inbound) or calling (outbound), by name. */
    users: string[];
    /** The staff members those names matched. */
    staffIds: string[];
    at: string;
  };
};

export type CallAnswered = {
  type: 'CallAnswered';
  data: {
    callId: string;
    /** The staff member the PBX's `answeringNumber` or `user[]` matched; null when none did. */
    byStaffId: string | null;
    /** The PBX's `user[]` at the answer (e.g. `voicemail`). */
    users: string[];
    answeringNumber: string | null;
    at: string;
  };
};

export type CallEnded = {
  type: 'CallEnded';
  data: {
    callId: string;
    /** The PBX's hangup cause (`normalClearing`, `busy`, `cancel`, `noAnswer`, …), as given. */
    cause: string | null;
    outcome: CallOutcome;
    /** From the answer to the end; 0 when never answered. */
    durationSeconds: number;
    at: string;
  };
};

/** A call an agent logs by hand, whole. */
export type CallLogged = {
  type: 'CallLogged';
  data: {
    callId: string;
    source: 'MANUAL';
    direction: CallDirection;
    /** The other party: the caller of an inbound call, the callee of an outbound one. */
    counterpart: CallNumber;
    startedAt: string;
    durationSeconds: number;
    outcome: CallOutcome;
    topic: string | null;
    requesterType: string | null;
    notes: string | null;
    by: CallActor;
    at: string;
  };
};

/** An agent takes the ringing or answered call in the console (it is theirs to note and wrap up). */
export type CallTaken = {
  type: 'CallTaken';
  data: { callId: string; staffId: string; at: string };
};

export type CallNoted = {
  type: 'CallNoted';
  data: { callId: string; noteId: string; text: string; by: CallActor; at: string };
};

export type CallWrappedUp = {
  type: 'CallWrappedUp';
  data: {
    callId: string;
    topic: string;
    outcome: CallOutcome;
    requesterType: string | null;
    by: CallActor;
    at: string;
  };
};

export type CallTicketLinked = {
  type: 'CallTicketLinked';
  data: { callId: string; ticketId: string; mode: CallTicketLinkMode; by: CallActor; at: string };
};

export type CallbackQueued = {
  type: 'CallbackQueued';
  data: {
    callId: string;
    /** The number to call back. */
    number: CallNumber;
    /** The outcome that queued it (MISSED, ABANDONED, VOICEMAIL, BUSY). */
    reason: CallOutcome;
    at: string;
  };
};

export type CallbackAssigned = {
  type: 'CallbackAssigned';
  data: { callId: string; staffId: string; by: CallActor; at: string };
};

export type CallbackAttempted = {
  type: 'CallbackAttempted';
  data: {
    callId: string;
    attemptId: string;
    outcome: CallbackAttemptOutcome;
    note: string | null;
    by: CallActor;
    at: string;
  };
};

export type CallbackCompleted = {
  type: 'CallbackCompleted';
  data: { callId: string; by: CallActor; at: string };
};

/** The PBX reported the answer after the hangup: the call was answered after all, no callback is owed. */
export type CallbackWithdrawn = {
  type: 'CallbackWithdrawn';
  data: { callId: string; at: string };
};

export type CallEvent =
  | CallRang
  | CallAnswered
  | CallEnded
  | CallLogged
  | CallTaken
  | CallNoted
  | CallWrappedUp
  | CallTicketLinked
  | CallbackQueued
  | CallbackAssigned
  | CallbackAttempted
  | CallbackCompleted
  | CallbackWithdrawn;

export const CALL_EVENT_TYPES = [
  'CallRang',
  'CallAnswered',
  'CallEnded',
  'CallLogged',
  'CallTaken',
  'CallNoted',
  'CallWrappedUp',
  'CallTicketLinked',
  'CallbackQueued',
  'CallbackAssigned',
  'CallbackAttempted',
  'CallbackCompleted',
  'CallbackWithdrawn',
] as const satisfies readonly CallEvent['type'][];

export const callStream = (callId: string) => `call-${callId}`;

/** One number on a follow-up list (e.g. every publisher with an open issue). */
export interface CallListEntry {
  entryId: string;
  number: CallNumber;
  /** Who it is, in a few words (a name, an organisation). */
  label: string;
  /** What the call is about (a ticket id, a note). */
  reference: string | null;
}

export type CallListCreated = {
  type: 'CallListCreated';
  data: {
    listId: string;
    name: string;
    description: string | null;
    entries: CallListEntry[];
    by: CallActor;
    at: string;
  };
};

export type CallListAttemptRecorded = {
  type: 'CallListAttemptRecorded';
  data: {
    listId: string;
    entryId: string;
    attemptId: string;
    outcome: CallbackAttemptOutcome;
    note: string | null;
    /** The entry needs no more calls. */
    done: boolean;
    by: CallActor;
    at: string;
  };
};

export type CallListEvent = CallListCreated | CallListAttemptRecorded;

export const CALL_LIST_EVENT_TYPES = [
  'CallListCreated',
  'CallListAttemptRecorded',
] as const satisfies readonly CallListEvent['type'][];

export const callListStream = (listId: string) => `call-list-${listId}`;

/** The webhook's token when CTI_TOKEN is not set: generated on the first start, rotated by an admin. */
export type CtiTokenSet = {
  type: 'CtiTokenSet';
  data: { token: string; reason: 'GENERATED' | 'ROTATED'; by: CallActor; at: string };
};

export type CtiSettingsEvent = CtiTokenSet;
export const CTI_SETTINGS_EVENT_TYPES = ['CtiTokenSet'] as const satisfies readonly CtiSettingsEvent['type'][];
export const CTI_SETTINGS_STREAM = 'cti-settings';

export type CallsContextEvent = CallEvent | CallListEvent | CtiSettingsEvent;

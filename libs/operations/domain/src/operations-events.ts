/**
 * The operations context's published language. Operations owns only its settings: every figure
 * of the dashboard is folded from the other contexts' events (calls, tickets, chat, bookings,
 * identity). Its one stream, `operations-settings`, holds the shifts and the definitions the
 * figures are counted by; each event carries the settings' version (1, 2, …: the stream's
 * revision + 1), so a figure can say which definitions it was computed with. Changing either
 * rebuilds the figures by replaying the store. Times are ISO-8601 UTC instants from the command;
 * shift times are wall-clock `HH:MM` in the organisation's time zone (`24:00` ends a day).
 * Payload changes are additive only.
 */

export const OPERATIONS_SETTINGS_STREAM = 'operations-settings';

/** The channels the dashboard counts, each from one context's events. */
export const OPERATIONS_CHANNELS = [
  /** Calls IN, from the PBX or logged by hand. */
  'INBOUND_CALL',
  /** Calls OUT. */
  'OUTBOUND_CALL',
  /** Live chats requested. */
  'CHAT',
  /** Questions left while nobody was online. */
  'OFFLINE_QUESTION',
  /** Tickets opened on the web form, by phone, walk-in, from a chat or an offline question. */
  'TICKET',
  /** Tickets opened by mail; answered once staff replied. */
  'EMAIL',
  /** Tickets on the LETTER channel. */
  'LETTER',
  /** Book a Librarian sessions booked. */
  'BOOKING',
] as const;
export type OperationsChannel = (typeof OPERATIONS_CHANNELS)[number];

export const OPERATIONS_GRANULARITIES = ['HOUR', 'SHIFT', 'DAY'] as const;
export type OperationsGranularity = (typeof OPERATIONS_GRANULARITIES)[number];

/** The requester type of a contact nothing identified (a call without wrap-up, a chat). */
export const UNKNOWN_REQUESTER_TYPE = 'unknown';

export interface OperationsLocalizedName {
  fa: string;
  en: string;
  ja: string;
  vi: string;
}

/** One shift of the day: `start` and `end` are `HH:00` in the organisation's zone; an `end` before `start` runs past midnight. */
export interface ShiftDefinition {
  key: string;
  name: OperationsLocalizedName;
  start: string;
  end: string;
}

/** A staff member changing the settings, or the system. */
export interface OperationsActor {
  kind: 'staff' | 'system';
  id: string;
}

export interface AnsweredDefinition {
  /** A call counts as answered once answered and talked at least this long (0: any answered call). */
  minTalkSeconds: number;
}

export interface ServiceLevelDefinition {
  /** The service level: the share of inbound calls answered within this many seconds of ringing. */
  answerWithinSeconds: number;
}

export type OperationsShiftsDefined = {
  type: 'OperationsShiftsDefined';
  data: { version: number; shifts: ShiftDefinition[]; by: OperationsActor; at: string };
};

export type OperationsDefinitionsChanged = {
  type: 'OperationsDefinitionsChanged';
  data: {
    version: number;
    answered: AnsweredDefinition;
    serviceLevel: ServiceLevelDefinition;
    /** A raw requester type (as tickets and calls record it) → the group it is reported under; unlisted ones report as themselves. */
    requesterTypes: Record<string, string>;
    by: OperationsActor;
    at: string;
  };
};

export type OperationsSettingsEvent = OperationsShiftsDefined | OperationsDefinitionsChanged;

export const OPERATIONS_SETTINGS_EVENT_TYPES = [
  'OperationsShiftsDefined',
  'OperationsDefinitionsChanged',
] as const satisfies readonly OperationsSettingsEvent['type'][];

export type OperationsEvent = OperationsSettingsEvent;
export const OPERATIONS_EVENT_TYPES = OPERATIONS_SETTINGS_EVENT_TYPES;

/** What holds when nothing is recorded: two shifts 08:00–16:00 and 16:00–24:00, any answered call, 20 seconds. */
export const DEFAULT_SHIFTS: readonly ShiftDefinition[] = [
  {
    key: 'morning',
    name: { fa: 'نوبت صبح', en: 'Morning shift', ja: '早番', vi: 'Ca sáng' },
    start: '08:00',
    end: '16:00',
  },
  {
    key: 'evening',
    name: { fa: 'نوبت عصر', en: 'Evening shift', ja: '遅番', vi: 'Ca chiều' },
    start: '16:00',
    end: '24:00',
  },
];
export const DEFAULT_ANSWERED: AnsweredDefinition = { minTalkSeconds: 0 };
export const DEFAULT_SERVICE_LEVEL: ServiceLevelDefinition = { answerWithinSeconds: 20 };

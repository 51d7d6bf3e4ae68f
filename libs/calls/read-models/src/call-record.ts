/**
 * What the calls read model keeps per call, per callback and per follow-up list: the records the
 * GraphQL resolvers return.
 */
import type {
  CallActor,
  CallbackAttemptOutcome,
  CallDirection,
  CallNumber,
  CallOutcome,
  CallSource,
  CallTicketLinkMode,
} from '@deskstream/calls-domain';

export type CallState = 'RINGING' | 'ANSWERED' | 'ENDED';
export type CallbackState = 'WAITING' | 'ASSIGNED' | 'DONE' | 'WITHDRAWN';

export interface CallNoteRecord {
  id: string;
  text: string;
  by: CallActor;
  at: string;
}

export interface CallAttemptRecord {
  id: string;
  outcome: CallbackAttemptOutcome;
  note: string | null;
  by: CallActor;
  at: string;
}

export interface CallbackRecord {
  callId: string;
  state: CallbackState;
  number: CallNumber;
  reason: CallOutcome;
  queuedAt: string;
  assigneeId: string | null;
  attempts: CallAttemptRecord[];
  completedAt: string | null;
}

export interface CallRecord {
  id: string;
  source: CallSource;
  pbxCallId: string | null;
  direction: CallDirection;
  state: CallState;
  from: CallNumber;
  to: CallNumber;
  counterpart: CallNumber;
  queue: string | null;
  pbxUsers: string[];
  ringingStaffIds: string[];
  answeredById: string | null;
  takenById: string | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  /** The outcome the call ended with (or was logged with). */
  endOutcome: CallOutcome | null;
  cause: string | null;
  notes: CallNoteRecord[];
  wrapUp: {
    topic: string;
    outcome: CallOutcome;
    requesterType: string | null;
    by: CallActor;
    at: string;
  } | null;
  tickets: { ticketId: string; mode: CallTicketLinkMode; at: string }[];
  callback: CallbackRecord | null;
  /** The day the call started, in the organisation's time zone. */
  day: string;
  updatedAt: string;
}

export interface CallListEntryRecord {
  id: string;
  number: CallNumber;
  label: string;
  reference: string | null;
  done: boolean;
  attempts: CallAttemptRecord[];
}

export interface CallListRecord {
  id: string;
  name: string;
  description: string | null;
  createdBy: CallActor;
  createdAt: string;
  entries: CallListEntryRecord[];
  doneCount: number;
}

/**
 * A call's decider (`call-<id>`): the PBX's webhook events, a call logged by hand, an agent taking,
 * noting and wrapping up the call, its ticket links and its callback. Pure; time in the command.
 * Commands carrying their own ids (notes, attempts) are idempotent by them.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  CallActor,
  CallbackAttemptOutcome,
  CallDirection,
  CallEvent,
  CallNumber,
  CallOutcome,
  CallTicketLinkMode,
} from './calls-events';
import { evolveCall, initialCallState, type CallState } from './call-state';
import { canCallBack, decideCtiEvent, type RecordCtiEvent } from './cti-decisions';
import { reject, type CallsRejection } from './errors';
import {
  ATTEMPTS_PER_CALLBACK_MAX,
  NOTES_PER_CALL_MAX,
  checkAttemptNote,
  checkNote,
  checkRequesterType,
  checkTopic,
  isWholeDuration,
} from './input-rules';

export type CallCommand =
  | RecordCtiEvent
  | {
      type: 'LogCall';
      data: {
        callId: string;
        direction: CallDirection;
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
    }
  | { type: 'TakeCall'; data: { callId: string; staffId: string; at: string } }
  | { type: 'NoteCall'; data: { callId: string; noteId: string; text: string; by: CallActor; at: string } }
  | {
      type: 'WrapUpCall';
      data: {
        callId: string;
        topic: string;
        outcome: CallOutcome;
        requesterType: string | null;
        /** The ticket wrap-up opened or attached the call to, linked with it. */
        ticket?: { ticketId: string; mode: CallTicketLinkMode } | null;
        by: CallActor;
        at: string;
      };
    }
  | {
      type: 'LinkCallTicket';
      data: { callId: string; ticketId: string; mode: CallTicketLinkMode; by: CallActor; at: string };
    }
  | { type: 'AssignCallback'; data: { callId: string; staffId: string; by: CallActor; at: string } }
  | {
      type: 'AttemptCallback';
      data: {
        callId: string;
        attemptId: string;
        outcome: CallbackAttemptOutcome;
        note: string | null;
        by: CallActor;
        at: string;
      };
    }
  | { type: 'CompleteCallback'; data: { callId: string; by: CallActor; at: string } };

type Decision = CallEvent[] | CallsRejection;

const isRejected = <T>(value: T | CallsRejection): value is CallsRejection =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

function logCall(data: Extract<CallCommand, { type: 'LogCall' }>['data'], state: CallState): Decision {
  if (state.exists) return state.source === 'MANUAL' ? [] : reject('CALL_EXISTS');
  if (!isWholeDuration(data.durationSeconds)) return reject('CALL_DURATION_INVALID');
  const topic = data.topic?.trim() ? checkTopic(data.topic) : null;
  if (isRejected(topic)) return topic;
  const requesterType = checkRequesterType(data.requesterType);
  if (isRejected(requesterType)) return requesterType;
  const notes = data.notes?.trim() ? checkNote(data.notes) : null;
  if (isRejected(notes)) return notes;
  const { callId, direction, counterpart, startedAt, durationSeconds, outcome, by, at } = data;
  const events: CallEvent[] = [
    {
      type: 'CallLogged',
      data: {
        callId,
        source: 'MANUAL',
        direction,
        counterpart,
        startedAt,
        durationSeconds: outcome === 'ANSWERED' ? durationSeconds : 0,
        outcome,
        topic,
        requesterType,
        notes,
        by,
        at,
      },
    },
  ];
  if (direction === 'IN' && outcome !== 'ANSWERED' && canCallBack(counterpart))
    events.push({ type: 'CallbackQueued', data: { callId, number: counterpart, reason: outcome, at } });
  return events;
}

function wrapUp(data: Extract<CallCommand, { type: 'WrapUpCall' }>['data'], state: CallState): Decision {
  const topic = checkTopic(data.topic);
  if (isRejected(topic)) return topic;
  const requesterType = checkRequesterType(data.requesterType);
  if (isRejected(requesterType)) return requesterType;
  if (!state.ended) return reject('CALL_NOT_ENDED');
  const { callId, by, at, ticket } = data;
  const events: CallEvent[] = [];
  const same = state.wrapUp;
  if (!same || same.topic !== topic || same.outcome !== data.outcome || same.requesterType !== requesterType)
    events.push({ type: 'CallWrappedUp', data: { callId, topic, outcome: data.outcome, requesterType, by, at } });
  if (ticket && !state.ticketIds.has(ticket.ticketId))
    events.push({ type: 'CallTicketLinked', data: { callId, ticketId: ticket.ticketId, mode: ticket.mode, by, at } });
  return events;
}

function decideCall(command: CallCommand, state: CallState): Decision {
  if (command.type === 'RecordCtiEvent') return decideCtiEvent(command, state);
  if (command.type === 'LogCall') return logCall(command.data, state);
  if (!state.exists) return reject('CALL_NOT_FOUND');
  const callback = state.callback;
  switch (command.type) {
    case 'TakeCall': {
      const { callId, staffId, at } = command.data;
      if (state.takenBy === staffId) return [];
      if (state.takenBy !== null) return reject('CALL_ALREADY_TAKEN');
      return [{ type: 'CallTaken', data: { callId, staffId, at } }];
    }
    case 'NoteCall': {
      const { callId, noteId, by, at } = command.data;
      if (state.noteIds.has(noteId)) return [];
      const text = checkNote(command.data.text);
      if (isRejected(text)) return text;
      if (state.noteIds.size >= NOTES_PER_CALL_MAX) return reject('CALL_NOTES_FULL');
      return [{ type: 'CallNoted', data: { callId, noteId, text, by, at } }];
    }
    case 'WrapUpCall':
      return wrapUp(command.data, state);
    case 'LinkCallTicket': {
      if (state.ticketIds.has(command.data.ticketId)) return [];
      return [{ type: 'CallTicketLinked', data: command.data }];
    }
    case 'AssignCallback': {
      if (!callback) return reject('CALL_CALLBACK_NOT_FOUND');
      if (!callback.open) return reject('CALL_CALLBACK_CLOSED');
      if (callback.assigneeId === command.data.staffId) return [];
      return [{ type: 'CallbackAssigned', data: command.data }];
    }
    case 'AttemptCallback': {
      if (!callback) return reject('CALL_CALLBACK_NOT_FOUND');
      if (callback.attemptIds.has(command.data.attemptId)) return [];
      if (!callback.open) return reject('CALL_CALLBACK_CLOSED');
      const note = checkAttemptNote(command.data.note);
      if (isRejected(note)) return note;
      if (callback.attemptIds.size >= ATTEMPTS_PER_CALLBACK_MAX) return reject('CALL_ATTEMPTS_FULL');
      return [{ type: 'CallbackAttempted', data: { ...command.data, note } }];
    }
    case 'CompleteCallback': {
      if (!callback) return reject('CALL_CALLBACK_NOT_FOUND');
      if (!callback.open) return [];
      return [{ type: 'CallbackCompleted', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

export const callDecider: Decider<CallCommand, CallEvent, CallState, CallsRejection> = {
  initialState: initialCallState,
  evolve: evolveCall,
  decide: decideCall,
};

/** One call event folded into its call record (the record is replaced, never changed in place). */
import { counterpartOf, type CallEvent } from '@deskstream/calls-domain';
import { assertNever } from '@deskstream/domain-kit';
import type { CallbackRecord, CallRecord } from './call-record';

type Stamp = (iso: string) => string;

export function newCallRecord(
  event: Extract<CallEvent, { type: 'CallRang' | 'CallLogged' }>,
  dayOf: Stamp,
): CallRecord {
  const base = {
    notes: [],
    wrapUp: null,
    tickets: [],
    callback: null,
    takenById: null,
    cause: null,
  } satisfies Partial<CallRecord>;
  if (event.type === 'CallRang') {
    const { callId, pbxCallId, direction, from, to, queue, users, staffIds, at } = event.data;
    return {
      ...base,
      id: callId,
      source: 'CTI',
      pbxCallId,
      direction,
      state: 'RINGING',
      from,
      to,
      counterpart: counterpartOf({ direction, from, to }),
      queue,
      pbxUsers: users,
      ringingStaffIds: staffIds,
      answeredById: null,
      startedAt: at,
      answeredAt: null,
      endedAt: null,
      durationSeconds: null,
      endOutcome: null,
      day: dayOf(at),
      updatedAt: at,
    };
  }
  const { callId, direction, counterpart, startedAt, durationSeconds, outcome, topic, requesterType, notes, by, at } =
    event.data;
  const desk = { raw: '', e164: null };
  return {
    ...base,
    id: callId,
    source: 'MANUAL',
    pbxCallId: null,
    direction,
    state: 'ENDED',
    from: direction === 'IN' ? counterpart : desk,
    to: direction === 'IN' ? desk : counterpart,
    counterpart,
    queue: null,
    pbxUsers: [],
    ringingStaffIds: [],
    answeredById: outcome === 'ANSWERED' && by.kind === 'staff' ? by.id : null,
    takenById: by.kind === 'staff' ? by.id : null,
    startedAt,
    answeredAt: outcome === 'ANSWERED' ? startedAt : null,
    endedAt: new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString(),
    durationSeconds,
    endOutcome: outcome,
    notes: notes ? [{ id: `${callId}-logged`, text: notes, by, at }] : [],
    wrapUp: topic ? { topic, outcome, requesterType, by, at } : null,
    day: dayOf(startedAt),
    updatedAt: at,
  };
}

const withCallback = (call: CallRecord, change: (callback: CallbackRecord) => CallbackRecord): CallRecord =>
  call.callback ? { ...call, callback: change(call.callback) } : call;

/** The call after an event that is not its first. */
export function nextCallRecord(call: CallRecord, event: CallEvent): CallRecord {
  const updatedAt = 'at' in event.data ? event.data.at : call.updatedAt;
  const next = { ...call, updatedAt: updatedAt > call.updatedAt ? updatedAt : call.updatedAt };
  switch (event.type) {
    case 'CallRang':
    case 'CallLogged':
      return call;
    case 'CallAnswered':
      return {
        ...next,
        state: call.state === 'ENDED' ? 'ENDED' : 'ANSWERED',
        answeredById: event.data.byStaffId,
        answeredAt: event.data.at,
        pbxUsers: event.data.users.length > 0 ? event.data.users : call.pbxUsers,
      };
    case 'CallEnded':
      return {
        ...next,
        state: 'ENDED',
        endedAt: event.data.at,
        endOutcome: event.data.outcome,
        durationSeconds: event.data.durationSeconds,
        cause: event.data.cause,
      };
    case 'CallTaken':
      return { ...next, takenById: event.data.staffId };
    case 'CallNoted': {
      const { noteId, text, by, at } = event.data;
      return { ...next, notes: [...call.notes, { id: noteId, text, by, at }] };
    }
    case 'CallWrappedUp': {
      const { topic, outcome, requesterType, by, at } = event.data;
      return { ...next, wrapUp: { topic, outcome, requesterType, by, at } };
    }
    case 'CallTicketLinked': {
      const { ticketId, mode, at } = event.data;
      return { ...next, tickets: [...call.tickets, { ticketId, mode, at }] };
    }
    case 'CallbackQueued': {
      const { number, reason, at } = event.data;
      const callback: CallbackRecord = {
        callId: call.id,
        state: 'WAITING',
        number,
        reason,
        queuedAt: at,
        assigneeId: null,
        attempts: [],
        completedAt: null,
      };
      return { ...next, callback };
    }
    case 'CallbackAssigned':
      return withCallback(next, (callback) => ({ ...callback, state: 'ASSIGNED', assigneeId: event.data.staffId }));
    case 'CallbackAttempted': {
      const { attemptId, outcome, note, by, at } = event.data;
      return withCallback(next, (callback) => ({
        ...callback,
        attempts: [...callback.attempts, { id: attemptId, outcome, note, by, at }],
      }));
    }
    case 'CallbackCompleted':
      return withCallback(next, (callback) => ({ ...callback, state: 'DONE', completedAt: event.data.at }));
    case 'CallbackWithdrawn':
      return withCallback(next, (callback) => ({ ...callback, state: 'WITHDRAWN', completedAt: event.data.at }));
    default:
      return assertNever(event);
  }
}

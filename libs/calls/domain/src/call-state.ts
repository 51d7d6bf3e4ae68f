/** What a call's decisions need to know of its history: folded from its stream. */
import { assertNever } from '@deskstream/domain-kit';
import type { CallDirection, CallEvent, CallNumber, CallOutcome, CallSource } from './calls-events';

export interface CallState {
  exists: boolean;
  source: CallSource | null;
  direction: CallDirection | null;
  counterpart: CallNumber | null;
  startedAt: string | null;
  answeredAt: string | null;
  /** Answered by the PBX's voicemail rather than a person. */
  voicemail: boolean;
  ended: { at: string; outcome: CallOutcome; cause: string | null } | null;
  takenBy: string | null;
  noteIds: Set<string>;
  wrapUp: { topic: string; outcome: CallOutcome; requesterType: string | null } | null;
  ticketIds: Set<string>;
  callback: { open: boolean; assigneeId: string | null; attemptIds: Set<string> } | null;
}

export const initialCallState = (): CallState => ({
  exists: false,
  source: null,
  direction: null,
  counterpart: null,
  startedAt: null,
  answeredAt: null,
  voicemail: false,
  ended: null,
  takenBy: null,
  noteIds: new Set(),
  wrapUp: null,
  ticketIds: new Set(),
  callback: null,
});

/** The PBX's name for its voicemail box in `user[]` (as Zammad reads it). */
export const isVoicemailUser = (users: readonly string[]) =>
  users.some((user) => user.trim().toLowerCase() === 'voicemail');

export function evolveCall(state: CallState, event: CallEvent): CallState {
  switch (event.type) {
    case 'CallRang': {
      const { direction, from, to, at } = event.data;
      return {
        ...state,
        exists: true,
        source: 'CTI',
        direction,
        counterpart: direction === 'IN' ? from : to,
        startedAt: at,
      };
    }
    case 'CallLogged':
      return {
        ...state,
        exists: true,
        source: 'MANUAL',
        direction: event.data.direction,
        counterpart: event.data.counterpart,
        startedAt: event.data.startedAt,
        answeredAt: event.data.outcome === 'ANSWERED' ? event.data.startedAt : null,
        ended: { at: event.data.at, outcome: event.data.outcome, cause: null },
        wrapUp: event.data.topic
          ? { topic: event.data.topic, outcome: event.data.outcome, requesterType: event.data.requesterType }
          : null,
      };
    case 'CallAnswered':
      return { ...state, answeredAt: event.data.at, voicemail: isVoicemailUser(event.data.users) };
    case 'CallEnded':
      return { ...state, ended: { at: event.data.at, outcome: event.data.outcome, cause: event.data.cause } };
    case 'CallTaken':
      return { ...state, takenBy: event.data.staffId };
    case 'CallNoted':
      return { ...state, noteIds: new Set(state.noteIds).add(event.data.noteId) };
    case 'CallWrappedUp': {
      const { topic, outcome, requesterType } = event.data;
      return { ...state, wrapUp: { topic, outcome, requesterType } };
    }
    case 'CallTicketLinked':
      return { ...state, ticketIds: new Set(state.ticketIds).add(event.data.ticketId) };
    case 'CallbackQueued':
      return { ...state, callback: { open: true, assigneeId: null, attemptIds: new Set() } };
    case 'CallbackAssigned':
      return state.callback ? { ...state, callback: { ...state.callback, assigneeId: event.data.staffId } } : state;
    case 'CallbackAttempted':
      return state.callback
        ? {
            ...state,
            callback: { ...state.callback, attemptIds: new Set(state.callback.attemptIds).add(event.data.attemptId) },
          }
        : state;
    case 'CallbackCompleted':
    case 'CallbackWithdrawn':
      return state.callback ? { ...state, callback: { ...state.callback, open: false } } : state;
    default:
      return assertNever(event);
  }
}

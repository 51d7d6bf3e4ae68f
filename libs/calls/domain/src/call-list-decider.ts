/**
 * Follow-up lists (`call-list-<id>`): numbers to call (every publisher with an open issue, say),
 * each with its attempts until it needs no more calls. Pure; time in the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { CallActor, CallbackAttemptOutcome, CallListEntry, CallListEvent } from './calls-events';
import { reject, type CallsRejection } from './errors';
import {
  ATTEMPTS_PER_CALLBACK_MAX,
  CALL_LIST_DESCRIPTION_MAX_CHARACTERS,
  CALL_LIST_ENTRIES_MAX,
  CALL_LIST_LABEL_MAX_CHARACTERS,
  CALL_LIST_NAME_MAX_CHARACTERS,
  CALL_LIST_REFERENCE_MAX_CHARACTERS,
  characters,
  checkAttemptNote,
} from './input-rules';

export type CallListCommand =
  | {
      type: 'CreateCallList';
      data: {
        listId: string;
        name: string;
        description: string | null;
        entries: CallListEntry[];
        by: CallActor;
        at: string;
      };
    }
  | {
      type: 'RecordCallListAttempt';
      data: {
        listId: string;
        entryId: string;
        attemptId: string;
        outcome: CallbackAttemptOutcome;
        note: string | null;
        done: boolean;
        by: CallActor;
        at: string;
      };
    };

export interface CallListState {
  exists: boolean;
  entries: Map<string, { done: boolean; attemptIds: Set<string> }>;
}

const within = (text: string, max: number) => characters(text) >= 1 && characters(text) <= max;

const entryProblem = (entry: CallListEntry) =>
  entry.number.e164 === null ||
  !within(entry.label.trim(), CALL_LIST_LABEL_MAX_CHARACTERS) ||
  (entry.reference !== null && characters(entry.reference) > CALL_LIST_REFERENCE_MAX_CHARACTERS);

function create(data: Extract<CallListCommand, { type: 'CreateCallList' }>['data'], state: CallListState) {
  if (state.exists) return [];
  const name = data.name.trim();
  if (!within(name, CALL_LIST_NAME_MAX_CHARACTERS)) return reject('CALL_LIST_NAME_INVALID');
  const description = data.description?.trim() || null;
  if (description && characters(description) > CALL_LIST_DESCRIPTION_MAX_CHARACTERS)
    return reject('CALL_LIST_DESCRIPTION_TOO_LONG');
  if (data.entries.length === 0 || data.entries.length > CALL_LIST_ENTRIES_MAX || data.entries.some(entryProblem))
    return reject('CALL_LIST_ENTRIES_INVALID');
  const entries = data.entries.map((entry) => ({
    ...entry,
    label: entry.label.trim(),
    reference: entry.reference?.trim() || null,
  }));
  return [{ type: 'CallListCreated' as const, data: { ...data, name, description, entries } }];
}

function decide(command: CallListCommand, state: CallListState): CallListEvent[] | CallsRejection {
  switch (command.type) {
    case 'CreateCallList':
      return create(command.data, state);
    case 'RecordCallListAttempt': {
      if (!state.exists) return reject('CALL_LIST_NOT_FOUND');
      const entry = state.entries.get(command.data.entryId);
      if (!entry) return reject('CALL_LIST_ENTRY_NOT_FOUND');
      if (entry.attemptIds.has(command.data.attemptId)) return [];
      if (entry.done) return reject('CALL_LIST_ENTRY_DONE');
      const note = checkAttemptNote(command.data.note);
      if (note !== null && typeof note !== 'string') return note;
      if (entry.attemptIds.size >= ATTEMPTS_PER_CALLBACK_MAX) return reject('CALL_ATTEMPTS_FULL');
      return [{ type: 'CallListAttemptRecorded', data: { ...command.data, note } }];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: CallListState, event: CallListEvent): CallListState {
  switch (event.type) {
    case 'CallListCreated':
      return {
        exists: true,
        entries: new Map(
          event.data.entries.map((entry) => [entry.entryId, { done: false, attemptIds: new Set<string>() }]),
        ),
      };
    case 'CallListAttemptRecorded': {
      const entries = new Map(state.entries);
      const entry = entries.get(event.data.entryId);
      if (entry)
        entries.set(event.data.entryId, {
          done: entry.done || event.data.done,
          attemptIds: new Set(entry.attemptIds).add(event.data.attemptId),
        });
      return { ...state, entries };
    }
    default:
      return assertNever(event);
  }
}

export const callListDecider: Decider<CallListCommand, CallListEvent, CallListState, CallsRejection> = {
  initialState: () => ({ exists: false, entries: new Map() }),
  evolve,
  decide,
};

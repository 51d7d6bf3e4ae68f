/**
 * How calls' records show in GraphQL: staff as agents with their names, a call's outcome (the
 * wrap-up's once wrapped up), its callback with the call, follow-up lists.
 */
import type { CallActor } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type {
  CallAgent,
  CallbackAttemptResolvers,
  CallbackResolvers,
  CallListResolvers,
  CallNoteResolvers,
  CallResolvers,
  CallTicketLinkResolvers,
} from '@deskstream/graphql-types';
import type { CallStaff, CallTickets } from './ports';

export function fieldResolvers(readModel: CallsReadModel, staff: CallStaff, tickets?: CallTickets) {
  const agent = (id: string | null): CallAgent | null => (id === null ? null : { id, name: staff.nameOf(id) ?? id });
  const actor = (by: CallActor): CallAgent | null => (by.kind === 'staff' ? agent(by.id) : null);

  const Call: CallResolvers = {
    ringing: (call) => call.ringingStaffIds.map((id) => agent(id)!),
    answeredBy: (call) => agent(call.answeredById),
    takenBy: (call) => agent(call.takenById),
    outcome: (call) => call.wrapUp?.outcome ?? call.endOutcome,
    wrapUp: (call) => (call.wrapUp ? { ...call.wrapUp, by: actor(call.wrapUp.by) } : null),
  };
  const CallNote: CallNoteResolvers = { author: (note) => actor(note.by) };
  const CallbackAttempt: CallbackAttemptResolvers = { by: (attempt) => actor(attempt.by) };
  const Callback: CallbackResolvers = {
    call: (callback) => readModel.call(callback.callId)!,
    assignee: (callback) => agent(callback.assigneeId),
  };
  const CallList: CallListResolvers = { createdBy: (list) => actor(list.createdBy) };
  const CallTicketLink: CallTicketLinkResolvers = { ticket: (link) => tickets?.ref(link.ticketId) ?? null };
  return { Call, CallNote, CallbackAttempt, Callback, CallList, CallTicketLink };
}

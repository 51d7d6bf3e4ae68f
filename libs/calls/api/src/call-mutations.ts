/**
 * Agents' commands on a call: log one by hand, take it, note it, wrap it up (opening a ticket for
 * it or attaching it to one, through the tickets' port). Each answers the call as it is now.
 */
import type { SignedInStaff } from '@deskstream/access';
import {
  callNumber,
  checkLoggedStart,
  checkRequesterType,
  checkTopic,
  type CallCommand,
} from '@deskstream/calls-domain';
import type { CallRecord, CallsReadModel } from '@deskstream/calls-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { callError, checkCommandId, orThrow, requireCallStaff, staffActor } from './access';
import type { CallsCommands } from './commands';
import type { CallForTicket, CallTickets } from './ports';

export interface CallMutationDeps {
  readModel: CallsReadModel;
  commands: CallsCommands;
  tickets?: CallTickets;
  now: () => Date;
  phoneCountry: string | null;
}

const isRejection = (value: unknown): value is { code: string } =>
  typeof value === 'object' && value !== null && 'code' in value;

export function callMutations({ readModel, commands, tickets, now, phoneCountry }: CallMutationDeps) {
  const callOf = (id: string): CallRecord => {
    const call = readModel.call(id);
    if (!call) throw callError('CALL_NOT_FOUND');
    return call;
  };
  const run = async (staff: SignedInStaff, command: CallCommand, commandId: string): Promise<CallRecord> => {
    orThrow(await commands.call(command, commandId, { kind: 'staff', id: staff.id }));
    return callOf(command.data.callId);
  };
  const forTicket = (call: CallRecord, topic: string): CallForTicket => ({
    callId: call.id,
    direction: call.direction,
    counterpart: call.counterpart,
    startedAt: call.startedAt,
    durationSeconds: call.durationSeconds,
    outcome: call.wrapUp?.outcome ?? call.endOutcome ?? 'MISSED',
    topic,
    notes: call.notes.map((note) => note.text),
  });

  const Mutation: Pick<MutationResolvers, 'logCall' | 'takeCall' | 'noteCall' | 'wrapUpCall'> = {
    logCall: async (_root, { input, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      const counterpart = callNumber(input.number, phoneCountry);
      if (counterpart.e164 === null) throw callError('CALL_NUMBER_INVALID');
      const at = now().toISOString();
      const startedAt = checkLoggedStart(input.startedAt, at);
      if (isRejection(startedAt)) throw callError('CALL_TIME_INVALID');
      const id = `log-${staff.id}-${commandId}`;
      return run(
        staff,
        {
          type: 'LogCall',
          data: {
            callId: eventIdFor(id, 0),
            direction: input.direction,
            counterpart,
            startedAt,
            durationSeconds: input.durationSeconds,
            outcome: input.outcome,
            topic: input.topic ?? null,
            requesterType: input.requesterType ?? null,
            notes: input.notes ?? null,
            by: staffActor(staff),
            at,
          },
        },
        id,
      );
    },
    takeCall: async (_root, { callId, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      callOf(callId);
      const data = { callId, staffId: staff.id, at: now().toISOString() };
      return run(staff, { type: 'TakeCall', data }, `take-${staff.id}-${commandId}`);
    },
    noteCall: async (_root, { callId, text, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      callOf(callId);
      const id = `note-${staff.id}-${commandId}`;
      const data = { callId, noteId: eventIdFor(id, 0), text, by: staffActor(staff), at: now().toISOString() };
      return run(staff, { type: 'NoteCall', data }, id);
    },
    wrapUpCall: async (_root, { input, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      const call = callOf(input.callId);
      // Everything the call's side refuses is checked before a ticket is opened for it.
      const topic = checkTopic(input.topic);
      if (isRejection(topic)) throw callError('CALL_TOPIC_INVALID');
      const requesterType = checkRequesterType(input.requesterType);
      if (isRejection(requesterType)) throw callError('CALL_REQUESTER_TYPE_INVALID');
      if (call.state !== 'ENDED') throw callError('CALL_NOT_ENDED');
      const choice = input.ticket;
      if (choice && (choice.attachToTicketId ? 1 : 0) + (choice.open ? 1 : 0) !== 1)
        throw callError('CALL_TICKET_CHOICE_INVALID');
      const id = `wrap-up-${staff.id}-${commandId}`;
      let ticket: { ticketId: string; mode: 'OPENED' | 'ATTACHED' } | null = null;
      if (choice) {
        if (!tickets) throw callError('CALL_TICKET_NOT_FOUND');
        const summary = forTicket(call, topic);
        ticket = choice.open
          ? {
              ticketId: await tickets.open(
                staff,
                summary,
                {
                  subject: choice.open.subject,
                  departmentId: choice.open.departmentId,
                  requesterName: choice.open.requesterName ?? null,
                  requesterEmail: choice.open.requesterEmail ?? null,
                  requesterType,
                  priority: choice.open.priority ?? null,
                  assigneeId: choice.open.assigneeId ?? null,
                },
                `${id}:ticket`,
              ),
              mode: 'OPENED',
            }
          : {
              ticketId: await tickets.attach(staff, summary, choice.attachToTicketId!, `${id}:ticket`),
              mode: 'ATTACHED',
            };
      }
      const data = {
        callId: call.id,
        topic,
        outcome: input.outcome,
        requesterType,
        ticket,
        by: staffActor(staff),
        at: now().toISOString(),
      };
      return run(staff, { type: 'WrapUpCall', data }, id);
    },
  };
  return { Mutation };
}

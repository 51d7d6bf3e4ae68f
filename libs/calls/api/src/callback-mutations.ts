/** The callback queue's commands, follow-up lists and the webhook token's rotation. */
import { callNumber, type CallListEntry } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { callError, checkCommandId, orThrow, requireCallAdmin, requireCallStaff, staffActor } from './access';
import type { CallsCommands } from './commands';
import type { CtiToken } from './cti-token';
import type { CallStaff } from './ports';
import { webhookPath } from './query-resolvers';

export interface CallbackMutationDeps {
  readModel: CallsReadModel;
  commands: CallsCommands;
  staff: CallStaff;
  token: CtiToken;
  now: () => Date;
  phoneCountry: string | null;
  publicOrigin?: string;
}

type Names =
  | 'assignCallback'
  | 'recordCallbackAttempt'
  | 'completeCallback'
  | 'rotateCtiToken'
  | 'createCallList'
  | 'recordCallListAttempt';

export function callbackMutations(deps: CallbackMutationDeps) {
  const { readModel, commands, now, phoneCountry } = deps;
  const callbackOf = (callId: string) => {
    const call = readModel.call(callId);
    if (!call) throw callError('CALL_NOT_FOUND');
    if (!call.callback) throw callError('CALL_CALLBACK_NOT_FOUND');
    return call.callback;
  };

  const Mutation: Pick<MutationResolvers, Names> = {
    assignCallback: async (_root, { callId, staffId, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      callbackOf(callId);
      if (deps.staff.nameOf(staffId) === undefined) throw callError('CALL_STAFF_NOT_FOUND');
      const data = { callId, staffId, by: staffActor(staff), at: now().toISOString() };
      orThrow(
        await commands.call({ type: 'AssignCallback', data }, `assign-${staff.id}-${commandId}`, staffActor(staff)),
      );
      return callbackOf(callId);
    },
    recordCallbackAttempt: async (_root, { callId, outcome, note, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      callbackOf(callId);
      const id = `attempt-${staff.id}-${commandId}`;
      const data = {
        callId,
        attemptId: eventIdFor(id, 0),
        outcome,
        note: note ?? null,
        by: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.call({ type: 'AttemptCallback', data }, id, staffActor(staff)));
      return callbackOf(callId);
    },
    completeCallback: async (_root, { callId, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      callbackOf(callId);
      const data = { callId, by: staffActor(staff), at: now().toISOString() };
      orThrow(
        await commands.call({ type: 'CompleteCallback', data }, `complete-${staff.id}-${commandId}`, staffActor(staff)),
      );
      return callbackOf(callId);
    },
    rotateCtiToken: async (_root, { commandId }, context) => {
      const staff = requireCallAdmin(context);
      checkCommandId(commandId);
      await deps.token.rotate(staff.id, commandId);
      const token = deps.token.current() ?? '';
      return {
        webhookUrl: `${deps.publicOrigin?.replace(/\/+$/, '') ?? ''}${webhookPath(token)}`,
        token,
        fromEnvironment: deps.token.fromEnvironment,
      };
    },
    createCallList: async (_root, { input, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      const id = `call-list-${staff.id}-${commandId}`;
      const listId = eventIdFor(id, 0);
      const entries: CallListEntry[] = input.entries.map((entry, index) => ({
        entryId: `e${index + 1}`,
        number: callNumber(entry.number, phoneCountry),
        label: entry.label,
        reference: entry.reference ?? null,
      }));
      const data = {
        listId,
        name: input.name,
        description: input.description ?? null,
        entries,
        by: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.list({ type: 'CreateCallList', data }, id, staffActor(staff)));
      return readModel.callList(listId)!;
    },
    recordCallListAttempt: async (_root, { listId, entryId, outcome, note, done, commandId }, context) => {
      const staff = requireCallStaff(context);
      checkCommandId(commandId);
      if (!readModel.callList(listId)) throw callError('CALL_LIST_NOT_FOUND');
      const id = `call-list-attempt-${staff.id}-${commandId}`;
      const data = {
        listId,
        entryId,
        attemptId: eventIdFor(id, 0),
        outcome,
        note: note ?? null,
        done: done ?? false,
        by: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.list({ type: 'RecordCallListAttempt', data }, id, staffActor(staff)));
      return readModel.callList(listId)!;
    },
  };
  return { Mutation };
}

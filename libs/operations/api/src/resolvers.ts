/** Operations' queries and mutations: the dashboard and settings for supervisors and admins, changes for admins. */
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import type { OperationsReadModel } from '@deskstream/operations-read-models';
import {
  checkCommandId,
  orThrow,
  requireOperationsAdmin,
  requireOperationsReader,
  staffActor,
  type OperationsCommands,
} from './access';
import { checkedFilter } from './filter';
import type { FiguresRebuilder } from './rebuild';
import { dashboardView, settingsView } from './views';

export interface ResolverDeps {
  readModel: OperationsReadModel;
  commands: OperationsCommands;
  rebuilder: FiguresRebuilder;
  now: () => Date;
  /** How long a change waits for the figures' rebuild before it answers (it goes on after). */
  rebuildWaitMs: number;
}

export function operationsResolvers({ readModel, commands, rebuilder, now, rebuildWaitMs }: ResolverDeps) {
  const Query: Pick<QueryResolvers, 'operationsDashboard' | 'operationsSettings'> = {
    operationsDashboard: (_root, { filter }, context) => {
      requireOperationsReader(context);
      return dashboardView(readModel, checkedFilter(filter), now());
    },
    operationsSettings: (_root, _args, context) => {
      requireOperationsReader(context);
      return settingsView(readModel);
    },
  };

  /** After a change: the figures under it when the rebuild is quick, else the settings saying it goes on. */
  const settled = async () => {
    await rebuilder.current(readModel.settings.version, rebuildWaitMs);
    return settingsView(readModel);
  };

  const Mutation: Pick<MutationResolvers, 'defineShifts' | 'changeOperationsDefinitions'> = {
    defineShifts: async (_root, { input }, context) => {
      const staff = requireOperationsAdmin(context);
      checkCommandId(input.commandId);
      const shifts = input.shifts.map(({ key, name, start, end }) => ({
        key,
        name: { fa: name.fa, en: name.en, ja: name.ja, vi: name.vi },
        start,
        end,
      }));
      const command = {
        type: 'DefineShifts' as const,
        data: {
          shifts,
          expectedVersion: input.expectedVersion ?? undefined,
          by: staffActor(staff),
          at: now().toISOString(),
        },
      };
      orThrow(await commands.settings(command, `operations-shifts-${staff.id}-${input.commandId}`, staffActor(staff)));
      return settled();
    },
    changeOperationsDefinitions: async (_root, { input }, context) => {
      const staff = requireOperationsAdmin(context);
      checkCommandId(input.commandId);
      const command = {
        type: 'ChangeDefinitions' as const,
        data: {
          answered: { minTalkSeconds: input.answeredMinTalkSeconds },
          serviceLevel: { answerWithinSeconds: input.serviceLevelSeconds },
          requesterTypes: input.requesterTypes.map(({ key, group }) => ({ key, group })),
          expectedVersion: input.expectedVersion ?? undefined,
          by: staffActor(staff),
          at: now().toISOString(),
        },
      };
      orThrow(
        await commands.settings(command, `operations-definitions-${staff.id}-${input.commandId}`, staffActor(staff)),
      );
      return settled();
    },
  };
  return { Query, Mutation };
}

/**
 * Operations' GraphQL module and its report downloads, a Fastify plugin the api registers after
 * Mercurius: the dashboard and the settings, the settings' commands, the CSV and XLSX report, and
 * the rebuild of the figures when the definitions change. Before the api's replay starts, the
 * recorded settings are read, so the figures are folded under them from the first event.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, ProjectionRunner, RunnerLogger, SubscribingStore } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { OperationsReadModel } from '@deskstream/operations-read-models';
import { OperationsCommands } from './access';
import { FiguresRebuilder, recordedSettings } from './rebuild';
import { reportRoutes } from './report-export';
import { operationsResolvers } from './resolvers';

/** This context's SDL: the only copy of its part of the schema. */
export const operationsTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface OperationsModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  readModel: OperationsReadModel;
  /** The store the figures are rebuilt from (the api's client). */
  replayStore: SubscribingStore;
  /** Who is asking, for the report downloads (GraphQL has it in its context). */
  staffDirectory?: StaffDirectory;
  now?: () => Date;
  /** How long a settings change waits for the figures' rebuild before it answers. Default 10 s. */
  rebuildWaitMs?: number;
}

async function operationsModule(app: FastifyInstance, options: OperationsModuleOptions): Promise<void> {
  const { readModel, store } = options;
  const now = options.now ?? (() => new Date());
  const commands = new OperationsCommands(store, options.runner);
  const logger: RunnerLogger = app.log;
  const rebuilder = new FiguresRebuilder({ readModel, replayStore: options.replayStore, logger });
  const resolvers = operationsResolvers({
    readModel,
    commands,
    rebuilder,
    now,
    rebuildWaitMs: options.rebuildWaitMs ?? 10_000,
  });

  app.graphql.extendSchema(operationsTypeDefs);
  app.graphql.defineResolvers({ Query: resolvers.Query, Mutation: resolvers.Mutation } as IResolvers);
  reportRoutes(app, { readModel, staffDirectory: options.staffDirectory, now });

  const stopListening = readModel.onSettingsChanged(() => {
    rebuilder.request().catch(() => undefined);
  });
  // Before the api's runner starts (its onReady hook is added after every module).
  app.addHook('onReady', async () => {
    // Unreadable now, the defaults hold: the settings' events then come in the replay and rebuild the figures.
    await recordedSettings(store).then(
      (events) => readModel.startWith(events),
      (error: unknown) => app.log.warn({ err: error }, 'the operations settings could not be read before the replay'),
    );
  });
  app.decorate('operationsFigures', rebuilder);
  app.addHook('onClose', async () => {
    stopListening();
    await rebuilder.stop();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Rebuilds operations' figures by replay (for tools and benchmarks: `request()` settles when they are current). */
    operationsFigures: FiguresRebuilder;
  }
}

export const operationsGraphql = fp(operationsModule, {
  name: 'deskstream-operations',
  fastify: '5.x',
  dependencies: ['mercurius'],
});

/**
 * Operations in the api: its read model and projection join the api's one runner (it folds the
 * other contexts' published events, so it needs no ports), and its GraphQL module and report
 * downloads register after Mercurius, with the api's store client to rebuild the figures by replay
 * when the definitions change. Days and hours count in the organisation's zone (DESK_TIME_ZONE).
 */
import type { FastifyInstance } from 'fastify';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, Projection, ProjectionRunner, SubscribingStore } from '@deskstream/event-sourcing';
import { operationsGraphql, type OperationsModuleOptions } from '@deskstream/operations-api';
import { OperationsReadModel, operationsProjection } from '@deskstream/operations-read-models';
import { deskSettingsFrom } from './reference-desk';

export interface OperationsOptions extends Partial<Pick<OperationsModuleOptions, 'now' | 'rebuildWaitMs'>> {
  /** The organisation's time zone (DESK_TIME_ZONE), in which the dashboard's days and hours count. */
  timeZone?: string;
}

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  replayStore: SubscribingStore;
  staffDirectory: StaffDirectory;
};

export interface OperationsSlice {
  readModel: OperationsReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
}

export function operations(options: OperationsOptions = {}): OperationsSlice {
  const { timeZone = deskSettingsFrom(process.env).timeZone, now, rebuildWaitMs } = options;
  const readModel = new OperationsReadModel({ timeZone });
  return {
    readModel,
    projections: [operationsProjection(readModel) as Projection],
    async register(app, { store, runner, replayStore, staffDirectory }) {
      await app.register(operationsGraphql, {
        store,
        runner,
        readModel,
        replayStore,
        staffDirectory,
        now,
        rebuildWaitMs,
      });
    },
  };
}

/**
 * The knowledge base in the api: its read model and projections join the api's one runner, its
 * GraphQL module registers after Mercurius, and its demo articles are seeded after the staff.
 */
import type { FastifyInstance } from 'fastify';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import {
  KnowledgeBaseCommands,
  knowledgeBaseGraphql,
  knowledgeBaseReadModel,
  seedKnowledgeBase,
  type KnowledgeBaseModuleOptions,
  type KnowledgeBaseSeedReport,
} from '@deskstream/knowledge-base-api';
import { knowledgeBaseProjections, type KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';

export type KnowledgeBaseOptions = Partial<Pick<KnowledgeBaseModuleOptions, 'now' | 'floodLimits' | 'viewFlushIntervalMs'>>;

type Deps = { store: CommandStore; runner: Pick<ProjectionRunner, 'waitFor'> };

export interface KnowledgeBaseSlice {
  readModel: KnowledgeBaseReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  seed(deps: Deps, now: () => Date): Promise<KnowledgeBaseSeedReport>;
}

export function knowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBaseSlice {
  const readModel = knowledgeBaseReadModel();
  return {
    readModel,
    projections: knowledgeBaseProjections(readModel),
    async register(app, { store, runner }) {
      await app.register(knowledgeBaseGraphql, { store, runner, readModel, ...options });
    },
    seed: ({ store, runner }, now) => seedKnowledgeBase(new KnowledgeBaseCommands(store, runner), readModel, now),
  };
}

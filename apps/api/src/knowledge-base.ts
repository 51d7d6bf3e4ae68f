/**
 * The knowledge base in the api: its read model and projections join the api's one runner, its
 * GraphQL module registers after Mercurius, and its demo articles are seeded after the staff.
 * Answers to visitors' questions are mailed through the outbox, connected here by a port (as
 * chat's offline answers are in `reference-desk.ts`), so neither context imports the other; the
 * outbox's sender (registered with the reference desk) sends them.
 */
import type { FastifyInstance } from 'fastify';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import {
  KnowledgeBaseCommands,
  knowledgeBaseGraphql,
  knowledgeBaseReadModel,
  seedKnowledgeBase,
  type KnowledgeBaseMailbox,
  type KnowledgeBaseModuleOptions,
  type KnowledgeBaseSeedReport,
} from '@deskstream/knowledge-base-api';
import { knowledgeBaseProjections, type KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { Mailbox, OutboxCommands } from '@deskstream/outbox-api';

export type KnowledgeBaseOptions = Partial<
  Pick<KnowledgeBaseModuleOptions, 'now' | 'floodLimits' | 'viewFlushIntervalMs'>
>;

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
      const outbox = new Mailbox(new OutboxCommands(store, runner), options.now);
      const mailbox: KnowledgeBaseMailbox = {
        async queue(mail, commandId, actor) {
          const outcome = await outbox.queue(mail, commandId, actor);
          if (outcome.ok) return { ok: true };
          return { ok: false, exists: outcome.error.code === 'OUTBOX_MAIL_EXISTS', message: outcome.error.message };
        },
      };
      await app.register(knowledgeBaseGraphql, { store, runner, readModel, mailbox, ...options });
    },
    seed: ({ store, runner }, now) => seedKnowledgeBase(new KnowledgeBaseCommands(store, runner), readModel, now),
  };
}

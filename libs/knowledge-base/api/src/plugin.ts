/**
 * The knowledge base's GraphQL module, a Fastify plugin the api registers after Mercurius: it
 * extends the schema with the public knowledge base and the editors' side, and writes the view
 * counts it gathers every `viewFlushIntervalMs` and when the api stops.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom, type Resolvers } from '@deskstream/graphql-types';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { articleFieldResolvers } from './article-resolvers';
import { KnowledgeBaseCommands } from './commands';
import { editorResolvers } from './editor-resolvers';
import { FloodGuard, type FloodLimits } from './flood-guard';
import { publicResolvers } from './public-resolvers';
import { questionAnswerResolvers, type KnowledgeBaseMailbox } from './question-answers';
import { ViewTally } from './view-tally';

/** This context's SDL: the only copy of its part of the schema. */
export const knowledgeBaseTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface KnowledgeBaseModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  readModel: KnowledgeBaseReadModel;
  now?: () => Date;
  floodLimits?: FloodLimits;
  /** How often counted views are written. Default one minute. */
  viewFlushIntervalMs?: number;
  /** The outbox, for answers to visitors' questions; unset, answering fails. */
  mailbox?: KnowledgeBaseMailbox;
}

async function knowledgeBaseModule(app: FastifyInstance, options: KnowledgeBaseModuleOptions): Promise<void> {
  const { readModel } = options;
  const now = options.now ?? (() => new Date());
  const commands = new KnowledgeBaseCommands(options.store, options.runner);
  const views = new ViewTally(commands, now, `${process.pid}-${now().getTime().toString(36)}`);
  const visitors = publicResolvers({ readModel, commands, flood: new FloodGuard(options.floodLimits), views, now });
  const editors = editorResolvers({ readModel, commands, now });

  app.graphql.extendSchema(knowledgeBaseTypeDefs);
  const resolvers = {
    Query: { ...visitors.Query, ...editors.Query },
    Mutation: {
      ...visitors.Mutation,
      ...editors.Mutation,
      ...questionAnswerResolvers({ readModel, commands, mailbox: options.mailbox, now }),
    },
    ...articleFieldResolvers(readModel),
  } satisfies Pick<
    Resolvers,
    'Query' | 'Mutation' | 'Article' | 'ArticleSummary' | 'EditableArticle' | 'ArticleRevision'
  >;
  app.graphql.defineResolvers(resolvers as IResolvers);

  const flush = () =>
    views.flush().catch((error: unknown) => {
      app.log.warn({ err: error }, 'could not write article view counts; trying again later');
    });
  const timer = setInterval(() => void flush(), options.viewFlushIntervalMs ?? 60_000);
  timer.unref();
  app.decorate('knowledgeBaseViews', { flush: () => views.flush() });
  app.addHook('preClose', async () => {
    clearInterval(timer);
    await flush();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Writes the article views counted so far (tests and shutdown). */
    knowledgeBaseViews: { flush(): Promise<number> };
  }
}

export const knowledgeBaseGraphql = fp(knowledgeBaseModule, {
  name: 'deskstream-knowledge-base',
  fastify: '5.x',
  dependencies: ['mercurius'],
});

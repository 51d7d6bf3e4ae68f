/**
 * Calls' GraphQL module and the PBX's webhook, a Fastify plugin the api registers after Mercurius:
 * the Calls page's queries, agents' commands, the callback queue and follow-up lists, the live
 * feed, and `POST /api/v1/cti/<token>`. The webhook's token is generated once the read models have
 * caught up, when CTI_TOKEN sets none and the store holds none.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import { callbackMutations } from './callback-mutations';
import { callMutations } from './call-mutations';
import { CALLS_CHANGED, callsFeed, callsSubscription } from './calls-feed';
import { CallsCommands } from './commands';
import { CtiToken } from './cti-token';
import { ctiWebhook } from './cti-webhook';
import type { CallStaff, CallTickets } from './ports';
import { queryResolvers } from './query-resolvers';
import { fieldResolvers } from './views';

/** This context's SDL: the only copy of its part of the schema. */
export const callsTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface CallsModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: CallsReadModel;
  staff: CallStaff;
  /** The tickets' commands for wrap-up; unset, wrap-up cannot open or attach tickets. */
  tickets?: CallTickets;
  now?: () => Date;
  /** CTI_TOKEN: the webhook's token, fixed by the server; unset: generated and kept in the store. */
  ctiToken?: string;
  /** The organisation's country (ISO 3166-1 alpha-2) for national numbers; unset: none. */
  phoneCountry?: string;
  /** The api's public origin, for the webhook's address shown to admins. */
  publicOrigin?: string;
}

async function callsModule(app: FastifyInstance, options: CallsModuleOptions): Promise<void> {
  const { readModel, runner, staff } = options;
  const now = options.now ?? (() => new Date());
  const phoneCountry = options.phoneCountry ?? null;
  const commands = new CallsCommands(options.store, runner);
  const token = new CtiToken(readModel, commands, options.ctiToken, now);
  const shared = { readModel, commands, now, phoneCountry, publicOrigin: options.publicOrigin };
  const queries = queryResolvers({ ...shared, token });
  const calls = callMutations({ ...shared, tickets: options.tickets });
  const callbacks = callbackMutations({ ...shared, staff, token });

  app.graphql.extendSchema(callsTypeDefs);
  app.graphql.defineResolvers({
    Query: queries.Query,
    Mutation: { ...calls.Mutation, ...callbacks.Mutation },
    Subscription: callsSubscription,
    ...fieldResolvers(readModel, staff, options.tickets),
  } as IResolvers);
  // The PBX reads nothing back: its events answer once written, without waiting for the read models.
  const webhookCommands = new CallsCommands(options.store, { waitFor: () => Promise.resolve() });
  await ctiWebhook(app, { commands: webhookCommands, token, staff, now, phoneCountry });

  const stopFeed = callsFeed(runner, readModel, (payload) =>
    app.graphql.pubsub.publish({ topic: CALLS_CHANGED, payload }),
  );
  app.decorate('callCommands', commands);
  app.addHook('onReady', async () => {
    runner.waitUntilCaughtUp().then(
      () =>
        token.ensure().catch((error: unknown) => app.log.error({ err: error }, 'the CTI token could not be generated')),
      () => undefined,
    );
  });
  app.addHook('preClose', async () => stopFeed());
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Calls' commands, for the demo seed and tools. */
    callCommands: CallsCommands;
  }
}

export const callsGraphql = fp(callsModule, {
  name: 'deskstream-calls',
  fastify: '5.x',
  dependencies: ['mercurius'],
});

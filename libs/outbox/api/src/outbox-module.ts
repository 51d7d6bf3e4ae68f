/**
 * The outbox's GraphQL module, a Fastify plugin the api registers after Mercurius: staff list
 * the mail they may read and its state (`schema.graphql` beside this file); with a transport
 * given, it runs the sender loop for this process.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { RetryPolicy } from '@deskstream/outbox-domain';
import type { OutboxReadModel } from '@deskstream/outbox-read-models';
import { OutboxCommands } from './outbox-commands';
import { outboxResolvers } from './outbox-resolvers';
import { OUTBOX_MAIL_TOPIC, outboxFeed, outboxSubscriptionResolvers } from './outbox-feed';
import { OutboxSender } from './sender';
import type { MailTransport } from './transport';

export interface OutboxModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: OutboxReadModel;
  /** Unset: mails are queued and listed, but this process sends none. */
  transport?: MailTransport;
  retry?: RetryPolicy;
  now?: () => Date;
}

const OUTBOX_TYPE_DEFS = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

async function outboxModule(app: FastifyInstance, options: OutboxModuleOptions): Promise<void> {
  const { readModel } = options;
  app.graphql.extendSchema(OUTBOX_TYPE_DEFS);
  app.graphql.defineResolvers(outboxResolvers(readModel) as IResolvers);
  app.graphql.defineResolvers(outboxSubscriptionResolvers() as IResolvers);
  const stopFeed = outboxFeed(
    options.runner,
    readModel,
    (mail) => void app.graphql.pubsub.publish({ topic: OUTBOX_MAIL_TOPIC, payload: { outboxMailChanged: mail } }),
  );
  app.addHook('onClose', async () => stopFeed());

  if (!options.transport) return;
  const sender = new OutboxSender({
    commands: new OutboxCommands(options.store, options.runner),
    readModel,
    runner: options.runner,
    transport: options.transport,
    retry: options.retry,
    now: options.now,
    logger: app.log,
  });
  app.addHook('onReady', async () => sender.start());
  app.addHook('preClose', async () => sender.stop());
}

export const outboxGraphql = fp(outboxModule, {
  name: 'deskstream-outbox',
  fastify: '5.x',
  dependencies: ['mercurius'],
});

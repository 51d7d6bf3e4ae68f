/**
 * The outbox's GraphQL module, a Fastify plugin the api registers after Mercurius: staff list
 * every mail and its state; with a transport given, it runs the sender loop for this process.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers, MercuriusContext } from 'mercurius';
import mercurius from 'mercurius';
import { requireStaff, type AccessContext, type StaffRole } from '@deskstream/access';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { OutboxCommands } from './commands';
import type { MailDeliveryState, OutboxReadModel } from './read-model';
import type { RetryPolicy } from './retry-policy';
import { outboxTypeDefs } from './schema';
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

type Context = MercuriusContext & AccessContext;

/** Staff need to know whether a notice went out; product teams do not read others' mail. */
export const ROLES_SEEING_MAIL: readonly StaffRole[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

async function outboxModule(app: FastifyInstance, options: OutboxModuleOptions): Promise<void> {
  const { readModel } = options;
  const resolvers: IResolvers = {
    Query: {
      outboxMails: (_root, args: { state?: MailDeliveryState | null; limit: number }, context: Context) => {
        requireStaff(context, ROLES_SEEING_MAIL);
        if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > 500) {
          throw new mercurius.ErrorWithProps('A limit is 1 to 500.', { code: 'VALIDATION_ERROR', reason: 'OUTBOX_LIMIT_INVALID' });
        }
        return readModel.list(args.state ?? undefined, args.limit);
      },
      outboxMail: (_root, args: { id: string }, context: Context) => {
        requireStaff(context, ROLES_SEEING_MAIL);
        return readModel.mail(args.id) ?? null;
      },
    },
  };
  app.graphql.extendSchema(outboxTypeDefs);
  app.graphql.defineResolvers(resolvers);

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

export const outboxGraphql = fp(outboxModule, { name: 'deskstream-outbox', fastify: '5.x', dependencies: ['mercurius'] });

/**
 * The tickets' GraphQL module, a Fastify plugin the api registers after Mercurius: it extends the
 * schema with tickets (`schema.graphql` beside this file), answers staff's queries, mutations and
 * subscriptions, feeds the live topics from the projection runner, assigns new tickets round-robin
 * where a department asks for it, and serves the attachment routes.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom, type ResolversTypes } from '@deskstream/graphql-types';
import type { TicketAttachment } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import { isAttachmentHash, ticketAttachmentRoutes, type AttachmentStore } from './attachments';
import { registerPublicTickets, type PublicTicketFloodLimits, type TicketReceiptMailer } from './public';
import type { TicketsModuleDeps } from './module-deps';
import { ticketQueryResolvers } from './query-resolvers';
import { defaultReplyMail, type ReplyMailBuilder, type TicketMailbox } from './reply-mailing';
import { ticketSubscriptionResolvers } from './subscription-resolvers';
import { TicketCommands } from './ticket-commands';
import { TICKETS_CHANGED_TOPIC, ticketFeeds, ticketMentionTopic, ticketTopic } from './ticket-feeds';
import { ticketMutationResolvers } from './ticket-mutations';
import { ticketFieldResolvers } from './ticket-view';
import { relationResolvers } from './relation-resolvers';
import { settingsResolvers } from './settings-resolvers';
import { sourceResolvers } from './source-resolvers';
import type { ArticleDrafts, ChatSource } from './source-ports';
import { AutoAssignment } from './auto-assignment';
import { indexInBackground } from './search-indexing';

/** This context's SDL: the only copy of its part of the schema. */
export const ticketsTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface TicketsModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange'> & Partial<Pick<ProjectionRunner, 'waitUntilCaughtUp'>>;
  readModel: TicketsReadModel;
  now?: () => Date;
  /** The outbox, for replies by mail; unset, replies are recorded and not mailed. */
  mailbox?: TicketMailbox;
  replyMail?: ReplyMailBuilder;
  /** The domain of reply Message-IDs. Default `deskstream.localhost`. */
  mailDomain?: string;
  /** Where attachments are kept; unset, no attachment routes and no attachments. */
  attachmentStore?: AttachmentStore;
  /** Identity's sessions, for the attachment routes. */
  staffDirectory?: StaffDirectory;
  /** The portal's public address, for the secret link in receipts. Default http://localhost:3000. */
  publicUrl?: string;
  /** Per-address budgets of the public contact form and secret link. */
  publicFloodLimits?: PublicTicketFloodLimits;
  /** Chats and offline questions to make tickets from (chat's read model, connected by the api). */
  chats?: ChatSource;
  /** Knowledge-base drafts from a ticket's answer (connected by the api). */
  articles?: ArticleDrafts;
  /** Where the SMTP listener for inbound mail listens (`host:port`), when it does. */
  smtpListener?: () => string | null;
  /** Who works a department's tickets, as identity's staff records (for `ticketAgents`). */
  staffOfDepartment?: (departmentId: string) => ResolversTypes['StaffMember'][];
}

async function ticketsModule(app: FastifyInstance, options: TicketsModuleOptions): Promise<void> {
  const { readModel } = options;
  const now = options.now ?? (() => new Date());
  const commands = new TicketCommands(options.store, options.runner, now);
  const store = options.attachmentStore;
  const describeAttachment = async (hash: string): Promise<TicketAttachment | null> =>
    store && isAttachmentHash(hash) ? store.describe(hash) : null;
  const deps: TicketsModuleDeps = {
    readModel,
    commands,
    now,
    mailbox: options.mailbox,
    replyMail: options.replyMail ?? defaultReplyMail,
    mailDomain: options.mailDomain ?? 'deskstream.localhost',
    describeAttachment,
  };

  app.graphql.extendSchema(ticketsTypeDefs);
  const modules = [
    ticketQueryResolvers({ readModel, now, staffOfDepartment: options.staffOfDepartment }),
    ticketMutationResolvers(deps),
    relationResolvers(deps),
    sourceResolvers({ ...deps, chats: options.chats, articles: options.articles, attachmentStore: store }),
    settingsResolvers({ readModel, commands, now, smtpListener: options.smtpListener }),
    ticketSubscriptionResolvers(readModel),
    ticketFieldResolvers(readModel, now),
  ];
  for (const resolvers of modules) app.graphql.defineResolvers(resolvers as IResolvers);
  const mailReceipt = registerPublicTickets(app, {
    readModel,
    commands,
    now,
    describeAttachment,
    runner: options.runner,
    mailbox: options.mailbox,
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    floodLimits: options.publicFloodLimits,
    onReceiptFailed: (ticketId, message) => app.log.warn({ ticketId, message }, 'ticket receipt not queued'),
  });

  const publish = (topic: string, payload: unknown) => void app.graphql.pubsub.publish({ topic, payload });
  const stopFeeds = ticketFeeds(options.runner, readModel, {
    changed: (payload) => publish(TICKETS_CHANGED_TOPIC, payload),
    ticket: (ticketId, payload) => publish(ticketTopic(ticketId), payload),
    mention: (staffId, payload) => publish(ticketMentionTopic(staffId), payload),
  });
  if (store)
    await app.register(ticketAttachmentRoutes, {
      store,
      references: readModel,
      staffDirectory: options.staffDirectory,
      now,
    });
  const assignment = new AutoAssignment(readModel, commands, (error) =>
    app.log.warn({ err: error }, 'assigning a new ticket automatically failed'),
  );
  const stopAssigning = assignment.start(options.runner);
  const searchIndexing = indexInBackground(readModel.search, {
    caughtUp: options.runner.waitUntilCaughtUp?.() ?? Promise.resolve(),
  });
  app.decorate('ticketCommands', commands);
  app.decorate('mailTicketReceipt', mailReceipt);
  app.addHook('onClose', async () => {
    stopFeeds();
    stopAssigning();
    searchIndexing.stop();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The tickets' commands, for the inbound mail and the public side wired in the api. */
    ticketCommands: TicketCommands;
    /** Mails a ticket's receipt with its secret link: the inbound mail calls it for each ticket a mail opened. */
    mailTicketReceipt: TicketReceiptMailer;
  }
}

export const ticketsGraphql = fp(ticketsModule, {
  name: 'deskstream-tickets',
  fastify: '5.x',
  dependencies: ['mercurius'],
});

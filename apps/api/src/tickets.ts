/**
 * Tickets in the api: the read model and its projection join the api's one runner, the GraphQL
 * module registers after Mercurius, and replies are mailed through the outbox, connected here by
 * a port (as the knowledge base's answers are), so neither context imports the other.
 */
import type { FastifyInstance } from 'fastify';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import { Mailbox, OutboxCommands } from '@deskstream/outbox-api';
import {
  FileSystemAttachmentStore,
  S3AttachmentStore,
  ticketsGraphql,
  seedTickets,
  ticketsInboundMail,
  replyMailOf,
  type InboundMailSettings,
  type S3AttachmentStoreSettings,
  type TicketCommands,
  type TicketSeedReport,
  type TicketMailbox,
  type TicketsModuleOptions,
} from '@deskstream/tickets-api';
import { TicketsReadModel, ticketsProjection } from '@deskstream/tickets-read-models';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import { KnowledgeBaseCommands } from '@deskstream/knowledge-base-api';
import { articleDrafts, chatSource } from './tickets-sources';

export interface TicketsOptions extends Partial<
  Pick<TicketsModuleOptions, 'now' | 'mailDomain' | 'publicUrl' | 'publicFloodLimits'>
> {
  /** Where attachments are kept (`<dataDir>/attachments`); unset: no attachments and no inbound mail. */
  dataDir?: string;
  /** Attachments in an S3-compatible bucket instead of under `dataDir`. */
  attachmentsS3?: S3AttachmentStoreSettings;
  /** The SMTP listener and IMAP poller for inbound mail (needs `dataDir`); unset: none. */
  inboundMail?: InboundMailSettings;
}

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  staffDirectory: StaffDirectory;
  identity: IdentityReadModel;
  /** Chat's read model: chats and offline questions become tickets through a port. */
  chats: ChatReadModel;
};

export interface TicketsSlice {
  readModel: TicketsReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  /** Seeds the demo settings and tickets (after the staff and departments). */
  seed(now: () => Date): Promise<TicketSeedReport>;
}

export function tickets(options: TicketsOptions = {}): TicketsSlice {
  const readModel = new TicketsReadModel();
  let commands: TicketCommands | undefined;
  return {
    readModel,
    projections: [ticketsProjection(readModel) as Projection],
    async register(app, { store, runner, staffDirectory, identity, chats }) {
      const { dataDir, inboundMail, attachmentsS3, ...moduleOptions } = options;
      const attachmentStore = attachmentsS3
        ? new S3AttachmentStore(attachmentsS3)
        : dataDir
          ? new FileSystemAttachmentStore(dataDir)
          : undefined;
      const outbox = new Mailbox(new OutboxCommands(store, runner), options.now);
      const mailbox: TicketMailbox = {
        async queue(mail, commandId, actor) {
          const outcome = await outbox.queue(mail, commandId, actor);
          return outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message };
        },
      };
      await app.register(ticketsGraphql, {
        store,
        runner,
        readModel,
        mailbox,
        staffDirectory,
        attachmentStore,
        // Replies worded in the requester's language, threaded, with one [#n] in the subject.
        replyMail: replyMailOf,
        chats: chatSource(chats),
        articles: articleDrafts(new KnowledgeBaseCommands(store, runner), options.now),
        smtpListener: () => {
          const port = app.hasDecorator('inboundMail') ? app.inboundMail.smtpPort() : null;
          return port === null ? null : `${inboundMail?.smtp?.host ?? '127.0.0.1'}:${port}`;
        },
        staffOfDepartment: (departmentId) =>
          [...identity.staff.values()].filter(
            (member) =>
              member.departmentIds.includes(departmentId) &&
              member.roles.some((role) => role === 'AGENT' || role === 'SUPERVISOR'),
          ),
        ...moduleOptions,
      });
      commands = app.ticketCommands;
      if (attachmentStore && inboundMail)
        await app.register(ticketsInboundMail, {
          store,
          runner,
          readModel,
          attachmentStore,
          mailbox,
          now: options.now,
          // Whoever writes in by mail gets the number and the secret link, as the form's requester does.
          onOpened: (ticketId, token) => app.mailTicketReceipt(ticketId, token),
          ...inboundMail,
        });
    },
    seed(now) {
      if (!commands) return Promise.reject(new Error('Tickets are seeded after they are registered.'));
      return seedTickets(commands, readModel, now);
    },
  };
}

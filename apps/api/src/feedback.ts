/**
 * Feedback in the api: its read models and projections join the api's one runner, its GraphQL
 * modules register after Mercurius and after the contexts it reads, and ports connect it to them
 * without either side importing the other: the conversation items it captures from (chat, tickets,
 * calls, offline questions, the knowledge base), the staff (who holds the PRODUCT role), the
 * tickets' commands (an answer as a reply on the reporter's ticket) and the outbox (an answer by mail).
 */
import type { FastifyInstance } from 'fastify';
import type { StaffDirectory } from '@deskstream/access';
import {
  eventIdFor,
  type CommandStore,
  type Projection,
  type ProjectionRunner,
  type SubscribingStore,
} from '@deskstream/event-sourcing';
import {
  feedbackGraphql,
  feedbackReportGraphql,
  feedbackSurveysGraphql,
  type FeedbackMailbox,
  type FeedbackModuleOptions,
  type FeedbackTicketReplies,
} from '@deskstream/feedback-api';
import {
  FeedbackTriageReadModel,
  ReportHolder,
  SurveysReadModel,
  feedbackReportProjection,
  feedbackTriageProjection,
  surveysProjection,
} from '@deskstream/feedback-read-models';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import { Mailbox, OutboxCommands } from '@deskstream/outbox-api';
import { replyMailOf } from '@deskstream/tickets-api';
import type { TicketActor } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import { feedbackSources, type SourceReadModels } from './feedback-sources';

export type FeedbackOptions = Partial<Pick<FeedbackModuleOptions, 'now'>> & {
  /** The domain of the tickets' reply mails' Message-IDs (as tickets' own `mailDomain`). */
  mailDomain?: string;
  /** The organisation's time zone, in which the report's days count (DESK_TIME_ZONE). */
  timeZone?: string;
  /** The portal's origin, for the survey links in mails (PUBLIC_ORIGIN). */
  publicOrigin?: string;
};

type Deps = SourceReadModels & {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp' | 'status'>;
  /** The store's client: the report replays `$all` when its definition changes. */
  client: SubscribingStore;
  staffDirectory?: StaffDirectory;
  identity: IdentityReadModel;
};

export interface FeedbackSlice {
  readModel: FeedbackTriageReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
}

const PRODUCT_TEAM: TicketActor = { kind: 'SYSTEM', name: 'Product team' };

/**
 * Answers as replies on the reporter's ticket (or the one it was merged into), through the tickets'
 * own commands, mailed to the requester as an agent's reply is (worded and threaded by the tickets'
 * reply mail) when they chose email; the reply's and the mail's ids come from the command id.
 */
export function feedbackTicketReplies(
  app: FastifyInstance,
  tickets: TicketsReadModel,
  mailbox: FeedbackMailbox,
  mailDomain = 'deskstream.localhost',
): FeedbackTicketReplies {
  return {
    async reply(ticketId, text, commandId) {
      let ticket = tickets.byId(ticketId);
      if (ticket?.mergedInto) ticket = tickets.byId(ticket.mergedInto.id);
      if (!ticket) return { ok: false, reason: 'NOT_FOUND' };
      const { requester } = ticket;
      const to =
        requester.contactMethod === 'EMAIL' && requester.email && !requester.emailUndeliverable
          ? requester.email
          : null;
      const messageId = eventIdFor(commandId, 0);
      const mailId = to ? eventIdFor(`${commandId}:mail`, 0) : null;
      const headers = {
        messageId: `ticket-${ticket.number}.${messageId}@${mailDomain}`,
        inReplyTo: ticket.lastInboundMessageId,
        references: ticket.mailMessageIds.slice(-20),
      };
      const status = ticket.status === 'NEW' ? null : ticket.status;
      const outcome = await app.ticketCommands.reply(
        ticket.id,
        { messageId, text, attachments: [], mailId, to, mail: to ? headers : null, status },
        commandId,
        PRODUCT_TEAM,
      );
      if (!outcome.ok) return { ok: false, reason: 'REJECTED' };
      if (to && mailId) {
        const replyTo =
          tickets.settings.inboundAddresses.find((entry) => entry.departmentId === ticket.departmentId)?.address ??
          null;
        const reply = { mailId, messageId, text, attachments: [], author: PRODUCT_TEAM, headers };
        const mail = replyMailOf(ticket, reply, replyTo);
        // The reply is on the ticket; a mail the outbox refuses leaves it there (as an agent's reply would).
        await mailbox.queue(mail, `${commandId}:mail`, { kind: 'system', id: 'feedback-loop-back' });
      }
      return { ok: true, ticketId: ticket.id };
    },
    numberOf: (ticketId) => tickets.byId(ticketId)?.number,
  };
}

export function feedback(options: FeedbackOptions = {}): FeedbackSlice {
  const { timeZone, publicOrigin, mailDomain, ...moduleOptions } = options;
  const readModel = new FeedbackTriageReadModel();
  const report = new ReportHolder(timeZone);
  const surveys = new SurveysReadModel();
  return {
    readModel,
    projections: [
      feedbackTriageProjection(readModel) as Projection,
      feedbackReportProjection(report) as Projection,
      surveysProjection(surveys) as Projection,
    ],
    async register(app, { store, runner, client, staffDirectory, identity, ...models }) {
      const outbox = new Mailbox(new OutboxCommands(store, runner), options.now);
      const mailbox: FeedbackMailbox = {
        async queue(mail, commandId, actor) {
          const outcome = await outbox.queue(mail, commandId, actor);
          if (outcome.ok) return { ok: true };
          return { ok: false, exists: outcome.error.code === 'OUTBOX_MAIL_EXISTS', message: outcome.error.message };
        },
      };
      await app.register(feedbackGraphql, {
        store,
        runner,
        readModel,
        sources: feedbackSources(models),
        staff: {
          isProductStaff: (staffId) => identity.staff.get(staffId)?.roles.includes('PRODUCT') ?? false,
          nameOf: (staffId) => identity.staff.get(staffId)?.displayName,
        },
        tickets: feedbackTicketReplies(app, models.tickets, mailbox, mailDomain),
        mailbox,
        ...moduleOptions,
      });
      await app.register(feedbackReportGraphql, {
        holder: report,
        store,
        client,
        runner,
        staffDirectory,
        now: options.now,
      });
      await app.register(feedbackSurveysGraphql, {
        store,
        runner,
        readModel: surveys,
        report,
        mailbox,
        publicOrigin,
        now: options.now,
      });
    },
  };
}

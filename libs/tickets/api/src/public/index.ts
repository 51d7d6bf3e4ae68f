/**
 * The public side of tickets: the contact form, the receipt (mailed with the secret link), the
 * requester's page behind that link, read, replied to and followed live. The tickets module
 * registers it with `registerPublicTickets(app, deps)`.
 */
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import type { PublicTicketDeps } from './public-deps';
import { publicTicketFeed, publicTicketTopic } from './public-feed';
import { publicTicketResolvers } from './public-resolvers';
import { mailReceipt } from './public-commands';

export type { PublicTicketCommands, PublicTicketDeps } from './public-deps';
export { DEFAULT_PUBLIC_TICKET_LIMITS, PublicTicketGate, type PublicTicketFloodLimits } from './public-gate';
export { TICKET_RECEIPT_MAIL, receiptMailId, type ReceiptMailbox } from './receipt-mail';
export { linkTokenHash, isLinkToken, ticketLinkUrl } from './link-token';
export { publicTicketResolvers, publicTicketTopic };

/** Mails a just-opened ticket's receipt with its secret link (for a ticket another channel opened, e.g. a mail). */
export type TicketReceiptMailer = (ticketId: string, token: string) => Promise<void>;

/**
 * Defines the public resolvers on the app's schema (extended already) and feeds their live topic
 * until the app closes; answers the receipt mailer, for tickets opened by mail.
 */
export function registerPublicTickets(
  app: FastifyInstance,
  deps: PublicTicketDeps & { runner: Pick<ProjectionRunner, 'onChange'> },
): TicketReceiptMailer {
  app.graphql.defineResolvers(publicTicketResolvers(deps) as unknown as IResolvers);
  const stop = publicTicketFeed(deps.runner, (topic, payload) => {
    void app.graphql.pubsub.publish({ topic, payload });
  });
  app.addHook('onClose', async () => stop());
  return async (ticketId, token) => {
    const record = deps.readModel.byId(ticketId);
    if (record) await mailReceipt(deps, record, token, `ticket-opened/${ticketId}`);
  };
}

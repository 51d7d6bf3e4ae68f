/**
 * The public side of tickets, without an account: what the contact form offers, sending it, the
 * ticket behind a secret link (read, replied to, followed live). Every field counts against the
 * caller's address; an unknown or malformed token reads as null (never more), and a mutation
 * on one answers TICKET_NOT_FOUND.
 */
import { commandError, userError } from '@deskstream/access';
import type { MutationResolvers, QueryResolvers, SubscriptionResolvers } from '@deskstream/graphql-types';
import { TICKETS_ERRORS, TICKET_LIMITS, checkCommandId, isRejected } from '@deskstream/tickets-domain';
import type { PublicTicketDeps } from './public-deps';
import { PublicTicketGate } from './public-gate';
import { publicFields } from './public-input';
import { replyThroughLink, submitTicket } from './public-commands';
import { publicTicketSubscription } from './public-feed';
import { publicTicketView, ticketForToken } from './public-view';

export interface PublicTicketResolvers {
  Query: Pick<QueryResolvers, 'publicTicketForm' | 'publicTicket'>;
  Mutation: Pick<MutationResolvers, 'submitTicket' | 'replyToPublicTicket'>;
  Subscription: Pick<SubscriptionResolvers, 'publicTicketChanged'>;
}

const notFound = () => userError(TICKETS_ERRORS, 'TICKET_NOT_FOUND');

function requireCommandId(commandId: string): void {
  const checked = checkCommandId(commandId);
  if (isRejected(checked)) throw commandError(TICKETS_ERRORS, checked);
}

export function publicTicketResolvers(deps: PublicTicketDeps, gate = new PublicTicketGate(deps.floodLimits, deps.now)) {
  const { readModel } = deps;
  const resolvers = {
    Query: {
      publicTicketForm: (_root, _args, context) => {
        gate.admit(context, 'read');
        const departments = [...readModel.directory.departments.values()]
          .sort((a, b) => a.name.en.localeCompare(b.name.en))
          .map((department) => ({ department, fields: publicFields(readModel, department.id) }));
        return {
          departments,
          requesterTypes: readModel.settings.requesterTypes,
          maxAttachments: TICKET_LIMITS.maxAttachments,
          maxAttachmentBytes: TICKET_LIMITS.maxAttachmentBytes,
          maxTextCharacters: TICKET_LIMITS.textCharacters,
        };
      },
      publicTicket: (_root, { token }, context) => {
        gate.admit(context, 'read');
        const found = ticketForToken(readModel, token);
        return found ? publicTicketView(readModel, found, token) : null;
      },
    },
    Mutation: {
      submitTicket: async (_root, { input, commandId }, context) => {
        gate.admit(context, 'submit');
        requireCommandId(commandId);
        const submitted = await submitTicket(deps, input, commandId);
        if (!submitted.ok) throw commandError(TICKETS_ERRORS, submitted.error);
        return submitted.receipt;
      },
      replyToPublicTicket: async (_root, args, context) => {
        gate.admit(context, 'reply');
        requireCommandId(args.commandId);
        const found = ticketForToken(readModel, args.token);
        if (!found) throw notFound();
        const replied = await replyThroughLink(deps, found, args);
        if (!replied.ok) throw commandError(TICKETS_ERRORS, replied.error);
        return replied.view;
      },
    },
    Subscription: {
      publicTicketChanged: publicTicketSubscription(readModel, gate),
    },
  } satisfies PublicTicketResolvers;
  return resolvers as unknown as PublicTicketResolvers;
}

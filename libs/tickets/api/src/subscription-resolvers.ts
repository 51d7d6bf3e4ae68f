/**
 * Live ticket updates over graphql-ws. Access is checked when a subscription starts and again
 * for every push with the subscriber's own context (as chat's feeds do): `extensions.stillAllowed`
 * lets the api's transport end a subscription whose caller signed out or lost their role or
 * department; `ticketsChanged` passes over tickets of departments the caller does not see.
 */
import { accessError, identifyStaff, requireStaff } from '@deskstream/access';
import type { SubscriptionResolvers } from '@deskstream/graphql-types';
import type { TicketRecord, TicketsReadModel } from '@deskstream/tickets-read-models';
import { TICKET_ROLES, requireTicketForStaff, stillSees, type Context } from './ticket-access';
import {
  TICKETS_CHANGED_TOPIC,
  ticketMentionTopic,
  ticketTopic,
  type OneTicketPayload,
  type TicketChangePayload,
  type TicketMentionPayload,
} from './ticket-feeds';

interface Topics {
  subscribe(topics: string | readonly string[]): Promise<AsyncIterable<unknown>> | AsyncIterable<unknown>;
}
const topicsOf = (context: Context) => (context as Context & { pubsub: Topics }).pubsub;

/** Whether the context's caller still holds a role that works tickets (signed in, not ended). */
function stillStaff(context: Context): boolean {
  const staff = identifyStaff(context);
  return (
    typeof staff === 'object' && staff.roles.some((role) => (TICKET_ROLES.work as readonly string[]).includes(role))
  );
}

function onlyWanted<T>(source: AsyncIterable<T>, wanted: (payload: T) => boolean): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const step = await inner.next();
        if (step.done || wanted(step.value)) return step;
      }
    },
    return: (value?: unknown) =>
      inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: value as T }),
    throw: (error?: unknown) => (inner.throw ? inner.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Subscription ids per context, so the per-push check knows which ticket a `ticketChanged` watches. */
const watched = new WeakMap<object, string>();

export function ticketSubscriptionResolvers(readModel: TicketsReadModel): {
  Subscription: Pick<SubscriptionResolvers, 'ticketsChanged' | 'ticketChanged' | 'ticketMentions'>;
} {
  const ticketStillSeen = (context: Context, ticket: TicketRecord) => stillSees(context, ticket);
  return {
    Subscription: {
      ticketsChanged: {
        subscribe: async (_root: unknown, _args: unknown, context: Context) => {
          requireStaff(context, TICKET_ROLES.work);
          const source = (await topicsOf(context).subscribe(
            TICKETS_CHANGED_TOPIC,
          )) as AsyncIterable<TicketChangePayload>;
          // Tickets of departments the caller does not see are passed over, not refused.
          return onlyWanted(
            source,
            (payload) => !stillStaff(context) || ticketStillSeen(context, payload.ticketsChanged.ticket),
          );
        },
        resolve: (payload: TicketChangePayload, _args: unknown, context: Context) => {
          if (!stillStaff(context)) throw accessError('ACCESS_SESSION_ENDED');
          return payload.ticketsChanged;
        },
        extensions: {
          stillAllowed: (context: Record<string, unknown>) => stillStaff(context as Context),
        },
      } as unknown as SubscriptionResolvers['ticketsChanged'],
      ticketChanged: {
        subscribe: async (_root: unknown, args: { id: string }, context: Context) => {
          const { ticket } = requireTicketForStaff(context, readModel, args.id);
          watched.set(context, ticket.id);
          return (await topicsOf(context).subscribe(ticketTopic(ticket.id))) as AsyncIterable<OneTicketPayload>;
        },
        resolve: (payload: OneTicketPayload, _args: unknown, context: Context) => {
          if (!ticketStillSeen(context, payload.ticketChanged)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
          return payload.ticketChanged;
        },
        extensions: {
          stillAllowed: (context: Record<string, unknown>, payload: unknown) =>
            watched.has(context) && ticketStillSeen(context as Context, (payload as OneTicketPayload).ticketChanged),
        },
      } as unknown as SubscriptionResolvers['ticketChanged'],
      ticketMentions: {
        subscribe: async (_root: unknown, _args: unknown, context: Context) => {
          const staff = requireStaff(context, TICKET_ROLES.work);
          const source = (await topicsOf(context).subscribe(
            ticketMentionTopic(staff.id),
          )) as AsyncIterable<TicketMentionPayload>;
          // A mention on a ticket of a department the caller does not work is passed over.
          return onlyWanted(
            source,
            (payload) => !stillStaff(context) || ticketStillSeen(context, payload.ticketMentions.ticket),
          );
        },
        resolve: (payload: TicketMentionPayload, _args: unknown, context: Context) => {
          const { ticket, ...mention } = payload.ticketMentions;
          if (!ticketStillSeen(context, ticket)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
          return {
            ...mention,
            ticket: { id: ticket.id, number: ticket.number, subject: ticket.subject, status: ticket.status },
          };
        },
        extensions: {
          stillAllowed: (context: Record<string, unknown>) => stillStaff(context as Context),
        },
      } as unknown as SubscriptionResolvers['ticketMentions'],
    },
  };
}

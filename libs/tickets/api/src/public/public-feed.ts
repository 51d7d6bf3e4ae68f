/**
 * The requester's live page: when a ticket changes in a way its requester can see (a message, a
 * reply, a change of state, subject or department, a merge), its public topic is told, and each
 * subscriber gets the ticket as their own token shows it. Every push checks the token again: once
 * it no longer leads to that ticket, nothing more is sent and the subscription ends.
 */
import { userError, type AccessContext } from '@deskstream/access';
import type { ProjectionRunner, ReadModelChange } from '@deskstream/event-sourcing';
import { TICKETS_ERRORS } from '@deskstream/tickets-domain';
import { TICKETS_PROJECTION, type TicketsReadModel } from '@deskstream/tickets-read-models';
import type { PublicTicketGate } from './public-gate';
import { publicTicketView, ticketForToken, type PublicTicketSource } from './public-view';

export const publicTicketTopic = (ticketId: string) => `ticket-public:${ticketId}`;

const SEEN_BY_REQUESTER = new Set([
  'TicketOpened',
  'TicketMessageReceived',
  'TicketReplied',
  'TicketStatusChanged',
  'TicketDetailsChanged',
  'TicketAssigned',
  'TicketMergedInto',
  'TicketAbsorbed',
]);

export interface PublicTicketPush {
  ticketId: string;
}

/** Tells the public topics of changed tickets, once per ticket per burst (a reply and its change of state); returns the stop. */
export function publicTicketFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  publish: (topic: string, payload: PublicTicketPush) => void,
): () => void {
  const pending = new Set<string>();
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    for (const ticketId of pending) publish(publicTicketTopic(ticketId), { ticketId });
    pending.clear();
  };
  const stop = runner.onChange((change: ReadModelChange) => {
    if (change.projection !== TICKETS_PROJECTION || !SEEN_BY_REQUESTER.has(change.event.type)) return;
    const ticketId = (change.event.data as { ticketId?: unknown }).ticketId;
    if (typeof ticketId !== 'string') return;
    pending.add(ticketId);
    scheduled ??= setImmediate(flush);
  });
  return () => {
    stop();
    if (scheduled) clearImmediate(scheduled);
    pending.clear();
  };
}

interface Topics {
  subscribe(topics: string | readonly string[]): Promise<AsyncIterable<unknown>> | AsyncIterable<unknown>;
}

/** The token each subscription started with, by its context (the transport gives each its own). */
const tokens = new WeakMap<object, string>();

/** Whether the token still leads to the ticket that changed (its own, or the survivor it follows). */
function stillLeads(source: PublicTicketSource, token: string | undefined, push: PublicTicketPush): boolean {
  if (token === undefined) return false;
  const found = ticketForToken(source, token);
  return found !== null && (found.shown.id === push.ticketId || found.own.id === push.ticketId);
}

export function publicTicketSubscription(readModel: TicketsReadModel, gate: PublicTicketGate) {
  return {
    subscribe: async (_root: unknown, args: { token: string }, context: AccessContext) => {
      gate.admit(context, 'read');
      const found = ticketForToken(readModel, args.token);
      if (!found) throw userError(TICKETS_ERRORS, 'TICKET_NOT_FOUND');
      tokens.set(context, args.token);
      const ids = [...new Set([found.own.id, found.shown.id])];
      return (context as AccessContext & { pubsub: Topics }).pubsub.subscribe(ids.map(publicTicketTopic));
    },
    resolve: (push: PublicTicketPush, args: { token: string }, context: AccessContext) => {
      const found = stillLeads(readModel, tokens.get(context), push) ? ticketForToken(readModel, args.token) : null;
      if (!found) throw userError(TICKETS_ERRORS, 'TICKET_NOT_FOUND');
      return publicTicketView(readModel, found, args.token);
    },
    extensions: {
      stillAllowed: (context: Record<string, unknown>, payload: unknown) =>
        stillLeads(readModel, tokens.get(context), payload as PublicTicketPush),
    },
  };
}

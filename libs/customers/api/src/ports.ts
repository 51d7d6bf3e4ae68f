/**
 * What the customers module needs from other contexts, wired by the api without either context
 * importing the other: the tickets a staff member may see, by id (for a customer's open tickets).
 */
import type { SignedInStaff } from '@deskstream/access';
import type { ResolversParentTypes } from '@deskstream/graphql-types';

export type TicketParent = ResolversParentTypes['Ticket'];

export interface CustomerTickets {
  /** Of these ticket ids, the tickets the staff member may see, in the given order. */
  visible(staff: SignedInStaff, ticketIds: readonly string[]): TicketParent[];
}

/** Tickets in these states are no longer open. */
export const CLOSED_TICKET_STATES = ['SOLVED', 'CLOSED', 'MERGED'] as const;

/**
 * The ticket number sequence, `ticket-numbers`: the event at revision n allocates number n + 1,
 * appended with the exact expected revision, so two allocations never get the same number (the
 * loser re-reads and takes the next). Gaps are allowed (a number allocated for a ticket that was
 * then refused); a repeat never happens.
 */
import type { Decider } from '@deskstream/domain-kit';
import type { TicketsRejection } from './errors';
import type { TicketNumberAllocated } from './tickets-events';

export interface AllocateTicketNumber {
  type: 'AllocateTicketNumber';
  data: { ticketId: string; at: string };
}

export interface TicketNumberState {
  /** Numbers allocated so far (the stream's length). A retried allocation (same command id) finds its own event. */
  count: number;
}

export const ticketNumberDecider: Decider<
  AllocateTicketNumber,
  TicketNumberAllocated,
  TicketNumberState,
  TicketsRejection
> = {
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
  decide: (command, state) => [
    {
      type: 'TicketNumberAllocated',
      data: { number: state.count + 1, ticketId: command.data.ticketId, allocatedAt: command.data.at },
    },
  ],
};

/**
 * Strangers' budgets for the public side of tickets, per address, over the shared flood guard of
 * `@deskstream/access` (the same guard as chat's visitor commands): sending the form, replying
 * through a link, and reading (the form, a ticket, a live subscription).
 */
import { FloodGuard, userError, type AccessContext, type FloodLimits } from '@deskstream/access';
import { TICKETS_ERRORS } from '@deskstream/tickets-domain';

export type PublicTicketAction = 'submit' | 'reply' | 'read';

export type PublicTicketFloodLimits = FloodLimits<PublicTicketAction>;

export const DEFAULT_PUBLIC_TICKET_LIMITS: PublicTicketFloodLimits = {
  // A library's reading room may share one address: generous for people, tight for scripts.
  submit: { max: 20, windowMs: 10 * 60_000 },
  reply: { max: 60, windowMs: 10 * 60_000 },
  read: { max: 600, windowMs: 60_000 },
};

export class PublicTicketGate {
  private readonly guard: FloodGuard<PublicTicketAction>;

  constructor(
    limits: PublicTicketFloodLimits = DEFAULT_PUBLIC_TICKET_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.guard = new FloodGuard(limits);
  }

  /** Counts the action against the caller's address; throws RATE_LIMITED past the budget. */
  admit(context: AccessContext, action: PublicTicketAction): void {
    if (!this.guard.allow(action, context.clientAddress ?? 'unknown', this.now().getTime()))
      throw userError(TICKETS_ERRORS, 'TICKET_RATE_LIMITED');
  }
}

import { newCommandId, outcomeOf, type GraphqlConnection } from '@deskstream/ui';
import type { TicketFieldsFragment as Ticket } from '../generated/graphql';
import type { TicketEdit } from './ticket-api';
import { EditTicketDetailsMutation } from './ticket-new-operations';

export interface TicketDetails {
  subject: string;
  product: string;
  version: string;
  requesterType: string;
}

/** The details as the ticket has them, as the editor's text. */
export const detailsOf = (ticket: Ticket): TicketDetails => ({
  subject: ticket.subject,
  product: ticket.product ?? '',
  version: ticket.version ?? '',
  requesterType: ticket.requesterType,
});

/**
 * The edit of what changed (an unchanged detail is left out, so it never overwrites another's
 * change); null when nothing did. Sent with the revision the page holds.
 */
export function editDetails(connection: GraphqlConnection, ticket: Ticket, next: TicketDetails): TicketEdit | null {
  const before = detailsOf(ticket);
  const changed = (Object.keys(next) as (keyof TicketDetails)[]).filter(
    (key) => next[key].trim() !== before[key].trim(),
  );
  if (changed.length === 0) return null;
  const variables = Object.fromEntries(changed.map((key) => [key, next[key].trim()]));
  const commandId = newCommandId();
  return (expectedRevision) =>
    outcomeOf(
      connection.client
        .mutation(EditTicketDetailsMutation, { ticketId: ticket.id, ...variables, expectedRevision, commandId })
        .toPromise(),
    ).then((outcome) => (outcome.ok ? { ok: true, data: outcome.data.editTicketDetails } : outcome));
}

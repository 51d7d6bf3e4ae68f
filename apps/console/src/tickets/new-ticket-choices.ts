import { outcomeOf, type GraphqlConnection } from '@deskstream/ui';
import type { NewTicketChoicesQuery as Choices } from '../generated/graphql';
import { TicketSettingsQuery } from './settings/settings-operations';
import { NewTicketChoicesQuery } from './ticket-new-operations';

export type NewTicketChoices = Choices['publicTicketForm'];

/**
 * Requester types and each department's custom fields: the desk's settings (agents, supervisors
 * and admins read them), else, for anyone the api refuses them, the public form's.
 */
export async function loadNewTicketChoices(connection: GraphqlConnection): Promise<NewTicketChoices | null> {
  const settings = await outcomeOf(
    connection.client.query(TicketSettingsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
  );
  if (settings.ok) return settings.data.ticketSettings;
  const form = await outcomeOf(
    connection.client.query(NewTicketChoicesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
  );
  return form.ok ? form.data.publicTicketForm : null;
}

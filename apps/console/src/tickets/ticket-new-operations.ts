import { graphql } from '../generated';

/**
 * Staff's own tickets (a call, a letter, a walk-in), their details' edits, and the choices the
 * form offers to agents, who may not read the settings (the public form's: requester types and
 * each department's public fields).
 */

export const OpenTicketMutation = graphql(`
  mutation OpenTicket($input: OpenTicketInput!, $commandId: ID!) {
    openTicket(input: $input, commandId: $commandId) { id number }
  }
`);

export const EditTicketDetailsMutation = graphql(`
  mutation EditTicketDetails(
    $ticketId: ID!
    $subject: String
    $product: String
    $version: String
    $requesterType: String
    $expectedRevision: Int
    $commandId: ID!
  ) {
    editTicketDetails(
      ticketId: $ticketId
      subject: $subject
      product: $product
      version: $version
      requesterType: $requesterType
      expectedRevision: $expectedRevision
      commandId: $commandId
    ) {
      ...TicketFields
    }
  }
`);

export const NewTicketChoicesQuery = graphql(`
  query NewTicketChoices {
    publicTicketForm {
      requesterTypes { key name { fa en ja vi } }
      departments {
        department { ...DepartmentFields }
        fields { key label { fa en ja vi } kind options required public }
      }
    }
  }
`);

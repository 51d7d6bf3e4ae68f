/**
 * The requester's side of tickets, as GraphQL operations against the tickets schema
 * (`libs/tickets/api/src/schema.graphql`): what the contact form offers, sending it, and the
 * ticket behind a secret link (read, followed live, replied to). No account: the link's token is
 * the only key. Types are generated from these documents (`npm run codegen`).
 */
import { graphql } from '../generated';
import type {
  PublicTicketAttachmentFragment,
  PublicTicketEntryFieldsFragment,
  PublicTicketFieldsFragment,
  PublicTicketFormQuery as PublicTicketFormResult,
} from '../generated/graphql';

export type TicketForm = PublicTicketFormResult['publicTicketForm'];
export type FormDepartment = TicketForm['departments'][number];
export type FormField = FormDepartment['fields'][number];
export type RequesterTypeChoice = TicketForm['requesterTypes'][number];
export type PublicTicketView = PublicTicketFieldsFragment;
export type PublicEntry = PublicTicketEntryFieldsFragment;
export type PublicAttachment = PublicTicketAttachmentFragment;

graphql(`
  fragment PublicTicketAttachment on TicketAttachment {
    hash
    filename
    contentType
    size
    url
  }
`);

graphql(`
  fragment PublicTicketEntryFields on PublicTicketEntry {
    id
    kind
    at
    author
    text
    status
    attachments { ...PublicTicketAttachment }
  }
`);

graphql(`
  fragment PublicTicketFields on PublicTicket {
    number
    subject
    status
    department { id name { fa en ja vi } }
    openedAt
    updatedAt
    canReply
    entries { ...PublicTicketEntryFields }
  }
`);

export const PublicTicketFormQuery = graphql(`
  query PublicTicketForm {
    publicTicketForm {
      departments {
        department { id name { fa en ja vi } }
        fields { key label { fa en ja vi } kind options required }
      }
      requesterTypes { key name { fa en ja vi } }
      maxAttachments
      maxAttachmentBytes
      maxTextCharacters
    }
  }
`);

export const SubmitTicketMutation = graphql(`
  mutation SubmitTicket($input: SubmitTicketInput!, $commandId: ID!) {
    submitTicket(input: $input, commandId: $commandId) { number token status }
  }
`);

export const PublicTicketQuery = graphql(`
  query PublicTicket($token: String!) { publicTicket(token: $token) { ...PublicTicketFields } }
`);

export const ReplyToPublicTicketMutation = graphql(`
  mutation ReplyToPublicTicket($token: String!, $text: String!, $attachments: [ID!], $commandId: ID!) {
    replyToPublicTicket(token: $token, text: $text, attachments: $attachments, commandId: $commandId) {
      ...PublicTicketFields
    }
  }
`);

export const PublicTicketChangedSubscription = graphql(`
  subscription PublicTicketChanged($token: String!) { publicTicketChanged(token: $token) { ...PublicTicketFields } }
`);

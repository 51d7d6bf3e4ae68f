import { newCommandId, outcomeOf, type GraphqlConnection, type Outcome } from '@deskstream/ui';
import type { TypedDocumentNode } from '@urql/core';
import {
  AddTicketNoteMutation,
  AssignTicketMutation,
  ChangeTicketPriorityMutation,
  ChangeTicketStatusMutation,
  LinkTicketsMutation,
  MergeTicketMutation,
  ReplyToTicketMutation,
  SetTicketFieldsMutation,
  TagTicketMutation,
  UnlinkTicketsMutation,
} from '../api/tickets-operations';
import type {
  TicketFieldInput,
  TicketFieldsFragment as Ticket,
  TicketLinkKind,
  TicketPriority,
  TicketStatus,
} from '../generated/graphql';

/** A change the agent asked for, sent with the revision they saw (null: whatever it is now). */
export type TicketEdit = (expectedRevision: number | null) => Promise<Outcome<Ticket>>;

export interface ReplyDraft {
  text: string;
  attachments: string[];
  status: TicketStatus | null;
}

/**
 * The ticket page's commands, each answered as an `Outcome` of the ticket as it now stands.
 * Edits that depend on what the agent saw take the expected revision.
 */
export function createTicketApi(connection: GraphqlConnection) {
  const mutate = <Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    pick: (data: Data) => Ticket,
  ): Promise<Outcome<Ticket>> =>
    outcomeOf(connection.client.mutation(document, variables).toPromise()).then((outcome) =>
      outcome.ok ? { ok: true, data: pick(outcome.data) } : outcome,
    );

  return {
    reply:
      (ticketId: string, draft: ReplyDraft, commandId = newCommandId()): TicketEdit =>
      (expectedRevision) =>
        mutate(ReplyToTicketMutation, { ticketId, ...draft, expectedRevision, commandId }, (d) => d.replyToTicket),
    status:
      (ticketId: string, status: TicketStatus): TicketEdit =>
      (expectedRevision) =>
        mutate(
          ChangeTicketStatusMutation,
          { ticketId, status, expectedRevision, commandId: newCommandId() },
          (d) => d.changeTicketStatus,
        ),
    priority:
      (ticketId: string, priority: TicketPriority): TicketEdit =>
      (expectedRevision) =>
        mutate(
          ChangeTicketPriorityMutation,
          { ticketId, priority, expectedRevision, commandId: newCommandId() },
          (d) => d.changeTicketPriority,
        ),
    assign:
      (ticketId: string, departmentId: string, agentId: string | null): TicketEdit =>
      (expectedRevision) =>
        mutate(
          AssignTicketMutation,
          { ticketId, departmentId, agentId, expectedRevision, commandId: newCommandId() },
          (d) => d.assignTicket,
        ),
    fields:
      (ticketId: string, fields: TicketFieldInput[]): TicketEdit =>
      (expectedRevision) =>
        mutate(
          SetTicketFieldsMutation,
          { ticketId, fields, expectedRevision, commandId: newCommandId() },
          (d) => d.setTicketFields,
        ),
    note: (ticketId: string, text: string, commandId = newCommandId()) =>
      mutate(AddTicketNoteMutation, { ticketId, text, commandId }, (d) => d.addTicketNote),
    tag: (ticketId: string, add: string[], remove: string[]) =>
      mutate(TagTicketMutation, { ticketId, add, remove, commandId: newCommandId() }, (d) => d.tagTicket),
    merge: (ticketId: string, intoTicketId: string) =>
      mutate(MergeTicketMutation, { ticketId, intoTicketId, commandId: newCommandId() }, (d) => d.mergeTicket),
    link: (ticketId: string, otherTicketId: string, kind: TicketLinkKind) =>
      mutate(LinkTicketsMutation, { ticketId, otherTicketId, kind, commandId: newCommandId() }, (d) => d.linkTickets),
    unlink: (ticketId: string, otherTicketId: string) =>
      mutate(UnlinkTicketsMutation, { ticketId, otherTicketId, commandId: newCommandId() }, (d) => d.unlinkTickets),
  };
}

export type TicketApi = ReturnType<typeof createTicketApi>;

/**
 * A ticket's decider, pure: the `ticket-<id>` stream. Status rules: a new ticket opens (NEW →
 * OPEN) on the first thing staff do with it; a requester's message reopens a solved ticket
 * (cause CUSTOMER_REPLIED) and takes a ticket waiting for the customer back to OPEN; a closed
 * ticket takes no more messages (mail to it opens a follow-up ticket); a merged ticket takes no
 * more work. Edits that carry `expectedRevision` are refused when the ticket changed since.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import { reject, type TicketsRejection } from './errors';
import { decideOpen, decideDetails, decideTags } from './ticket-decider-edits';
import { evolveTicket, initialTicketState, type TicketState } from './ticket-state';
import type { TicketCommand } from './tickets-commands';
import { checkText } from './input-rules';
import type { TicketActor, TicketEvent, TicketStatus } from './tickets-events';

export type { TicketState } from './ticket-state';
export { evolveTicket, initialTicketState } from './ticket-state';

const REOPENED_BY_REPLY: Partial<Record<TicketStatus, TicketStatus>> = { SOLVED: 'OPEN', WAITING_FOR_CUSTOMER: 'OPEN' };

const statusChange = (
  state: TicketState,
  to: TicketStatus,
  cause: string | null,
  at: string,
  by: TicketActor,
): TicketEvent[] =>
  state.status === to
    ? []
    : [
        {
          type: 'TicketStatusChanged',
          data: { ticketId: state.ticketId, from: state.status, to, cause, changedAt: at, by },
        },
      ];

/** NEW → OPEN once staff do something with the ticket. */
const openedByStaff = (
  state: TicketState,
  events: TicketEvent[] | TicketsRejection,
  at: string,
  actor: TicketActor,
): TicketEvent[] | TicketsRejection =>
  Array.isArray(events) && events.length > 0 && state.status === 'NEW' && actor.kind === 'STAFF'
    ? [...events, ...statusChange(state, 'OPEN', 'AGENT_ACTION', at, actor)]
    : events;

export function decideTicket(command: TicketCommand, state: TicketState): TicketEvent[] | TicketsRejection {
  if (command.type === 'OpenTicket') return state.exists ? reject('TICKET_EXISTS') : decideOpen(command);
  if (!state.exists) return reject('TICKET_NOT_FOUND');
  if (command.expectedRevision !== undefined && command.expectedRevision !== state.revision)
    return reject('TICKET_REVISION_CONFLICT');
  const { at, actor } = command;
  const ticketId = state.ticketId;
  const unmerged = state.mergedInto === null;

  switch (command.type) {
    case 'ReceiveMessage': {
      if (state.messageIds.has(command.data.messageId)) return [];
      if (!unmerged) return reject('TICKET_MERGED');
      if (state.status === 'CLOSED') return reject('TICKET_CLOSED');
      const text = checkText(command.data.text);
      if (typeof text !== 'string') return text;
      const reopened = REOPENED_BY_REPLY[state.status];
      return [
        {
          type: 'TicketMessageReceived',
          data: { ticketId, ...command.data, text, receivedAt: at, recordedBy: actor },
        },
        ...(reopened ? statusChange(state, reopened, 'CUSTOMER_REPLIED', at, actor) : []),
      ];
    }
    case 'Reply': {
      if (state.messageIds.has(command.data.messageId)) return [];
      if (!unmerged) return reject('TICKET_MERGED');
      if (state.status === 'CLOSED') return reject('TICKET_CLOSED');
      const text = checkText(command.data.text);
      if (typeof text !== 'string') return text;
      const after = command.data.status ?? 'WAITING_FOR_CUSTOMER';
      if (after === 'NEW') return reject('TICKET_STATUS_INVALID');
      const { status: _status, ...reply } = command.data;
      return [
        { type: 'TicketReplied', data: { ticketId, ...reply, text, repliedAt: at, author: actor } },
        ...statusChange(state, after, null, at, actor),
      ];
    }
    case 'AddNote': {
      const text = checkText(command.data.text, 'TICKET_NOTE_INVALID');
      if (typeof text !== 'string') return text;
      return openedByStaff(
        state,
        [{ type: 'TicketNoteAdded', data: { ticketId, ...command.data, text, addedAt: at, author: actor } }],
        at,
        actor,
      );
    }
    case 'ChangeStatus': {
      if (!unmerged) return reject('TICKET_MERGED');
      const to = command.data.status;
      if (to === state.status) return [];
      if (to === 'NEW' || state.status === 'CLOSED') return reject('TICKET_STATUS_INVALID');
      return statusChange(state, to, null, at, actor);
    }
    case 'ChangePriority': {
      if (!unmerged) return reject('TICKET_MERGED');
      const to = command.data.priority;
      if (to === state.priority) return [];
      return openedByStaff(
        state,
        [{ type: 'TicketPriorityChanged', data: { ticketId, from: state.priority, to, changedAt: at, by: actor } }],
        at,
        actor,
      );
    }
    case 'Assign': {
      if (!unmerged) return reject('TICKET_MERGED');
      const { departmentId, agentId } = command.data;
      if (departmentId === state.departmentId && agentId === state.agentId) return [];
      return openedByStaff(
        state,
        [{ type: 'TicketAssigned', data: { ticketId, ...command.data, assignedAt: at, by: actor } }],
        at,
        actor,
      );
    }
    case 'ChangeTags':
      return unmerged ? openedByStaff(state, decideTags(command, state), at, actor) : reject('TICKET_MERGED');
    case 'SetFields': {
      if (!unmerged) return reject('TICKET_MERGED');
      const changed = Object.fromEntries(
        Object.entries(command.data.fields).filter(([key, value]) => (state.fields[key] ?? null) !== value),
      );
      if (Object.keys(changed).length === 0) return [];
      return openedByStaff(
        state,
        [{ type: 'TicketFieldsChanged', data: { ticketId, fields: changed, changedAt: at, by: actor } }],
        at,
        actor,
      );
    }
    case 'ChangeDetails':
      return unmerged ? openedByStaff(state, decideDetails(command, state), at, actor) : reject('TICKET_MERGED');
    case 'MergeInto': {
      const { survivorId, survivorNumber } = command.data;
      if (survivorId === ticketId) return reject('TICKET_MERGE_INTO_ITSELF');
      if (state.mergedInto === survivorId) return [];
      if (!unmerged) return reject('TICKET_MERGED');
      return [
        { type: 'TicketMergedInto', data: { ticketId, survivorId, survivorNumber, mergedAt: at, by: actor } },
        ...statusChange(state, 'CLOSED', 'MERGED', at, actor),
      ];
    }
    case 'Absorb': {
      const { mergedId, mergedNumber } = command.data;
      if (mergedId === ticketId) return reject('TICKET_MERGE_INTO_ITSELF');
      if (state.absorbed.includes(mergedId)) return [];
      if (!unmerged || state.status === 'CLOSED') return reject('TICKET_MERGE_TARGET_INVALID');
      return [{ type: 'TicketAbsorbed', data: { ticketId, mergedId, mergedNumber, mergedAt: at, by: actor } }];
    }
    case 'Link': {
      const { otherId, otherNumber, kind } = command.data;
      if (otherId === ticketId) return reject('TICKET_LINK_TO_ITSELF');
      if (state.links[otherId] === kind) return [];
      return [{ type: 'TicketLinked', data: { ticketId, otherId, otherNumber, kind, linkedAt: at, by: actor } }];
    }
    case 'Unlink': {
      const { otherId } = command.data;
      if (state.links[otherId] === undefined) return reject('TICKET_LINK_NOT_FOUND');
      return [{ type: 'TicketUnlinked', data: { ticketId, otherId, unlinkedAt: at, by: actor } }];
    }
    case 'RecordBounce':
      return [{ type: 'TicketReplyBounced', data: { ticketId, ...command.data, bouncedAt: at } }];
    case 'RecordArticleDraft':
      return [
        {
          type: 'TicketArticleDrafted',
          data: { ticketId, articleId: command.data.articleId, draftedAt: at, by: actor },
        },
      ];
    default:
      return assertNever(command);
  }
}

export const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState, TicketsRejection> = {
  initialState: initialTicketState,
  evolve: evolveTicket,
  decide: decideTicket,
};

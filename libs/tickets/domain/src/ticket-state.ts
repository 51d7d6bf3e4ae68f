/** A ticket's state as its decider sees it, folded from the `ticket-<id>` stream. */
import { assertNever } from '@deskstream/domain-kit';
import type { TicketEvent, TicketFieldValue, TicketLinkKind, TicketPriority, TicketStatus } from './tickets-events';

export interface TicketState {
  exists: boolean;
  ticketId: string;
  number: number;
  status: TicketStatus;
  priority: TicketPriority;
  departmentId: string;
  agentId: string | null;
  subject: string;
  product: string | null;
  version: string | null;
  requesterType: string;
  tags: string[];
  fields: Record<string, TicketFieldValue>;
  mergedInto: string | null;
  absorbed: string[];
  links: Record<string, TicketLinkKind>;
  /** Message ids received or sent: the same message twice is written once. */
  messageIds: Set<string>;
  /** The stream's revision: its last event's (-1 before the first). */
  revision: number;
}

export const initialTicketState = (): TicketState => ({
  exists: false,
  ticketId: '',
  number: 0,
  status: 'NEW',
  priority: 'NORMAL',
  departmentId: '',
  agentId: null,
  subject: '',
  product: null,
  version: null,
  requesterType: '',
  tags: [],
  fields: {},
  mergedInto: null,
  absorbed: [],
  links: {},
  messageIds: new Set(),
  revision: -1,
});

function apply(state: TicketState, event: TicketEvent): TicketState {
  switch (event.type) {
    case 'TicketOpened': {
      const { data } = event;
      return {
        ...state,
        exists: true,
        ticketId: data.ticketId,
        number: data.number,
        status: 'NEW',
        priority: data.priority,
        departmentId: data.departmentId,
        subject: data.subject,
        product: data.product,
        version: data.version,
        requesterType: data.requesterType,
        tags: [...data.tags],
        fields: { ...data.fields },
      };
    }
    case 'TicketMessageReceived':
    case 'TicketReplied':
      return { ...state, messageIds: new Set(state.messageIds).add(event.data.messageId) };
    case 'TicketStatusChanged':
      return { ...state, status: event.data.to };
    case 'TicketPriorityChanged':
      return { ...state, priority: event.data.to };
    case 'TicketAssigned':
      return { ...state, departmentId: event.data.departmentId, agentId: event.data.agentId };
    case 'TicketTagsChanged':
      return {
        ...state,
        tags: [...state.tags.filter((tag) => !event.data.removed.includes(tag)), ...event.data.added],
      };
    case 'TicketFieldsChanged':
      return { ...state, fields: { ...state.fields, ...event.data.fields } };
    case 'TicketDetailsChanged': {
      const { subject, product, version, requesterType } = event.data;
      return {
        ...state,
        subject: subject ?? state.subject,
        product: product !== undefined ? product : state.product,
        version: version !== undefined ? version : state.version,
        requesterType: requesterType ?? state.requesterType,
      };
    }
    case 'TicketMergedInto':
      return { ...state, mergedInto: event.data.survivorId };
    case 'TicketAbsorbed':
      return { ...state, absorbed: [...state.absorbed, event.data.mergedId] };
    case 'TicketLinked':
      return { ...state, links: { ...state.links, [event.data.otherId]: event.data.kind } };
    case 'TicketUnlinked': {
      const links = { ...state.links };
      delete links[event.data.otherId];
      return { ...state, links };
    }
    case 'TicketNoteAdded':
    case 'TicketReplyBounced':
    case 'TicketArticleDrafted':
      return state;
    default:
      return assertNever(event);
  }
}

export function evolveTicket(state: TicketState, event: TicketEvent): TicketState {
  return { ...apply(state, event), revision: state.revision + 1 };
}

/**
 * A small ticket context for the library's own tests: a decider, an upcaster and an
 * open-tickets projection. The real tickets context lives in its own library.
 */
import type { Decider, DomainError } from '@deskstream/domain-kit';
import type { DomainEvent, RecordedEvent } from '../events';
import type { Projection } from '../projection';
import { defineUpcasters, upcaster } from '../upcasting';

export type TicketOpened = DomainEvent<'TicketOpened', { ticketId: string; subject: string; openedAt: string }>;
export type TicketNoteAdded = DomainEvent<
  'TicketNoteAdded',
  { ticketId: string; number: number; text: string; at: string }
>;
export type TicketClosed = DomainEvent<'TicketClosed', { ticketId: string; closedAt: string }>;
export type TicketEvent = TicketOpened | TicketNoteAdded | TicketClosed;

export type TicketCommand =
  | { type: 'OpenTicket'; data: { ticketId: string; subject: string; at: string } }
  | { type: 'AddNote'; data: { ticketId: string; text: string; at: string } }
  | { type: 'CloseTicket'; data: { ticketId: string; at: string } };

export interface TicketState {
  status: 'none' | 'open' | 'closed';
  notes: number;
}

export const TICKET_ERRORS = {
  TICKET_EXISTS: 'This ticket already exists.',
  TICKET_NOT_FOUND: 'There is no such ticket.',
  TICKET_CLOSED: 'This ticket is closed.',
} as const;

export interface TicketRejection extends DomainError {
  code: keyof typeof TICKET_ERRORS;
}

const reject = (code: TicketRejection['code']): TicketRejection => ({ code, message: TICKET_ERRORS[code] });

export const ticketStream = (ticketId: string) => `ticket-${ticketId}`;

export const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState, TicketRejection> = {
  initialState: () => ({ status: 'none', notes: 0 }),
  evolve(state, event) {
    switch (event.type) {
      case 'TicketOpened':
        return { ...state, status: 'open' };
      case 'TicketNoteAdded':
        return { ...state, notes: state.notes + 1 };
      case 'TicketClosed':
        return { ...state, status: 'closed' };
    }
  },
  decide(command, state) {
    const { ticketId, at } = command.data;
    if (command.type === 'OpenTicket') {
      if (state.status !== 'none') return reject('TICKET_EXISTS');
      return [{ type: 'TicketOpened', data: { ticketId, subject: command.data.subject, openedAt: at } }];
    }
    if (state.status === 'none') return reject('TICKET_NOT_FOUND');
    if (state.status === 'closed') return reject('TICKET_CLOSED');
    if (command.type === 'AddNote') {
      return [{ type: 'TicketNoteAdded', data: { ticketId, number: state.notes + 1, text: command.data.text, at } }];
    }
    return [{ type: 'TicketClosed', data: { ticketId, closedAt: at } }];
  },
};

/** Schema 1 of TicketOpened called the subject `title` and had no time. */
export interface TicketOpenedV1 {
  ticketId: string;
  title: string;
}

export const ticketUpcasters = defineUpcasters([
  upcaster<TicketOpenedV1, TicketOpened['data']>('TicketOpened', 1, ({ ticketId, title }) => ({
    ticketId,
    subject: title,
    openedAt: '',
  })),
]);

export interface OpenTicket {
  subject: string;
  notes: number;
}

/** Open tickets by id, and how many times each event id was applied (to catch a re-application). */
export function openTicketsProjection(name = 'openTickets') {
  const tickets = new Map<string, OpenTicket>();
  const applied = new Map<string, number>();
  const projection: Projection<TicketEvent> = {
    name,
    handles: ['TicketOpened', 'TicketNoteAdded', 'TicketClosed'],
    apply(event: RecordedEvent<TicketEvent>) {
      applied.set(event.id, (applied.get(event.id) ?? 0) + 1);
      switch (event.type) {
        case 'TicketOpened':
          tickets.set(event.data.ticketId, { subject: event.data.subject, notes: 0 });
          return;
        case 'TicketNoteAdded': {
          const ticket = tickets.get(event.data.ticketId);
          if (!ticket) return false;
          tickets.set(event.data.ticketId, { ...ticket, notes: ticket.notes + 1 });
          return;
        }
        case 'TicketClosed':
          return tickets.delete(event.data.ticketId);
      }
    },
  };
  return { projection, tickets, applied };
}

/** A staff member's saved view of the ticket list (`ticket-view-<id>`), pure: only its owner saves over or deletes it. */
import type { Decider } from '@deskstream/domain-kit';
import { reject, type TicketsRejection } from './errors';
import { normalizeTags, isRejected } from './input-rules';
import { TICKET_LIMITS } from './limits';
import type { TicketViewEvent, TicketViewFilter } from './ticket-settings-events';

export type TicketViewCommand =
  | {
      type: 'SaveTicketView';
      data: { viewId: string; ownerId: string; name: string; filter: TicketViewFilter; at: string };
    }
  | { type: 'DeleteTicketView'; data: { viewId: string; ownerId: string; at: string } };

export interface TicketViewState {
  ownerId: string | null;
  saved: string | null;
}

export const ticketViewDecider: Decider<TicketViewCommand, TicketViewEvent, TicketViewState, TicketsRejection> = {
  initialState: () => ({ ownerId: null, saved: null }),
  evolve: (state, event) =>
    event.type === 'TicketViewSaved'
      ? { ownerId: event.data.ownerId, saved: JSON.stringify([event.data.name, event.data.filter]) }
      : { ownerId: null, saved: null },
  decide: (command, state) => {
    const { viewId, ownerId, at } = command.data;
    if (state.ownerId !== null && state.ownerId !== ownerId) return reject('TICKET_VIEW_NOT_FOUND');
    if (command.type === 'DeleteTicketView') {
      if (state.ownerId === null) return reject('TICKET_VIEW_NOT_FOUND');
      return [{ type: 'TicketViewDeleted', data: { viewId, ownerId, deletedAt: at } }];
    }
    const name = command.data.name.trim();
    const { filter } = command.data;
    if (!name || name.length > TICKET_LIMITS.viewNameCharacters) return reject('TICKET_VIEW_INVALID');
    if ((filter.departmentIds?.length ?? 0) > 50) return reject('TICKET_VIEW_INVALID');
    const tags = normalizeTags(filter.tags ?? []);
    if (isRejected(tags) || tags.length > TICKET_LIMITS.tagsPerTicket) return reject('TICKET_VIEW_INVALID');
    if ((filter.query?.length ?? 0) > TICKET_LIMITS.queryCharacters) return reject('TICKET_QUERY_TOO_LONG');
    const saved = { ...filter, ...(filter.tags ? { tags } : {}) };
    if (state.saved === JSON.stringify([name, saved])) return [];
    return [{ type: 'TicketViewSaved', data: { viewId, ownerId, name, filter: saved, savedAt: at } }];
  },
};

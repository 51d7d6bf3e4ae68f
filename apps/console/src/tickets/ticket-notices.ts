import { graphql } from '../generated';
import type { TicketNoticesSubscription as Push } from '../generated/graphql';

/** What a notice needs of a changed ticket: its entries' kinds, who they name and who made them. */
export const TicketNoticesSubscription = graphql(`
  subscription TicketNotices {
    ticketsChanged {
      ticket {
        id
        number
        subject
        timeline { id kind at actor { id } assignee { id } mentions { id } }
      }
    }
  }
`);

export type NoticeTicket = Push['ticketsChanged']['ticket'];
export interface TicketNotice {
  kind: 'assigned' | 'mentioned';
  entryId: string;
  ticket: NoticeTicket;
}

/**
 * The news for me in a pushed ticket: assigned to me, or a note that mentions me — each entry
 * once, never what I did myself, and never entries older than `since` (history, not news).
 */
export function ticketNotices(ticket: NoticeTicket, me: string, since: string, seen: Set<string>): TicketNotice[] {
  const notices: TicketNotice[] = [];
  for (const entry of ticket.timeline) {
    if (entry.at < since || seen.has(entry.id) || entry.actor.id === me) continue;
    seen.add(entry.id);
    if (entry.kind === 'ASSIGNED' && entry.assignee?.id === me)
      notices.push({ kind: 'assigned', entryId: entry.id, ticket });
    else if (entry.kind === 'NOTE' && entry.mentions.some((each) => each.id === me))
      notices.push({ kind: 'mentioned', entryId: entry.id, ticket });
  }
  return notices;
}

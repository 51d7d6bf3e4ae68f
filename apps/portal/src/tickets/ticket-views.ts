import type { PublicTicketView } from './tickets-operations';

/**
 * Of the view shown and one that arrives (a push, a reply's answer), the later: a ticket only
 * grows and moves forward, so the one with more entries, or as many and a later change, wins.
 * A slow answer never takes back what a push already showed.
 */
export function laterView(current: PublicTicketView | null, next: PublicTicketView): PublicTicketView {
  if (!current || current.number !== next.number) return next;
  if (next.entries.length !== current.entries.length)
    return next.entries.length > current.entries.length ? next : current;
  return Date.parse(next.updatedAt) >= Date.parse(current.updatedAt) ? next : current;
}

/**
 * The live feeds, fed from the projection runner after the read model changed: every ticket
 * opened or changed (coalesced: one push per ticket per burst, e.g. a reply and its status
 * change), on one topic for the list and one per ticket.
 */
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { TICKET_EVENT_TYPES, type TicketNoteAdded } from '@deskstream/tickets-domain';
import { TICKETS_PROJECTION, type TicketRecord, type TicketsReadModel } from '@deskstream/tickets-read-models';

export const TICKETS_CHANGED_TOPIC = 'TICKETS_CHANGED';
export const ticketTopic = (ticketId: string) => `TICKET_CHANGED_${ticketId}`;
export const ticketMentionTopic = (staffId: string) => `TICKET_MENTION_${staffId}`;

export interface TicketMentionPayload {
  ticketMentions: {
    ticket: TicketRecord;
    noteId: string;
    text: string;
    by: { kind: string; id: string | null; name: string };
    at: string;
  };
}

export interface TicketChangePayload {
  ticketsChanged: { kind: 'OPENED' | 'UPDATED'; ticket: TicketRecord };
}
export interface OneTicketPayload {
  ticketChanged: TicketRecord;
}

const TICKET_EVENTS: ReadonlySet<string> = new Set(TICKET_EVENT_TYPES);

export interface TicketFeedPublisher {
  changed(payload: TicketChangePayload): void;
  /** A note that mentions the staff member. */
  mention(staffId: string, payload: TicketMentionPayload): void;
  ticket(ticketId: string, payload: OneTicketPayload): void;
}

/** Starts publishing; returns the function that stops. */
export function ticketFeeds(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: TicketsReadModel,
  publish: TicketFeedPublisher,
): () => void {
  const pending = new Map<string, boolean>();
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    for (const [ticketId, opened] of pending) {
      const ticket = readModel.byId(ticketId);
      if (!ticket) continue;
      publish.changed({ ticketsChanged: { kind: opened ? 'OPENED' : 'UPDATED', ticket } });
      publish.ticket(ticketId, { ticketChanged: ticket });
    }
    pending.clear();
  };
  const notifyMentions = (note: TicketNoteAdded['data']) => {
    const ticket = readModel.byId(note.ticketId);
    if (!ticket) return;
    const by = {
      kind: note.author.kind,
      id: note.author.kind === 'STAFF' ? note.author.id : null,
      name: note.author.name,
    };
    for (const staffId of note.mentions)
      publish.mention(staffId, {
        ticketMentions: { ticket, noteId: note.noteId, text: note.text, by, at: note.addedAt },
      });
  };
  const stop = runner.onChange((change) => {
    if (change.projection !== TICKETS_PROJECTION || !TICKET_EVENTS.has(change.event.type)) return;
    const { ticketId } = change.event.data as { ticketId: string };
    if (change.event.type === 'TicketNoteAdded') notifyMentions(change.event.data as TicketNoteAdded['data']);
    pending.set(ticketId, (pending.get(ticketId) ?? false) || change.event.type === 'TicketOpened');
    scheduled ??= setImmediate(flush);
  });
  return () => {
    stop();
    if (scheduled) clearImmediate(scheduled);
  };
}

import type { RouteLocationRaw } from 'vue-router';
import type { TimelineEntry } from './customer-timeline-store';

/**
 * Where a timeline entry lives in the console, or null where it has no page of its own: a ticket
 * by its number, a chat in the archive, a call on its own page, a booking in the calendar, an
 * offline question at the desk, a knowledge-base question in the articles' inbox. A registration
 * is on the customer's own page.
 */
export function timelineLink(entry: TimelineEntry): RouteLocationRaw | null {
  switch (entry.kind) {
    case 'TICKET':
      return entry.ticketNumber === null ? null : { name: 'ticket', params: { number: entry.ticketNumber } };
    case 'CHAT':
      return { name: 'chat-archive-chat', params: { chatId: entry.refId } };
    case 'CALL':
      return { name: 'call', params: { id: entry.refId } };
    case 'BOOKING':
      return { name: 'bookings-calendar' };
    case 'OFFLINE_QUESTION':
      return { name: 'chats' };
    case 'KNOWLEDGE_BASE_QUESTION':
      return { name: 'kb-inbox' };
    case 'REGISTRATION':
      return null;
  }
}

import type { RouteLocationRaw } from 'vue-router';
import type { FeedbackSourceKind } from '../generated/graphql';

interface Source {
  kind: FeedbackSourceKind;
  chatId?: string | null;
  ticketNumber?: number | null;
  callId?: string | null;
  articleId?: string | null;
}

/**
 * Where an item's source lives in the console, or null where it has no page: a chat in the
 * archive, a ticket by its number, a call on its own page, an offline question at the desk, a
 * knowledge-base vote on its article, a knowledge-base question in the articles' inbox.
 */
export function sourceLink(source: Source): RouteLocationRaw | null {
  switch (source.kind) {
    case 'CHAT_MESSAGE':
      return source.chatId ? { name: 'chat-archive-chat', params: { chatId: source.chatId } } : null;
    case 'TICKET_MESSAGE':
      return source.ticketNumber ? { name: 'ticket', params: { number: source.ticketNumber } } : null;
    case 'CALL_NOTE':
      return source.callId ? { name: 'call', params: { id: source.callId } } : null;
    case 'OFFLINE_QUESTION':
      return { name: 'chats' };
    case 'ARTICLE_VOTE':
      return source.articleId ? { name: 'kb-article', params: { id: source.articleId } } : null;
    case 'KB_QUESTION':
      return { name: 'kb-inbox' };
    case 'SURVEY_ANSWER':
    case 'STAFF':
      return null;
  }
}

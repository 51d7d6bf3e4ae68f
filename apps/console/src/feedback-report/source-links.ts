import type { RouteLocationRaw } from 'vue-router';
import type { FeedbackReportItemFieldsFragment as ReportItem } from '../generated/graphql';

/** A page of the console where an item's source can be read, with the words that name the link. */
export interface SourceLink {
  to: RouteLocationRaw;
  label: 'openTicket' | 'openChat' | 'openCall' | 'openQuestion' | 'openArticle';
}

/**
 * Where the console shows an item's exact source: the ticket (by its number), the chat in the
 * archive, the call, the offline questions at the desk, the knowledge-base article. The page
 * shows a link only to staff whose roles may open it.
 */
export function sourceLinkOf(item: Pick<ReportItem, 'source' | 'ticketNumber'>): SourceLink | null {
  const { source } = item;
  switch (source.kind) {
    case 'TICKET_MESSAGE':
      return item.ticketNumber
        ? { to: { name: 'ticket', params: { number: String(item.ticketNumber) } }, label: 'openTicket' }
        : null;
    case 'CHAT_MESSAGE':
      return source.chatId
        ? { to: { name: 'chat-archive-chat', params: { chatId: source.chatId } }, label: 'openChat' }
        : null;
    case 'CALL_NOTE':
      return source.callId ? { to: { name: 'call', params: { id: source.callId } }, label: 'openCall' } : null;
    case 'OFFLINE_QUESTION':
      return source.questionId ? { to: { name: 'chats' }, label: 'openQuestion' } : null;
    case 'ARTICLE_VOTE':
    case 'KB_QUESTION':
      return source.articleId
        ? { to: { name: 'kb-article', params: { id: source.articleId } }, label: 'openArticle' }
        : null;
    default:
      return null;
  }
}

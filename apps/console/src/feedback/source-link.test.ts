import { describe, expect, it } from 'vitest';
import { sourceLink } from './source-link';

describe('where an item’s source lives in the console', () => {
  it('links a chat, a ticket by number, a call and an article; a survey answer has no page', () => {
    expect(sourceLink({ kind: 'CHAT_MESSAGE', chatId: 'c-1' })).toEqual({
      name: 'chat-archive-chat',
      params: { chatId: 'c-1' },
    });
    expect(sourceLink({ kind: 'TICKET_MESSAGE', ticketNumber: 42 })).toEqual({
      name: 'ticket',
      params: { number: 42 },
    });
    expect(sourceLink({ kind: 'TICKET_MESSAGE', ticketNumber: null })).toBeNull();
    expect(sourceLink({ kind: 'CALL_NOTE', callId: 'cti-1' })).toEqual({ name: 'call', params: { id: 'cti-1' } });
    expect(sourceLink({ kind: 'ARTICLE_VOTE', articleId: 'a-1' })).toEqual({
      name: 'kb-article',
      params: { id: 'a-1' },
    });
    expect(sourceLink({ kind: 'SURVEY_ANSWER' })).toBeNull();
  });
});

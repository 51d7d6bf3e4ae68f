import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/portal-harness';
import { CHAT_STORAGE_KEY, createChatStorage } from './chat-storage';

const chat = {
  chatId: 'c1',
  visitorToken: 't'.repeat(43),
  unsent: [{ clientMessageId: 'm1', text: 'hi', at: '2026-03-21T08:00:00Z' }],
};

describe('createChatStorage', () => {
  it('keeps the chat across page loads and forgets it on request', () => {
    const area = memoryStorage();
    createChatStorage(area).save(chat);
    expect(createChatStorage(area).load()).toEqual(chat);
    createChatStorage(area).clear();
    expect(area.items.has(CHAT_STORAGE_KEY)).toBe(false);
    expect(createChatStorage(area).load()).toBeNull();
  });

  it('ignores what is not a saved chat', () => {
    const area = memoryStorage();
    area.setItem(CHAT_STORAGE_KEY, '{not json');
    expect(createChatStorage(area).load()).toBeNull();
    area.setItem(CHAT_STORAGE_KEY, JSON.stringify({ chatId: 'c1', visitorToken: 7, unsent: [] }));
    expect(createChatStorage(area).load()).toBeNull();
  });

  it('keeps the chat in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const storage = createChatStorage(blocked);
    storage.save(chat);
    expect(storage.load()).toEqual(chat);
    storage.clear();
    expect(storage.load()).toBeNull();
  });
});

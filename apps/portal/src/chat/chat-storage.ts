/**
 * What the browser keeps of the visitor's current chat, so a reload or a dropped connection
 * resumes the same chat: its id, the visitor token, and the messages typed but not yet
 * acknowledged by the api (they are sent again, with the same client message id, and so are
 * written once). Storage that throws (private windows, blocked storage) keeps it in memory.
 */
import type { InjectionKey } from 'vue';

export interface UnsentMessage {
  clientMessageId: string;
  text: string;
  at: string;
}

export interface SavedChat {
  chatId: string;
  visitorToken: string;
  unsent: UnsentMessage[];
}

export interface ChatStorage {
  load(): SavedChat | null;
  save(chat: SavedChat): void;
  clear(): void;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const CHAT_STORAGE_KEY = 'deskstream.visitorChat';

/** Where the chat is kept, if the app provides it (tests do); the browser's localStorage otherwise. */
export const chatStorageKey: InjectionKey<ChatStorage> = Symbol('deskstream.portal.chatStorage');

function isSavedChat(value: unknown): value is SavedChat {
  if (value === null || typeof value !== 'object') return false;
  const chat = value as Partial<SavedChat>;
  return (
    typeof chat.chatId === 'string' &&
    typeof chat.visitorToken === 'string' &&
    Array.isArray(chat.unsent) &&
    chat.unsent.every(
      (each) =>
        typeof each?.clientMessageId === 'string' && typeof each.text === 'string' && typeof each.at === 'string',
    )
  );
}

export function createChatStorage(
  storage: StorageLike | null | undefined = browserLocalStorage(),
  key = CHAT_STORAGE_KEY,
): ChatStorage {
  let memory: SavedChat | null = null;
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        if (raw === null || raw === undefined) return memory;
        const parsed: unknown = JSON.parse(raw);
        return isSavedChat(parsed) ? parsed : null;
      } catch {
        return memory;
      }
    },
    save(chat) {
      memory = chat;
      try {
        storage?.setItem(key, JSON.stringify(chat));
      } catch {
        // kept in memory only
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(key);
      } catch {
        // nothing was saved
      }
    },
  };
}

function browserLocalStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_STORAGE_KEY = 'deskstream.session';

export interface SessionPersistence {
  /** The saved session token, or null. */
  load(): string | null;
  save(token: string): void;
  clear(): void;
}

/**
 * Keeps the session token across reloads. Only the token is kept: who the staff member is
 * comes from the api (`me`) each time, so nothing stale about them is ever shown.
 * Storage that throws (private windows, disabled storage) degrades to a session in memory.
 */
export function createSessionPersistence(
  storage: SessionStorageLike | null | undefined = browserLocalStorage(),
  key = SESSION_STORAGE_KEY,
): SessionPersistence {
  let memory: string | null = null;
  return {
    load() {
      if (!storage) return memory;
      try {
        return storage.getItem(key) || null;
      } catch {
        return memory;
      }
    },
    save(token) {
      memory = token;
      try {
        storage?.setItem(key, token);
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

function browserLocalStorage(): SessionStorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

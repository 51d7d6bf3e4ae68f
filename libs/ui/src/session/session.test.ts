import { describe, expect, it } from 'vitest';
import { createLatestRequest } from './latest-request';
import { createSessionPersistence, SESSION_STORAGE_KEY } from './session-persistence';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('createSessionPersistence', () => {
  it('keeps the token across reloads and forgets it on clear', () => {
    const storage = memoryStorage();
    createSessionPersistence(storage).save('token-1');
    expect(storage.items.get(SESSION_STORAGE_KEY)).toBe('token-1');
    const afterReload = createSessionPersistence(storage);
    expect(afterReload.load()).toBe('token-1');
    afterReload.clear();
    expect(afterReload.load()).toBeNull();
  });

  it('keeps the token in memory when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const persistence = createSessionPersistence(refusing);
    persistence.save('token-2');
    expect(persistence.load()).toBe('token-2');
    persistence.clear();
    expect(persistence.load()).toBeNull();
  });
});

describe('createLatestRequest', () => {
  it('lets only the latest ticket write', () => {
    const requests = createLatestRequest();
    const slow = requests.begin();
    const fast = requests.begin();
    expect(requests.isLatest(slow)).toBe(false);
    expect(requests.isLatest(fast)).toBe(true);
    requests.invalidate();
    expect(requests.isLatest(fast)).toBe(false);
  });
});

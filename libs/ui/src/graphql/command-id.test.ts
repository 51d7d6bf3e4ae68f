import { describe, expect, it } from 'vitest';
import { newCommandId } from './command-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newCommandId', () => {
  it('is a fresh UUID v4 each time', () => {
    const first = newCommandId();
    expect(first).toMatch(UUID_V4);
    expect(newCommandId()).not.toBe(first);
  });

  it('works where randomUUID is missing (pages not served over https)', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newCommandId()).toMatch(UUID_V4);
    } finally {
      Reflect.deleteProperty(globalThis.crypto, 'randomUUID');
    }
    expect(newCommandId()).toMatch(UUID_V4);
  });
});

import { describe, expect, it } from 'vitest';
import { agentAddress, jittered, keyOf, messageKey, messageText, visitorAddress } from './conversation';

describe('message tags', () => {
  it('reads back the key the sender gave', () => {
    expect(messageKey(messageText('v', 12, 3))).toBe(keyOf('v', 12, 3));
    expect(messageKey(messageText('a', 0, 41))).toBe('a-0-41');
  });

  it('finds no key in an untagged message', () => {
    expect(messageKey('Where is the reading room?')).toBeUndefined();
    expect(messageKey('#v-1-2 only counts at the end, after a space: #v-1')).toBeUndefined();
  });
});

describe('addresses', () => {
  it('gives every visitor its own loopback address', () => {
    expect(visitorAddress(0)).toBe('127.0.1.1');
    expect(visitorAddress(249)).toBe('127.0.1.250');
    expect(visitorAddress(250)).toBe('127.0.2.1');
    const addresses = new Set(Array.from({ length: 1_000 }, (_, i) => visitorAddress(i)));
    expect(addresses.size).toBe(1_000);
  });

  it('keeps agents apart from visitors and refuses what does not fit', () => {
    expect(agentAddress(0)).toBe('127.1.0.1');
    expect(() => agentAddress(250)).toThrow(RangeError);
    expect(() => visitorAddress(-1)).toThrow(RangeError);
  });
});

describe('jittered', () => {
  it('stays within its bounds', () => {
    expect(jittered(1_000, 2_000, () => 0)).toBe(1_000);
    expect(jittered(1_000, 2_000, () => 0.999_999)).toBe(2_000);
    expect(jittered(1_000, 2_000, () => 0.25)).toBe(1_250);
  });
});

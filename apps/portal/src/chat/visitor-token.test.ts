import { describe, expect, it } from 'vitest';
import { newVisitorToken } from './visitor-token';

describe('newVisitorToken', () => {
  it('writes 32 random bytes as base64url, without padding', () => {
    expect(newVisitorToken((bytes) => bytes.fill(0xff))).toBe('_'.repeat(42) + '8');
    expect(newVisitorToken((bytes) => bytes.fill(0xfb))).toMatch(/^[-_A-Za-z0-9]{43}$/);
    expect(newVisitorToken((bytes) => bytes.fill(0xfb))).toContain('-');
  });

  it('is different every time from the browser generator', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newVisitorToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

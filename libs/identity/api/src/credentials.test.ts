import { describe, expect, it } from 'vitest';
import { hashPassword, newSessionToken, passwordMatches, tokenHash } from './credentials';

describe('credentials', () => {
  it('hashes passwords with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('deskstream-agent');
    const second = await hashPassword('deskstream-agent');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await passwordMatches(first, 'deskstream-agent')).toBe(true);
    expect(await passwordMatches(first, 'deskstream-agenT')).toBe(false);
  });

  it('never matches when there is no stored hash, and survives a malformed one', async () => {
    expect(await passwordMatches(undefined, 'anything')).toBe(false);
    expect(await passwordMatches('not-a-hash', 'anything')).toBe(false);
  });

  it('makes long random tokens and keeps only their SHA-256', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(token);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).toBe(tokenHash(token));
  });
});

import { describe, expect, it } from 'vitest';
import { oidcSettingsFrom } from './oidc-sign-in';
import { matchingStep, newRecoveryCodes, newTotpSecret, otpauthUri, recoveryCodeHash, totpCodeAt } from './totp';

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-12-07T10:00:10.000Z');
  const step = Math.floor(at.getTime() / 30_000);

  it('matches a code to its time step, one step either side of now, and nothing further', () => {
    expect(matchingStep(secret, totpCodeAt(secret, at), at)).toBe(step);
    expect(matchingStep(secret, totpCodeAt(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(matchingStep(secret, totpCodeAt(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(matchingStep(secret, totpCodeAt(secret, new Date(at.getTime() + 90_000)), at)).toBeNull();
    const spaced = totpCodeAt(secret, at).replace(/^(\d{3})/, '$1 ');
    expect(matchingStep(secret, spaced, at)).toBe(step);
    expect(matchingStep(secret, 'abcdef', at)).toBeNull();
  });

  it('offers an otpauth address with the secret and the account', () => {
    expect(otpauthUri(secret, 'minh')).toMatch(new RegExp(`^otpauth://totp/Deskstream:minh\\?.*secret=${secret}`));
  });

  it('gives ten distinct recovery codes, hashed the same whatever the case', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every((code) => /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(code))).toBe(true);
    expect(recoveryCodeHash(` ${codes[0]!.toUpperCase()} `)).toBe(recoveryCodeHash(codes[0]!));
  });
});

describe('OpenID Connect settings', () => {
  const all = {
    OIDC_ISSUER_URL: 'https://login.example.org',
    OIDC_CLIENT_ID: 'desk',
    OIDC_REDIRECT_URL: 'https://help.example.org/auth/oidc/callback',
    OIDC_EMAIL_DOMAIN: 'Library.Example',
  };

  it('is off when nothing is set, and on with all of them', () => {
    expect(oidcSettingsFrom({})).toBeUndefined();
    expect(oidcSettingsFrom(all)).toMatchObject({ clientId: 'desk', emailDomain: 'library.example' });
  });

  it('stops the start with a clear message when half set or not an address', () => {
    expect(() => oidcSettingsFrom({ OIDC_ISSUER_URL: all.OIDC_ISSUER_URL })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => oidcSettingsFrom({ ...all, OIDC_REDIRECT_URL: 'help.example.org' })).toThrow(/OIDC_REDIRECT_URL/);
  });
});

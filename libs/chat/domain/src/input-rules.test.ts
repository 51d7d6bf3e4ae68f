import { describe, expect, it } from 'vitest';
import { checkEmail, checkTransferNote, isEmailAddress, sameEmail } from './input-rules';

describe('email addresses', () => {
  it('take an ordinary address, in any script the domain allows', () => {
    expect(isEmailAddress('reza@example.ir')).toBe(true);
    expect(isEmailAddress('yuki.tanaka+desk@example.co.jp')).toBe(true);
    expect(isEmailAddress('رضا@مثال.ایران')).toBe(true);
  });

  it('refuse control and format characters and line or paragraph separators anywhere', () => {
    for (const invisible of [
      '\u0001',
      '\u0085',
      '\u0000',
      '\u007f',
      '\u200b',
      '\u200e',
      '\u202e',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u00ad',
    ]) {
      expect(checkEmail(`a${invisible}b@example.org`)?.code, JSON.stringify(invisible)).toBe('CHAT_EMAIL_INVALID');
      expect(isEmailAddress(`ab@exam${invisible}ple.org`), JSON.stringify(invisible)).toBe(false);
    }
  });

  it('refuse spaces, several addresses and overlong ones', () => {
    expect(isEmailAddress('a b@example.org')).toBe(false);
    expect(isEmailAddress('a@example.org,b@example.org')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(64)}@${'b'.repeat(186)}.org`)).toBe(false);
  });

  it('are the same whatever their case or surrounding spaces', () => {
    expect(sameEmail(' Reza@Example.IR ', 'reza@example.ir')).toBe(true);
    expect(sameEmail('reza@example.ir', 'reza@example.org')).toBe(false);
  });
});

describe('transfer notes', () => {
  it('are at most 1,000 characters as people see them', () => {
    expect(checkTransferNote('😀'.repeat(1_000))).toBeUndefined();
    expect(checkTransferNote('x'.repeat(1_001))?.code).toBe('CHAT_NOTE_TOO_LONG');
  });
});

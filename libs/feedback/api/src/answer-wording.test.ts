import { describe, expect, it } from 'vitest';
import { persianDigits, wordAnswer } from './answer-wording';

describe('an answer as its reporter reads it', () => {
  const fixed = {
    status: 'FIXED' as const,
    occasion: 'ANSWER' as const,
    version: '2.1',
    reason: null,
    note: 'Thanks!',
  };

  it('is worded in the reporter’s language, Persian with Persian digits', () => {
    const fa = wordAnswer(fixed, 'fa', { name: 'سارا', said: 'برنامه بسته می‌شود' });
    expect(fa.text).toContain('نسخهٔ ۲٫۱');
    expect(fa.text).toContain('> برنامه بسته می‌شود');
    expect(fa.text).toContain('Thanks!');
    expect(wordAnswer(fixed, 'en', { name: null, said: 'It crashes' }).text).toContain('fixed in version 2.1');
    expect(wordAnswer(fixed, 'ja', { name: 'Aiko', said: 'x' }).text).toContain('バージョン2.1で修正');
    expect(wordAnswer(fixed, 'vi', { name: null, said: 'x' }).subject).toBe('Về phản hồi của bạn');
  });

  it('tells a release without repeating the note, and a refusal with its reason', () => {
    const released = wordAnswer({ ...fixed, occasion: 'FIX_RELEASED' }, 'en', { name: 'Sam', said: 'x' });
    expect(released.text).toContain('Version 2.1, which fixes it, is now available.');
    expect(released.text).not.toContain('Thanks!');
    const refused = wordAnswer(
      { status: 'WONT_FIX', occasion: 'ANSWER', version: null, reason: 'By design.', note: null },
      'en',
      { name: null, said: 'x' },
    );
    expect(refused.text).toContain('Their reason: By design.');
    expect(persianDigits('v10.2')).toBe('v۱۰٫۲');
  });
});

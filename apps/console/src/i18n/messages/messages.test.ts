import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('console messages', () => {
  const englishKeys = messageKeys(consoleMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(consoleMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const errors = vi.spyOn(console, 'error');
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    for (const key of englishKeys) {
      const text = i18n.global.t(key, { count: '3', time: '08:30' }, 3);
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(key);
    }
    expect(warnings).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('writes «گفت‌وگو» (conversation) with its zero-width non-joiner in Persian, as the portal does', () => {
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: ['fa'],
      document: null,
    });
    const persian = englishKeys.map((key) => i18n.global.t(key, { count: '3', time: '08:30' }, 3));
    expect(persian.filter((text) => text.includes('گفتگو'))).toEqual([]);
    expect(persian.some((text) => text.includes('گفت\u200cوگو'))).toBe(true);
  });
});

import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portalMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('portal messages', () => {
  const englishKeys = messageKeys(portalMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(portalMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({ messages: portalMessages, storage: null, browserLanguages: [locale], document: null });
    for (const key of englishKeys) {
      const text = i18n.global.t(key, { year: '2026' });
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(key);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('writes placeholders in Persian, not English', () => {
    for (const key of englishKeys.filter((key) => key.startsWith('home.'))) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], portalMessages.fa);
      expect(text, key).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

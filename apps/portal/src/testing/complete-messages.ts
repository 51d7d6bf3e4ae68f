import { createDeskstreamI18n, messageKeys, type Locale, type MessageTree } from '@deskstream/ui';
import { expect, vi } from 'vitest';
import { portalMessages } from '../i18n/messages/index';

/**
 * Checks one language of a set of portal texts: it has every key English has, and each key
 * compiles and says something (with the given placeholder values), without a warning from
 * vue-i18n. A section's texts (`section`) are checked as the pages see them, merged into the
 * portal's messages under that name.
 */
export function expectCompleteMessages(
  locale: Locale,
  messages: Readonly<Record<Locale, MessageTree>>,
  { section, values = {} }: { section?: string; values?: Record<string, unknown> } = {},
) {
  const englishKeys = messageKeys(messages.en);
  expect(messageKeys(messages[locale])).toEqual(englishKeys);
  const warnings = vi.spyOn(console, 'warn');
  try {
    const { i18n } = createDeskstreamI18n({
      messages: portalMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    if (section) i18n.global.mergeLocaleMessage(locale, { [section]: messages[locale] });
    for (const key of englishKeys) {
      const path = section ? `${section}.${key}` : key;
      const text = i18n.global.t(path, values);
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(path);
    }
    expect(warnings).not.toHaveBeenCalled();
  } finally {
    warnings.mockRestore();
  }
}

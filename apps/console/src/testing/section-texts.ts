import { createDeskstreamI18n, messageKeys, type Locale, type MessageTree } from '@deskstream/ui';
import { expect, vi } from 'vitest';
import { consoleMessages } from '../i18n/messages/index';

/**
 * Checks one language of a console section's texts (loaded with its pages under `section.*`): the same keys
 * as English, and every text compiles with `values` (counted as 3), says something and warns of nothing.
 */
export function expectSectionTextsComplete(
  section: string,
  messages: Readonly<Record<Locale, MessageTree>>,
  locale: Locale,
  values: Record<string, unknown>,
): void {
  const englishKeys = messageKeys(messages.en);
  expect(messageKeys(messages[locale])).toEqual(englishKeys);
  const warnings = vi.spyOn(console, 'warn');
  const { i18n } = createDeskstreamI18n({
    messages: consoleMessages,
    storage: null,
    browserLanguages: [locale],
    document: null,
  });
  i18n.global.mergeLocaleMessage(locale, { [section]: messages[locale] });
  for (const key of englishKeys) {
    const text = i18n.global.t(`${section}.${key}`, values, 3);
    expect(text, key).toMatch(/\S/);
    expect(text, key).not.toBe(`${section}.${key}`);
  }
  expect(warnings).not.toHaveBeenCalled();
}

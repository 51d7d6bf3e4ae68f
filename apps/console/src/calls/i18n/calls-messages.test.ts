import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleMessages } from '../../i18n/messages/index';
import { callsMessages } from './index';
import { callsNavEn, callsNavFa, callsNavJa, callsNavVi } from './nav-messages';

afterEach(() => vi.restoreAllMocks());

describe('the calls pages’ texts in the console', () => {
  const englishKeys = messageKeys(callsMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(callsMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { calls: callsMessages[locale] });
    for (const key of englishKeys) {
      const text = i18n.global.t(
        `calls.${key}`,
        { count: 3, name: 'n', caller: 'c', number: '7', time: 't', topic: 'x', outcome: 'o', done: '1', total: '2' },
        3,
      );
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`calls.${key}`);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('names the navigation’s entries in every language', () => {
    for (const nav of [callsNavFa, callsNavJa, callsNavVi]) expect(messageKeys(nav)).toEqual(messageKeys(callsNavEn));
  });

  it('writes Persian with Persian digits (no ASCII digits outside product names)', () => {
    expect(JSON.stringify(callsMessages.fa).replace(/3CX/g, '')).not.toMatch(/[0-9]/);
  });
});

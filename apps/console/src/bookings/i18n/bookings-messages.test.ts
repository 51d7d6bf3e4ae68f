import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleMessages } from '../../i18n/messages/index';
import { bookingsMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('Book a Librarian’s texts in the console', () => {
  const englishKeys = messageKeys(bookingsMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(bookingsMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { bookings: bookingsMessages[locale] });
    for (const key of englishKeys) {
      const text = i18n.global.t(
        `bookings.${key}`,
        { count: 3, zone: 'Asia/Tokyo', preferred: 'x', time: '1', branch: 'y', times: 'z', name: 'n' },
        3,
      );
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`bookings.${key}`);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('writes numbers in Persian with Persian digits', () => {
    expect(JSON.stringify(bookingsMessages.fa).replace(/HH:mm|Asia\/Tehran|https/g, '')).not.toMatch(/[0-9]/);
  });
});

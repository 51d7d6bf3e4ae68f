import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portalMessages } from '../../i18n/messages/index';
import { bookingsMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the booking pages’ texts', () => {
  const englishKeys = messageKeys(bookingsMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(bookingsMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({
      messages: portalMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { bookings: bookingsMessages[locale] });
    for (const key of englishKeys) {
      const text = i18n.global.t(`bookings.${key}`, {
        zone: 'Asia/Tokyo',
        topic: 'x',
        branch: 'y',
        preferred: 'z',
        time: '1',
      });
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`bookings.${key}`);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('writes Persian numbers with Persian digits', () => {
    const persian = JSON.stringify(bookingsMessages.fa);
    expect(persian.replace(/\+\d[\d ]+/g, '')).not.toMatch(/[0-9]/);
  });
});

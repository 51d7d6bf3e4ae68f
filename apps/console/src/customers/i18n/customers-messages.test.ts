import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { CUSTOMERS_ERRORS } from '@deskstream/customers-domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleMessages } from '../../i18n/messages/index';
import { customersMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the customers pages’ texts', () => {
  const englishKeys = messageKeys(customersMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(customersMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { customers: customersMessages[locale] });
    for (const key of englishKeys) {
      const text = i18n.global.t(
        `customers.${key}`,
        {
          count: 3,
          query: 'q',
          name: 'n',
          value: 'v',
          time: 't',
          serial: 's',
          example: 'e',
          duplicate: 'd',
          survivor: 's',
        },
        3,
      );
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`customers.${key}`);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('words every refusal the customers context can give', () => {
    const worded = Object.keys(customersMessages.en.errors);
    const reasons = Object.keys(CUSTOMERS_ERRORS.entries);
    expect(reasons.filter((reason) => !worded.includes(reason))).toEqual([]);
  });

  it('writes numbers in Persian with Persian digits, and «گفت‌وگو» with its non-joiner', () => {
    expect(JSON.stringify(customersMessages.fa)).not.toMatch(/[0-9]/);
    expect(JSON.stringify(customersMessages.fa)).not.toContain('گفتگو');
    expect(customersMessages.fa.timeline.kinds.CHAT).toBe('گفت\u200cوگو');
  });
});

import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { CUSTOMERS_ERRORS } from '@deskstream/customers-domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { customersMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the customers pages’ texts', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('customers', customersMessages, locale, {
      count: 3,
      query: 'q',
      name: 'n',
      value: 'v',
      time: 't',
      serial: 's',
      example: 'e',
      duplicate: 'd',
      survivor: 's',
    });
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

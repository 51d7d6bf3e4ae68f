import { createDeskstreamI18n, messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portalMessages } from '../../i18n/messages/index';
import { ticketsMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the ticket pages’ texts', () => {
  const englishKeys = messageKeys(ticketsMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expect(messageKeys(ticketsMessages[locale])).toEqual(englishKeys);
    const warnings = vi.spyOn(console, 'warn');
    const { i18n } = createDeskstreamI18n({
      messages: portalMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { tickets: ticketsMessages[locale] });
    const values = {
      number: '7',
      subject: 's',
      name: 'n',
      email: 'e',
      count: '2',
      size: '1',
      names: 'a',
      percent: '5',
    };
    for (const key of englishKeys) {
      const text = i18n.global.t(`tickets.${key}`, { field: 'f', status: 'x', n: '1', ...values });
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`tickets.${key}`);
    }
    expect(warnings).not.toHaveBeenCalled();
  });

  it('words every state a ticket can be in, and every reason the api gives the public side', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(ticketsMessages[locale].statuses).sort()).toEqual(
        ['CLOSED', 'NEW', 'ON_HOLD', 'OPEN', 'SOLVED', 'WAITING_FOR_CUSTOMER'].sort(),
      );
      expect(ticketsMessages[locale].errors).toHaveProperty('TICKET_RATE_LIMITED');
      expect(ticketsMessages[locale].errors).toHaveProperty('TICKET_CLOSED');
    }
  });

  it('writes Persian in Persian, with its own digits in numbers it writes out', () => {
    const persian = JSON.stringify(ticketsMessages.fa);
    expect(persian).not.toMatch(/\b(the|your|request)\b/i);
    expect(ticketsMessages.fa.errors.TICKET_SUBJECT_INVALID).toContain('۲۰۰');
  });
});

import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { expectCompleteMessages } from '../../testing/complete-messages';
import { ticketsMessages } from './index';

describe('the ticket pages’ texts', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    const values = {
      field: 'f',
      status: 'x',
      n: '1',
      number: '7',
      subject: 's',
      name: 'n',
      email: 'e',
      count: '2',
      size: '1',
      names: 'a',
      percent: '5',
    };
    expectCompleteMessages(locale, ticketsMessages, { section: 'tickets', values });
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

import { ACCOUNT_ERRORS, CONTACT_METHODS, NOTICE_KINDS } from '@deskstream/accounts-domain';
import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { expectCompleteMessages } from '../../testing/complete-messages';
import { accountsMessages } from './index';

describe('the account pages’ texts', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    const values = {
      name: 'n',
      card: '1',
      length: '8',
      zero: '0',
      example: '01234567',
      min: '4',
      max: '10',
      minutes: '30',
      when: 'w',
      time: 't',
      date: 'd',
      method: 'm',
      reference: '7',
      books: '1',
      media: '0',
      hold: '7',
      maxBooks: '10',
      maxMedia: '1',
      place: 'p',
      title: 't',
      weeks: '2',
    };
    expectCompleteMessages(locale, accountsMessages, { section: 'accounts', values });
  });

  it('words every delivery state, notice kind and contact method, and the reasons a holder may meet', () => {
    const reasons = Object.keys(ACCOUNT_ERRORS.entries).filter((reason) =>
      /RESET_LINK|LOAN_(ALREADY|OVERDUE|RESERVED|AUDIOVISUAL)|RESERVATION_SECURED|_REQUIRED$|PASSWORD_(INVALID|BIRTH_DATE)/.test(
        reason,
      ),
    );
    for (const locale of SUPPORTED_LOCALES) {
      const texts = accountsMessages[locale];
      expect(Object.keys(texts.requests.delivery).sort()).toEqual(
        ['BOUNCED', 'DELIVERED', 'NOT_SENT', 'QUEUED', 'TO_BE_PHONED'].sort(),
      );
      for (const kind of NOTICE_KINDS) expect(texts.kinds).toHaveProperty(kind);
      for (const method of CONTACT_METHODS) expect(texts.settings.methods).toHaveProperty(method);
      for (const reason of reasons) expect(texts.errors, reason).toHaveProperty(reason);
    }
  });

  it('writes Persian in Persian, with Persian digits in numbers it writes out', () => {
    const values = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(values);
    const persian = values(accountsMessages.fa)
      .join('\n')
      .replace(/name\{'@'\}example\.org|a–z|A–Z/g, '');
    expect(persian).not.toMatch(/[0-9]/);
    expect(persian).not.toMatch(/\b(the|your|password)\b/i);
  });
});

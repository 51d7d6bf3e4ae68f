import { OPERATIONS_ERRORS } from '@deskstream/operations-domain';
import { messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { operationsEn } from './en';
import { operationsMessages } from './index';
import { operationsNavEn, operationsNavFa, operationsNavJa, operationsNavVi } from './nav-messages';

afterEach(() => vi.restoreAllMocks());

describe('the operations pages’ texts in the console', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('operations', operationsMessages, locale, {
      count: 3,
      zone: 'Asia/Tehran',
      seconds: '20',
      waiting: '4',
      time: 't',
      version: '2',
      events: '100',
      ms: '5',
      language: 'English',
      name: 'n',
      hour: '08',
      max: '3600',
      from: 'a',
      to: 'b',
    });
  });

  it('words every refusal of the operations context', () => {
    expect(Object.keys(operationsEn.errors).sort()).toEqual(Object.keys(OPERATIONS_ERRORS.entries).sort());
  });

  it('names the navigation’s entry in every language', () => {
    for (const nav of [operationsNavFa, operationsNavJa, operationsNavVi])
      expect(messageKeys(nav)).toEqual(messageKeys(operationsNavEn));
  });

  it('writes Persian with Persian digits', () => {
    const texts = (tree: object): string[] =>
      Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value as object)));
    expect(texts(operationsMessages.fa).filter((text) => /[0-9]/.test(text))).toEqual([]);
  });
});

import { messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { callsMessages } from './index';
import { callsNavEn, callsNavFa, callsNavJa, callsNavVi } from './nav-messages';

afterEach(() => vi.restoreAllMocks());

describe('the calls pages’ texts in the console', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('calls', callsMessages, locale, {
      count: 3,
      name: 'n',
      caller: 'c',
      number: '7',
      time: 't',
      topic: 'x',
      outcome: 'o',
      done: '1',
      total: '2',
    });
  });

  it('names the navigation’s entries in every language', () => {
    for (const nav of [callsNavFa, callsNavJa, callsNavVi]) expect(messageKeys(nav)).toEqual(messageKeys(callsNavEn));
  });

  it('writes Persian with Persian digits (no ASCII digits outside product names)', () => {
    expect(JSON.stringify(callsMessages.fa).replace(/3CX/g, '')).not.toMatch(/[0-9]/);
  });
});

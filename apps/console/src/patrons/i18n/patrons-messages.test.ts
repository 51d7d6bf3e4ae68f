import { SUPPORTED_LOCALES, createDeskstreamI18n } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleMessages } from '../../i18n/messages/index';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { patronsMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the desk’s patron pages’ texts', () => {
  const values = {
    query: 'q',
    card: '1',
    failures: '5',
    time: 't',
    min: '4',
    max: '10',
    problem: 'p',
    title: 't',
    date: 'd',
    name: 'n',
    word: 'w',
  };

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('patrons', patronsMessages, locale, values);
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    expect(i18n.global.t('patronsNav.find')).toMatch(/\S/);
  });

  it('writes Persian numbers with Persian digits', () => {
    const texts = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(texts);
    expect(texts(patronsMessages.fa).join('\n')).not.toMatch(/[0-9]/);
  });
});

import { SUPPORTED_LOCALES, createDeskstreamI18n, messageKeys } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { consoleMessages } from '../../i18n/messages/index';
import { patronsMessages } from './index';

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
    expect(messageKeys(patronsMessages[locale])).toEqual(messageKeys(patronsMessages.en));
    const { i18n } = createDeskstreamI18n({
      messages: consoleMessages,
      storage: null,
      browserLanguages: [locale],
      document: null,
    });
    i18n.global.mergeLocaleMessage(locale, { patrons: patronsMessages[locale] });
    for (const key of messageKeys(patronsMessages.en)) {
      const text = i18n.global.t(`patrons.${key}`, values);
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toBe(`patrons.${key}`);
    }
    expect(i18n.global.t('patronsNav.find')).toMatch(/\S/);
  });

  it('writes Persian numbers with Persian digits', () => {
    const texts = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(texts);
    expect(texts(patronsMessages.fa).join('\n')).not.toMatch(/[0-9]/);
  });
});

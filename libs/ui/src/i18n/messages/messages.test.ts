import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../locales';
import { mergeMessages, messageKeys, sharedMessages } from './index';
import { API_ERROR_CODES } from '../../graphql/errors';

describe('shared messages', () => {
  const englishKeys = messageKeys(sharedMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key English has, none empty', (locale) => {
    expect(messageKeys(sharedMessages[locale])).toEqual(englishKeys);
    for (const key of messageKeys(sharedMessages[locale])) {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], sharedMessages[locale]);
      expect(text, key).toMatch(/\S/);
    }
  });

  it('has a text for every error code the api sends, and for network and unknown failures', () => {
    for (const code of [...API_ERROR_CODES, 'NETWORK_ERROR', 'UNKNOWN']) {
      expect(englishKeys).toContain(`errors.${code}`);
    }
  });
});

describe('mergeMessages', () => {
  it('lays later trees over earlier ones at any depth, without touching either', () => {
    const shared = { common: { loading: 'Loading', retry: 'Retry' }, locale: { label: 'Language' } };
    const app = { common: { retry: 'Again' }, signIn: { title: 'Sign in' } };
    expect(mergeMessages(shared, app)).toEqual({
      common: { loading: 'Loading', retry: 'Again' },
      locale: { label: 'Language' },
      signIn: { title: 'Sign in' },
    });
    expect(shared.common.retry).toBe('Retry');
  });
});

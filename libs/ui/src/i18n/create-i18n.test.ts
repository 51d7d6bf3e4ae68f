import { afterEach, describe, expect, it } from 'vitest';
import { createDeskstreamI18n } from './create-i18n';
import { LOCALE_STORAGE_KEY } from './locale-preference';

const appMessages = {
  fa: { app: { title: 'میز پشتیبانی' } },
  en: { app: { title: 'Support desk' } },
  ja: { app: { title: 'サポートデスク' } },
  vi: { app: { title: 'Bàn hỗ trợ' } },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('createDeskstreamI18n', () => {
  it('starts in the saved locale and puts it on <html>', () => {
    const storage = memoryStorage({ [LOCALE_STORAGE_KEY]: 'fa' });
    const setup = createDeskstreamI18n({ messages: appMessages, storage, browserLanguages: ['en-US'], document });
    expect(setup.locale.value).toBe('fa');
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('starts in the browser language when nothing is saved, else in English', () => {
    const fromBrowser = createDeskstreamI18n({
      messages: appMessages,
      storage: memoryStorage(),
      browserLanguages: ['ja-JP'],
      document,
    });
    expect(fromBrowser.locale.value).toBe('ja');
    const fallback = createDeskstreamI18n({
      messages: appMessages,
      storage: memoryStorage(),
      browserLanguages: ['de-DE'],
      document,
    });
    expect(fallback.locale.value).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches messages, <html lang dir> and the saved choice together', () => {
    const storage = memoryStorage();
    const setup = createDeskstreamI18n({ messages: appMessages, storage, browserLanguages: ['en'], document });
    const { t } = setup.i18n.global;
    expect(t('app.title')).toBe('Support desk');

    setup.setLocale('fa');
    expect(t('app.title')).toBe('میز پشتیبانی');
    expect(t('locale.label')).toBe('زبان');
    expect(setup.direction.value).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe('fa');

    setup.setLocale('vi');
    expect(t('app.title')).toBe('Bàn hỗ trợ');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('keeps working when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const setup = createDeskstreamI18n({
      messages: appMessages,
      storage: broken,
      browserLanguages: ['vi-VN'],
      document,
    });
    expect(setup.locale.value).toBe('vi');
    expect(() => setup.setLocale('ja')).not.toThrow();
    expect(setup.locale.value).toBe('ja');
  });
});

import { FALLBACK_LOCALE, isLocale, matchLocale, type Locale } from './locales';

export const LOCALE_STORAGE_KEY = 'deskstream.locale';

export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The reader's saved choice, else the first supported browser language, else English. */
export function readPreferredLocale(
  storage: PreferenceStorage | null | undefined,
  browserLanguages: readonly string[],
): Locale {
  const saved = safely(() => storage?.getItem(LOCALE_STORAGE_KEY));
  if (isLocale(saved)) return saved;
  return matchLocale(browserLanguages) ?? FALLBACK_LOCALE;
}

export function savePreferredLocale(storage: PreferenceStorage | null | undefined, locale: Locale): void {
  safely(() => storage?.setItem(LOCALE_STORAGE_KEY, locale));
}

/** Storage can throw (disabled cookies, private windows, full quota); a choice not saved is not an error. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

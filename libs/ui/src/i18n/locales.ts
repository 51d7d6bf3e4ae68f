/** The languages every Deskstream front end speaks, in the order the locale switcher lists them. */
export const SUPPORTED_LOCALES = ['fa', 'en', 'ja', 'vi'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export type TextDirection = 'ltr' | 'rtl';

/** Used when neither a saved choice nor the browser's languages name a supported locale. */
export const FALLBACK_LOCALE: Locale = 'en';

/** Each language's name in itself, so a reader finds their own language whatever is shown. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fa: 'فارسی',
  en: 'English',
  ja: '日本語',
  vi: 'Tiếng Việt',
};

const DIRECTIONS: Readonly<Record<Locale, TextDirection>> = {
  fa: 'rtl',
  en: 'ltr',
  ja: 'ltr',
  vi: 'ltr',
};

/**
 * The tag given to `Intl` for each locale. Persian asks explicitly for Persian digits (۰–۹,
 * numbering system `arabext`) and the Persian calendar, whatever the runtime's defaults.
 */
const INTL_TAGS: Readonly<Record<Locale, string>> = {
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  en: 'en-US',
  ja: 'ja-JP',
  vi: 'vi-VN',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): TextDirection {
  return DIRECTIONS[locale];
}

export function intlTagOf(locale: Locale): string {
  return INTL_TAGS[locale];
}

/** The first supported locale among BCP 47 language tags (`fa-IR` → `fa`), or null. */
export function matchLocale(languageTags: readonly string[]): Locale | null {
  for (const tag of languageTags) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return null;
}

/** Text the api keeps in every language (department names, for example), read in one. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export function textIn(text: LocalizedText, locale: Locale): string {
  return text[locale] || text[FALLBACK_LOCALE];
}

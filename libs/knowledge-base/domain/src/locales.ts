/** The languages the knowledge base is written and served in. */
export const LOCALES = ['fa', 'en', 'ja', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

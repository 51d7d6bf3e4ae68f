import type { FeedbackLanguage } from '../generated/graphql';

/**
 * Each language an item can be written in, by its own name (as a language picker shows it), the
 * same in every console language.
 */
export const LANGUAGE_NAMES = {
  fa: 'فارسی',
  en: 'English',
  ja: '日本語',
  vi: 'Tiếng Việt',
} as const satisfies Record<FeedbackLanguage, string>;

export const FEEDBACK_LANGUAGES = Object.keys(LANGUAGE_NAMES) as FeedbackLanguage[];

/** The language's own name; an unknown code as it is. */
export const languageName = (code: string): string => (LANGUAGE_NAMES as Record<string, string>)[code] ?? code;

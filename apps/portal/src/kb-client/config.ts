/**
 * What a knowledge-base page tells its script: the page's language, where GraphQL and the search
 * page are, and the texts to show (sent with the page, so the script carries no dictionary).
 */
export type KbLocale = 'fa' | 'en' | 'ja' | 'vi';

export interface KbTexts {
  searching: string;
  noResults: string;
  results: string;
  allResults: string;
  sending: string;
  voteThanks: string;
  voteFailed: string;
  askThanks: string;
  exactCode: string;
  tooLong: string;
  errors: Record<string, string>;
}

export interface KbConfig {
  locale: KbLocale;
  graphqlPath: string;
  searchPath: string;
  languageNames: Record<KbLocale, string>;
  texts: KbTexts;
}

/** The page's configuration, or null on a page that has none. */
export function readConfig(document: Document): KbConfig | null {
  const element = document.getElementById('kb-config');
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as KbConfig;
  } catch {
    return null;
  }
}

const INTL_TAGS: Record<KbLocale, string> = { fa: 'fa-IR-u-nu-arabext', en: 'en-US', ja: 'ja-JP', vi: 'vi-VN' };

/** `{count}` in a text filled with a number as the page's language writes it (Persian digits in fa). */
export const fillCount = (template: string, count: number, locale: KbLocale): string =>
  template.replace('{count}', new Intl.NumberFormat(INTL_TAGS[locale]).format(count));

/** The message for an error reason, else the general one. */
export const errorMessage = (texts: KbTexts, reason: string): string =>
  Object.hasOwn(texts.errors, reason) ? texts.errors[reason]! : (texts.errors['unknown'] ?? reason);

/** Digits-only error codes in Persian digits on Persian pages. */
export const codeText = (code: string, locale: KbLocale): string =>
  locale === 'fa' && /^[0-9]+$/.test(code) ? code.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!) : code;

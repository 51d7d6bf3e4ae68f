/**
 * Languages of the public pages: direction, the tag `Intl` gets (Persian digits and calendar for
 * fa), numbers and dates as each language writes them, and which language a reader wants (a saved
 * choice in a cookie, else the browser's Accept-Language, else English). Dates are formatted in
 * UTC, so a page is the same whichever machine renders it.
 */
import { isLocale, type Locale } from '@deskstream/knowledge-base-domain';

export const FALLBACK_LOCALE: Locale = 'en';

/** The cookie the pages and the portal keep the reader's chosen language in. */
export const LOCALE_COOKIE = 'deskstream.locale';

/** Each language's name in itself. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fa: 'فارسی',
  en: 'English',
  ja: '日本語',
  vi: 'Tiếng Việt',
};

const INTL_TAGS: Readonly<Record<Locale, string>> = {
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  en: 'en-US',
  ja: 'ja-JP',
  vi: 'vi-VN',
};

export const isPageLocale = isLocale;

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr');

export const intlTagOf = (locale: Locale): string => INTL_TAGS[locale];

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** ASCII digits in text rewritten as the language writes them (Persian digits in fa). */
export const localizeDigits = (text: string, locale: Locale): string =>
  locale === 'fa' ? text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]!) : text;

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlTagOf(locale))));
  return format.format(value);
}

/** A day as the language writes it (Persian calendar in fa), in UTC. */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: 'long', timeZone: 'UTC' })),
    );
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : format.format(time);
}

/** `{name}` placeholders filled in. */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The reader's language: the saved choice (cookie), else the first supported Accept-Language, else English. */
export function preferredLocale(cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  const saved = cookieValue(cookieHeader, LOCALE_COOKIE);
  if (isPageLocale(saved)) return saved;
  return fromAcceptLanguage(acceptLanguage) ?? FALLBACK_LOCALE;
}

/** The supported language the browser prefers most, by quality (`fa-IR;q=0.9` counts as fa). */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .slice(0, 1_000)
    .split(',')
    .slice(0, 30)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = params
        .map((param) => /^\s*q=([0-9.]+)\s*$/i.exec(param)?.[1])
        .find((value) => value !== undefined);
      const q = quality === undefined ? 1 : Number(quality);
      return { language: tag.trim().toLowerCase().split(/[-_]/)[0], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.language).find(isPageLocale);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

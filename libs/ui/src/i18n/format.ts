import { intlTagOf, type Locale } from './locales';

export type DateInput = Date | string | number;

/** Formats numbers and dates for one locale: Persian digits and calendar in fa. */
export interface LocaleFormatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  dateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  time(value: DateInput): string;
  date(value: DateInput): string;
  /** "a, b and c" as the locale writes a list (with ، in Persian, 、 in Japanese). */
  list(values: readonly string[]): string;
}

type CachedFormat = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;

const cache = new Map<string, CachedFormat>();

function cached<T extends CachedFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

export function createFormatter(locale: Locale): LocaleFormatter {
  const tag = intlTagOf(locale);
  const numberFormat = (options: Intl.NumberFormatOptions = {}) =>
    cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
  const dateFormat = (options: Intl.DateTimeFormatOptions) =>
    cached(`d|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
  const dateTime = (
    value: DateInput,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  ) => dateFormat(options).format(toDate(value));
  return {
    number: (value, options) => numberFormat(options).format(value),
    dateTime,
    time: (value) => dateTime(value, { timeStyle: 'short' }),
    date: (value) => dateTime(value, { dateStyle: 'medium' }),
    list: (values) => cached(`l|${tag}`, () => new Intl.ListFormat(tag, { type: 'conjunction' })).format(values),
  };
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Rewrites ASCII digits in already-built text (a code, a count inside a sentence) for the locale. */
export function localizeDigits(text: string, locale: Locale): string {
  if (locale !== 'fa') return text;
  return text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]!);
}

import { directionOf, type Locale } from './locales';

/**
 * Puts the locale on the page itself: `<html lang>` for screen readers, fonts and hyphenation,
 * `<html dir>` so the whole layout (written with logical CSS properties) mirrors for Persian.
 */
export function applyDocumentLocale(doc: Document | null | undefined, locale: Locale): void {
  if (!doc) return;
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
}

import {
  errorMessageKey,
  SUPPORTED_LOCALES,
  textIn,
  useLocale,
  type Failure,
  type LocalizedText,
} from '@deskstream/ui';
import { useI18n } from 'vue-i18n';
import { bookingsMessages } from './i18n/index';

/**
 * Book a Librarian's texts (`bookings.*`), added to the console's messages in every language when
 * a bookings page first opens, so they travel with those pages' code; and the few ways the pages
 * word things: names in the reader's language, a refusal by its reason where known, else its code.
 */
export function useBookingTexts() {
  const i18n = useI18n({ useScope: 'global' });
  if (!i18n.te('bookings.calendar.title', 'en')) {
    for (const locale of SUPPORTED_LOCALES) i18n.mergeLocaleMessage(locale, { bookings: bookingsMessages[locale] });
  }
  const { locale } = useLocale();
  const nameOf = (named: { name: LocalizedText } | null | undefined) => (named ? textIn(named.name, locale.value) : '');
  const failure = (failed: Failure) => {
    const key = failed.reason ? `bookings.errors.${failed.reason}` : '';
    return key && i18n.te(key) ? i18n.t(key) : i18n.t(errorMessageKey(failed.code));
  };
  return { t: i18n.t, locale, nameOf, failure };
}

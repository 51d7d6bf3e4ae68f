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
 * The booking pages' texts (`bookings.*`), added to the portal's messages in every language when a
 * booking page first opens: they travel with the booking pages' code, not with the portal's first
 * page. Also the few ways those pages word things: names in the reader's language, a failure by
 * its reason where the pages know it, else by its code.
 */
export function useBookingTexts() {
  const i18n = useI18n({ useScope: 'global' });
  if (!i18n.te('bookings.intro', 'en')) {
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

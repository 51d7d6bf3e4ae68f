import { useSectionTexts } from '@deskstream/ui';
import { bookingsMessages } from './i18n/index';

/**
 * The booking pages' texts (`bookings.*`), added to the portal's messages when a booking page
 * first opens; names in the reader's language and failures by their reason where known.
 */
export function useBookingTexts() {
  const { t, locale, nameOf, failure } = useSectionTexts('bookings', bookingsMessages);
  return { t, locale, nameOf, failure };
}

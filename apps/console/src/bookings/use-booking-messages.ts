import { useSectionTexts } from '@deskstream/ui';
import { bookingsMessages } from './i18n/index';

/**
 * Book a Librarian's texts (`bookings.*`), added to the console's messages when a bookings page
 * first opens; names in the reader's language and refusals by their reason where known.
 */
export function useBookingTexts() {
  const { t, locale, nameOf, failure } = useSectionTexts('bookings', bookingsMessages);
  return { t, locale, nameOf, failure };
}

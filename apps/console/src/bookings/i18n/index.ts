import type { Locale } from '@deskstream/ui';
import { bookingsEn } from './en';
import { bookingsFa } from './fa';
import { bookingsJa } from './ja';
import { bookingsVi } from './vi';

export const bookingsMessages: Readonly<Record<Locale, typeof bookingsEn>> = {
  fa: bookingsFa,
  en: bookingsEn,
  ja: bookingsJa,
  vi: bookingsVi,
};

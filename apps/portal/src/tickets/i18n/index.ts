import type { Locale } from '@deskstream/ui';
import { ticketsEn } from './en';
import { ticketsFa } from './fa';
import { ticketsJa } from './ja';
import { ticketsVi } from './vi';

export const ticketsMessages: Readonly<Record<Locale, typeof ticketsEn>> = {
  fa: ticketsFa,
  en: ticketsEn,
  ja: ticketsJa,
  vi: ticketsVi,
};

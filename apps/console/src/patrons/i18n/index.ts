import type { Locale } from '@deskstream/ui';
import { patronsEn } from './en';
import { patronsFa } from './fa';
import { patronsJa } from './ja';
import { patronsVi } from './vi';

export const patronsMessages: Readonly<Record<Locale, typeof patronsEn>> = {
  fa: patronsFa,
  en: patronsEn,
  ja: patronsJa,
  vi: patronsVi,
};

import type { Locale } from '@deskstream/ui';
import { callsEn } from './en';
import { callsFa } from './fa';
import { callsJa } from './ja';
import { callsVi } from './vi';

export const callsMessages: Readonly<Record<Locale, typeof callsEn>> = {
  fa: callsFa,
  en: callsEn,
  ja: callsJa,
  vi: callsVi,
};

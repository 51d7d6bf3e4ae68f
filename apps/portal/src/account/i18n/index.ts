import type { Locale } from '@deskstream/ui';
import { accountsEn } from './en';
import { accountsFa } from './fa';
import { accountsJa } from './ja';
import { accountsVi } from './vi';

export const accountsMessages: Readonly<Record<Locale, typeof accountsEn>> = {
  fa: accountsFa,
  en: accountsEn,
  ja: accountsJa,
  vi: accountsVi,
};

import type { Locale } from '@deskstream/ui';
import { securityEn } from './en';
import { securityFa } from './fa';
import { securityJa } from './ja';
import { securityVi } from './vi';

export const securityMessages: Readonly<Record<Locale, typeof securityEn>> = {
  fa: securityFa,
  en: securityEn,
  ja: securityJa,
  vi: securityVi,
};

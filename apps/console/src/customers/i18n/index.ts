import type { Locale } from '@deskstream/ui';
import { customersEn } from './en';
import { customersFa } from './fa';
import { customersJa } from './ja';
import { customersVi } from './vi';

export const customersMessages: Readonly<Record<Locale, typeof customersEn>> = {
  fa: customersFa,
  en: customersEn,
  ja: customersJa,
  vi: customersVi,
};

import type { Locale } from '@deskstream/ui';
import { operationsEn } from './en';
import { operationsFa } from './fa';
import { operationsJa } from './ja';
import { operationsVi } from './vi';

export const operationsMessages: Readonly<Record<Locale, typeof operationsEn>> = {
  fa: operationsFa,
  en: operationsEn,
  ja: operationsJa,
  vi: operationsVi,
};

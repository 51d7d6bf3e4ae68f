import type { Locale } from '@deskstream/ui';
import { surveyEn } from './en';
import { surveyFa } from './fa';
import { surveyJa } from './ja';
import { surveyVi } from './vi';

export const surveyMessages: Readonly<Record<Locale, typeof surveyEn>> = {
  fa: surveyFa,
  en: surveyEn,
  ja: surveyJa,
  vi: surveyVi,
};

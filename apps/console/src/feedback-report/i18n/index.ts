import type { Locale } from '@deskstream/ui';
import { feedbackReportEn } from './en';
import { feedbackReportFa } from './fa';
import { feedbackReportJa } from './ja';
import { feedbackReportVi } from './vi';

export const feedbackReportMessages: Readonly<Record<Locale, typeof feedbackReportEn>> = {
  fa: feedbackReportFa,
  en: feedbackReportEn,
  ja: feedbackReportJa,
  vi: feedbackReportVi,
};

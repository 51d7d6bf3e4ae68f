import type { Locale } from '@deskstream/ui';
import { feedbackEn } from './en';
import { feedbackFa } from './fa';
import { feedbackJa } from './ja';
import { feedbackVi } from './vi';

export const feedbackMessages: Readonly<Record<Locale, typeof feedbackEn>> = {
  fa: feedbackFa,
  en: feedbackEn,
  ja: feedbackJa,
  vi: feedbackVi,
};

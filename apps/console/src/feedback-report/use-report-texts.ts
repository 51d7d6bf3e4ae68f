import { useSectionTexts } from '@deskstream/ui';
import { feedbackReportMessages } from './i18n/index';

/** The feedback report's texts (`feedbackReport.*`), added to the console's messages when a report page first opens. */
export function useReportTexts() {
  const { t, te, locale, failure } = useSectionTexts('feedbackReport', feedbackReportMessages);
  return { t, te, locale, failure };
}

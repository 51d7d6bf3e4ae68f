import { useSectionTexts } from '@deskstream/ui';
import { feedbackMessages } from './i18n/index';

/**
 * The feedback pages' texts (`feedback.*`), added to the console's messages when a feedback page
 * or the "mark as feedback" dialog first opens; refusals by their reason where known.
 */
export function useFeedbackTexts() {
  const { t, te, locale, failure } = useSectionTexts('feedback', feedbackMessages);
  return { t, te, locale, failure };
}

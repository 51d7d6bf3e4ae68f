import { useSectionTexts } from '@deskstream/ui';
import { callsMessages } from './i18n/index';

/**
 * The calls pages' texts (`calls.*`), added to the console's messages when a calls page or the
 * ringing panel first opens; refusals by their reason where known.
 */
export function useCallsTexts() {
  const { t, te, locale, failure } = useSectionTexts('calls', callsMessages);
  return { t, te, locale, failure };
}

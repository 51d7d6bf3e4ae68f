import { useSectionTexts } from '@deskstream/ui';
import { securityMessages } from './i18n/index';

/** The security pages' texts (`security.*`), added to the console's messages when a security page first opens. */
export function useSecurityTexts() {
  return useSectionTexts('security', securityMessages);
}

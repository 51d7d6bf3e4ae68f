import { useSectionTexts } from '@deskstream/ui';
import { operationsMessages } from './i18n/index';

/** The operations pages' texts (`operations.*`), added to the console's messages when an operations page first opens. */
export function useOperationsTexts() {
  return useSectionTexts('operations', operationsMessages);
}

import { useSectionTexts } from '@deskstream/ui';
import { customersMessages } from './i18n/index';

/**
 * The customers pages' texts (`customers.*`), added to the console's messages when a customers
 * page (or the ticket page's customer panel) first opens; refusals by their reason where known.
 */
export function useCustomerTexts() {
  const { t, te, locale, failure } = useSectionTexts('customers', customersMessages);
  return { t, te, locale, failure };
}

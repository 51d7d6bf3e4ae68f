import { displayPhone } from '@deskstream/customers-domain';
import { localizeDigits, type Locale } from '@deskstream/ui';

/**
 * A phone number as people read it in the reader's digits: international format (`+98 912 345
 * 6789`), Persian digits in fa. Persian digits are Arabic numbers to the bidirectional algorithm,
 * so inside a left-to-right run the spaces between their groups would turn right to left and show
 * the groups in reverse order; a left-to-right mark after each space keeps them in order.
 */
export function phoneForReading(number: string, locale: Locale): string {
  const shown = number.startsWith('+') && !number.includes(' ') ? displayPhone(number) : number;
  return locale === 'fa' ? localizeDigits(shown, locale).replace(/ /g, ' \u200E') : shown;
}

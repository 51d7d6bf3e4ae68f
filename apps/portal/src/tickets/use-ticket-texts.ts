import { localizeDigits, textIn, useFormat, useSectionTexts, type LocalizedText } from '@deskstream/ui';
import { sizeOf } from './attachment-rules';
import type { UploadFailure } from './attachment-upload';
import { ticketsMessages } from './i18n/index';

/**
 * The ticket pages' texts (`tickets.*`), added to the portal's messages in every language when a
 * ticket page first opens: they travel with the ticket pages' code, not with the portal's first
 * page. Also the ways those pages word things: names in the reader's language, numbers and sizes
 * in its digits, a failure by its reason where the pages know it, else by its code.
 */
export function useTicketTexts() {
  const { t, locale, nameOf, failure } = useSectionTexts('tickets', ticketsMessages);
  const format = useFormat();
  const labelOf = (field: { label: LocalizedText }) => textIn(field.label, locale.value);
  /** A ticket number as the reader writes numbers, without grouping (it is a name, not an amount). */
  const ticketNumber = (value: number) => format.number(value, { useGrouping: false });
  const size = (bytes: number) => {
    const { unit, value } = sizeOf(bytes);
    return t(`tickets.sizes.${unit}`, { n: format.number(value) });
  };
  const percent = (fraction: number) => format.number(fraction, { style: 'percent', maximumFractionDigits: 0 });
  const uploadFailure = (failed: UploadFailure) => t(`tickets.errors.upload.${failed}`);
  const digits = (text: string) => localizeDigits(text, locale.value);
  /** Text of its own direction inside a sentence (a Latin subject or name in Persian): isolated, so it keeps its place. */
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return { t, locale, format, nameOf, labelOf, ticketNumber, size, percent, failure, uploadFailure, digits, isolate };
}

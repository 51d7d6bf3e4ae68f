import { localizeDigits, useFormat, useSectionTexts } from '@deskstream/ui';
import { patronsMessages } from './i18n/index';

/**
 * The desk's patron pages' texts (`patrons.*`), added to the console's messages when one of the
 * pages first opens; numbers, dates and card numbers in the reader's digits and calendar; a refusal
 * by its reason where known.
 */
export function usePatronTexts() {
  const { t, te, locale, nameOf, failure } = useSectionTexts('patrons', patronsMessages);
  const format = useFormat();
  const digits = (text: string) => localizeDigits(text, locale.value);
  /** Text of its own direction inside a sentence (a Latin name in Persian): isolated, so it keeps its place. */
  const isolate = (text: string) => `\u2068${text}\u2069`;
  /** A notice's kind: `RESERVATION_READY`, or an outbox purpose such as `ticket-reply` → `TICKET_REPLY`. */
  const noticeKind = (kind: string) => {
    const key = `patrons.notices.kinds.${kind.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
    return te(key) ? t(key) : t('patrons.notices.kinds.OTHER');
  };
  return { t, te, locale, nameOf, failure, format, digits, isolate, noticeKind };
}

import { localizeDigits, useFormat, useSectionTexts } from '@deskstream/ui';
import { accountsMessages } from './i18n/index';

/**
 * The account pages' texts (`accounts.*`), added to the portal's messages in every language when an
 * account page first opens. Also the ways those pages word things: numbers, times and dates in the
 * reader's digits and calendar, a card number in the reader's digits, a refusal by its reason.
 */
export function useAccountTexts() {
  const { t, te, locale, nameOf, failure } = useSectionTexts('accounts', accountsMessages);
  const format = useFormat();
  const digits = (text: string) => localizeDigits(text, locale.value);
  /** A moment as a person plans by it: the time alone when it is today, else the date and time. */
  const moment = (iso: string, now: Date = new Date()) => {
    const at = new Date(iso);
    const sameDay = format.date(at) === format.date(now);
    return sameDay
      ? t('accounts.signIn.lockedToday', { time: format.time(at) })
      : t('accounts.signIn.lockedOn', { date: format.dateTime(at) });
  };
  /** Text of its own direction inside a sentence (a Latin title in Persian): isolated, so it keeps its place. */
  const isolate = (text: string) => `\u2068${text}\u2069`;
  /** A text for a key the api may add to later (a new kind or state): the key's own text, else the fallback's. */
  const known = (key: string, fallback: string) => (te(key) ? t(key) : t(fallback));
  return { t, te, locale, format, nameOf, failure, digits, moment, isolate, known };
}

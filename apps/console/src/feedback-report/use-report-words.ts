import { localizeDigits, textIn, useFormat, type LocalizedText } from '@deskstream/ui';
import type { FeedbackAnswerStatus } from '../generated/graphql';
import type { ReportNames } from './report-types';
import { useReportTexts } from './use-report-texts';

/** A calendar day as the api names it, shown at noon UTC so no time zone moves it. */
export const noonOf = (day: string) => `${day}T12:00:00Z`;

/**
 * How the report names what it counts, in the reader's language: a kind by the definition's label
 * (the taxonomy is the admin's), else the console's word for a captured kind; a product by its
 * catalogue name; days in the reader's calendar and digits; numbers in the reader's digits.
 */
/** The api's key of a breakdown's row where the value was not given. */
export const NONE_KEY = 'NONE';

export function useReportWords(context: () => ReportNames | null) {
  const { t, te, locale } = useReportTexts();
  const format = useFormat();
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback);

  const kind = (key: string | null | undefined): string => {
    if (!key || key === NONE_KEY) return t('feedbackReport.kinds.UNCLASSIFIED');
    const defined = context()?.kinds.find((each) => each.key === key);
    return defined ? textIn(defined.labels as LocalizedText, locale.value) : known(`feedbackReport.kinds.${key}`, key);
  };
  const product = (key: string | null | undefined): string =>
    key && key !== NONE_KEY
      ? (context()?.products.find((each) => each.key === key)?.name ?? key)
      : t('feedbackReport.summary.noProduct');
  /** Versions and builds in the reader's digits (۲٫۱ in Persian is the same 2.1). */
  const digits = (text: string) => localizeDigits(text, locale.value);
  const version = (value: string | null | undefined): string =>
    value && value !== NONE_KEY ? digits(value) : t('feedbackReport.summary.noVersion');
  const channel = (key: string) => known(`feedbackReport.channels.${key}`, key);
  const severity = (key: string) =>
    key === NONE_KEY ? t('feedbackReport.summary.notGiven') : known(`feedbackReport.severities.${key}`, key);
  const source = (key: string) => known(`feedbackReport.sources.${key}`, key);
  const language = (key: string | null | undefined) =>
    key ? known(`feedbackReport.languages.${key}`, key) : t('feedbackReport.summary.notGiven');
  const answer = (status: FeedbackAnswerStatus | null | undefined, version?: string | null): string =>
    status
      ? t(`feedbackReport.answers.${status}`, { version: version ? digits(version) : '' })
      : t('feedbackReport.answers.NONE');
  const day = (value: string) => format.dateTime(noonOf(value), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const longDay = (value: string) => format.dateTime(noonOf(value), { dateStyle: 'medium', timeZone: 'UTC' });
  const count = (value: number) => format.number(value);
  const rating = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  return {
    t,
    digits,
    kind,
    product,
    version,
    channel,
    severity,
    source,
    language,
    answer,
    day,
    longDay,
    count,
    rating,
    format,
  };
}

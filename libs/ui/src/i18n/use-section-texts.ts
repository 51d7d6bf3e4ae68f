import { useI18n } from 'vue-i18n';
import { errorMessageKey, type Failure } from '../graphql/errors';
import { SUPPORTED_LOCALES, textIn, type Locale, type LocalizedText } from './locales';
import { useLocale } from './use-locale';

/**
 * A section's texts (`<section>.*`), added to the app's messages in every language when one of the
 * section's pages first opens, so they travel with those pages' code and not with the app's first
 * page. Also the ways every such section words things: names in the reader's language, and a
 * refusal by its reason where the section has a text for it (`<section>.errors.<reason>`), else by
 * its code.
 */
export function useSectionTexts(section: string, messages: Readonly<Record<Locale, object>>) {
  const i18n = useI18n({ useScope: 'global' });
  for (const locale of SUPPORTED_LOCALES) {
    if (!(section in i18n.getLocaleMessage(locale))) i18n.mergeLocaleMessage(locale, { [section]: messages[locale] });
  }
  const { locale } = useLocale();
  const t = i18n.t;
  const nameOf = (named: { name: LocalizedText } | null | undefined) => (named ? textIn(named.name, locale.value) : '');
  const failure = (failed: Failure) => {
    const key = failed.reason ? `${section}.errors.${failed.reason}` : '';
    return key && i18n.te(key) ? t(key) : t(errorMessageKey(failed.code));
  };
  return { t, te: i18n.te, locale, nameOf, failure };
}

import { inject } from 'vue';
import { localeControlKey, type LocaleControl } from './create-i18n';
import { createFormatter, type LocaleFormatter } from './format';

/** The current locale, its direction and `setLocale`, from the app's i18n plugin. */
export function useLocale(): LocaleControl {
  const control = inject(localeControlKey, null);
  if (!control) throw new Error('useLocale() needs the app to install createDeskstreamI18n()');
  return control;
}

/**
 * Number and date formatting in the current locale. Each call reads the locale, so a template
 * that formats re-renders when the reader switches language.
 */
export function useFormat(): LocaleFormatter {
  const { locale } = useLocale();
  return {
    number: (value, options) => createFormatter(locale.value).number(value, options),
    dateTime: (value, options) => createFormatter(locale.value).dateTime(value, options),
    time: (value) => createFormatter(locale.value).time(value),
    date: (value) => createFormatter(locale.value).date(value),
    list: (values) => createFormatter(locale.value).list(values),
  };
}

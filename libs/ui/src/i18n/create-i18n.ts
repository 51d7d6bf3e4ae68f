import { computed, type App, type ComputedRef, type InjectionKey } from 'vue';
import { createI18n, type I18n } from 'vue-i18n';
import { applyDocumentLocale } from './document-locale';
import { readPreferredLocale, savePreferredLocale, type PreferenceStorage } from './locale-preference';
import { directionOf, FALLBACK_LOCALE, SUPPORTED_LOCALES, type Locale, type TextDirection } from './locales';
import { mergeMessages, sharedMessages, type MessageTree } from './messages/index';

export interface LocaleControl {
  locale: ComputedRef<Locale>;
  direction: ComputedRef<TextDirection>;
  /** The one way to change language: messages, `<html lang dir>` and the saved choice together. */
  setLocale(locale: Locale): void;
}

export const localeControlKey: InjectionKey<LocaleControl> = Symbol('deskstream.locale');

export interface DeskstreamI18nOptions {
  /** The app's own messages per locale, laid over the shared ones. */
  messages: Readonly<Record<Locale, MessageTree>>;
  /** Where the reader's choice is kept; `localStorage` in the browser. */
  storage?: PreferenceStorage | null;
  /** The browser's preferred languages; `navigator.languages` in the browser. */
  browserLanguages?: readonly string[];
  /** The page whose `<html>` carries lang and dir; `document` in the browser. */
  document?: Document | null;
}

export interface DeskstreamI18n extends LocaleControl {
  i18n: I18n<Record<string, MessageTree>, Record<string, never>, Record<string, never>, string, false>;
  install(app: App): void;
}

/**
 * The one i18n configuration of every front end: vue-i18n in composition mode with the shared
 * and the app's messages for fa, en, ja and vi; the locale chosen from the saved choice or the
 * browser; right-to-left for Persian applied to the whole document, never per component.
 */
export function createDeskstreamI18n(options: DeskstreamI18nOptions): DeskstreamI18n {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const doc = options.document === undefined ? browserDocument() : options.document;
  const languages = options.browserLanguages ?? browserLanguages();
  const initial = readPreferredLocale(storage, languages);

  const messages: Record<string, MessageTree> = {};
  for (const code of SUPPORTED_LOCALES) {
    messages[code] = mergeMessages(sharedMessages[code], options.messages[code]);
  }
  const i18n = createI18n({
    legacy: false,
    globalInjection: false,
    locale: initial,
    fallbackLocale: FALLBACK_LOCALE,
    messages,
  });

  const locale = computed(() => i18n.global.locale.value as Locale);
  const direction = computed(() => directionOf(locale.value));
  const setLocale = (next: Locale) => {
    i18n.global.locale.value = next;
    applyDocumentLocale(doc, next);
    savePreferredLocale(storage, next);
  };
  applyDocumentLocale(doc, initial);

  const control: LocaleControl = { locale, direction, setLocale };
  return {
    ...control,
    i18n,
    install(app: App) {
      app.use(i18n);
      app.provide(localeControlKey, control);
    },
  };
}

function browserStorage(): PreferenceStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function browserDocument(): Document | null {
  return typeof document === 'undefined' ? null : document;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

// Locales, right-to-left and formatting
export {
  SUPPORTED_LOCALES,
  FALLBACK_LOCALE,
  LOCALE_NAMES,
  isLocale,
  directionOf,
  intlTagOf,
  matchLocale,
  textIn,
  type Locale,
  type LocalizedText,
  type TextDirection,
} from './i18n/locales';
export { createDeskstreamI18n, localeControlKey, type DeskstreamI18n, type DeskstreamI18nOptions, type LocaleControl } from './i18n/create-i18n';
export { useLocale, useFormat } from './i18n/use-locale';
export { createFormatter, localizeDigits, type LocaleFormatter, type DateInput } from './i18n/format';
export { applyDocumentLocale } from './i18n/document-locale';
export { LOCALE_STORAGE_KEY, readPreferredLocale, savePreferredLocale } from './i18n/locale-preference';
export { sharedMessages, messageKeys, mergeMessages, type MessageShape, type MessageTree, type SharedMessages } from './i18n/messages/index';
export { default as LocaleSwitcher } from './LocaleSwitcher.vue';

// GraphQL
export {
  createGraphqlConnection,
  authorizationFor,
  webSocketUrlFor,
  reconnectDelay,
  type GraphqlConnection,
  type GraphqlConnectionOptions,
  type LiveStatus,
} from './graphql/connection';
export { installGraphql, useGraphqlConnection, graphqlConnectionKey } from './graphql/install';
export {
  API_ERROR_CODES,
  errorCodeOf,
  errorMessageKey,
  hasErrorCode,
  outcomeOf,
  type ApiErrorCode,
  type ClientErrorCode,
  type Outcome,
} from './graphql/errors';
export { newCommandId } from './graphql/command-id';

// Chat
export { createTypingSignal, type TypingSignal, type TypingSignalTiming } from './chat-typing/typing-signal';

// Session
export { createSessionPersistence, SESSION_STORAGE_KEY, type SessionPersistence, type SessionStorageLike } from './session/session-persistence';
export { createLatestRequest, type LatestRequest } from './session/latest-request';

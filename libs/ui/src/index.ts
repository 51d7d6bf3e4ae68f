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
export {
  createDeskstreamI18n,
  localeControlKey,
  type DeskstreamI18n,
  type DeskstreamI18nOptions,
  type LocaleControl,
} from './i18n/create-i18n';
export { useLocale, useFormat } from './i18n/use-locale';
export { useSectionTexts } from './i18n/use-section-texts';
export { createFormatter, localizeDigits, type LocaleFormatter, type DateInput } from './i18n/format';
export { applyDocumentLocale } from './i18n/document-locale';
export { LOCALE_STORAGE_KEY, readPreferredLocale, savePreferredLocale } from './i18n/locale-preference';
export {
  sharedMessages,
  messageKeys,
  mergeMessages,
  type MessageShape,
  type MessageTree,
  type SharedMessages,
} from './i18n/messages/index';
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
  errorReasonOf,
  hasErrorCode,
  isTransient,
  outcomeOf,
  type ApiErrorCode,
  type ClientErrorCode,
  type Failure,
  type Outcome,
} from './graphql/errors';
export { newCommandId } from './graphql/command-id';

// Chat, the same way in the widget and the desk
export { createTypingSignal, type TypingSignal, type TypingSignalTiming } from './chat-typing/typing-signal';
export { useTypingIndicator, type TypingIndicator } from './chat-typing/typing-indicator';
export {
  useOutgoingMessages,
  type EchoedEntry,
  type MessageStatus,
  type OutgoingMessage,
  type OutgoingMessages,
  type OutgoingMessagesOptions,
  type OutgoingState,
  type UnsentMessage,
} from './chat-messages/outgoing-messages';
export {
  useDepartmentAvailability,
  type Availability,
  type DepartmentAvailability,
  type DepartmentAvailabilityOptions,
  type KeepFreshOptions,
} from './chat-messages/department-availability';

// The page
export { usePageVisibility, type PageVisibility, type PageVisibilityOptions } from './page/page-visibility';
export { downloadDocument } from './page/download-document';

// Session
export {
  createSessionPersistence,
  SESSION_STORAGE_KEY,
  type SessionPersistence,
  type SessionStorageLike,
} from './session/session-persistence';
export { createLatestRequest, type LatestRequest } from './session/latest-request';

/** The public knowledge-base pages, rendered on the server from the read model. */
export { KnowledgeBasePages, type PageResult } from './public-pages';
export { NO_ASSETS, type PageAssets, type RenderContext } from './layout';
export type { AskFormInput, Notice } from './components';
export { LOCALE_COOKIE, FALLBACK_LOCALE, isPageLocale, preferredLocale } from './locale';
export {
  KB_ROOT,
  RESERVED_SEGMENTS,
  articlePath,
  askPath,
  errorCodeKey,
  errorCodePath,
  homePath,
  searchPath,
  votePath,
} from './urls';

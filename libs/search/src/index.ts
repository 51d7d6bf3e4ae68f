/** `@deskstream/search`: one normalising function for indexing and querying, a tokenizer, and an in-memory index. */
export { normalizeText } from './normalize';
export { tokenize, splitWords, isJapaneseTerm } from './tokenize';
export { withinOneEdit } from './edit-distance';
export { FIELD_WEIGHTS, MATCH_FACTORS, SEARCH_LIMITS, type SearchField } from './limits';
export {
  SearchIndex,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from './search-index';

/**
 * The public search: published articles in the search index (title > error codes > symptoms >
 * tags > body), searchable in one language or all. Kept in step with the catalog: whenever an
 * article's public version changes, its entry is replaced or removed. Visitors search the same
 * few things over and over (an error code, a word being typed), so recent results are kept,
 * keyed by the normalised query, until what is public changes.
 */
import { SearchIndex, normalizeText, type SearchResult } from '@deskstream/search';
import type { PublicArticle } from './article-record';
import type { Locale } from '@deskstream/knowledge-base-domain';

const CACHED_RESULTS = 5_000;

export class PublicSearch {
  private readonly index = new SearchIndex();
  private readonly recent = new Map<string, SearchResult>();

  get size(): number {
    return this.index.size;
  }

  /** Puts the article's public version in the index, or takes it out when there is none. */
  update(articleId: string, article: PublicArticle | undefined): void {
    this.recent.clear();
    if (!article) {
      this.index.remove(articleId);
      return;
    }
    const { title, errorCodes, symptoms, tags, body, locale } = article.content;
    // The language is the article's group, so a search in one language scores only its articles.
    this.index.add({ id: articleId, title, errorCodes, symptoms, tags, body, group: locale });
  }

  search(query: string, options: { locale?: Locale; limit?: number } = {}): SearchResult {
    const { locale, limit = 10 } = options;
    // The query's own length is part of the key: a longer one is cut, and the result says so.
    const key = `${locale ?? '*'}|${limit}|${query.length > 200 ? query.length : 0}|${normalizeText(query.slice(0, 400))}`;
    const cached = this.recent.get(key);
    if (cached) {
      this.recent.delete(key);
      this.recent.set(key, cached);
      return cached;
    }
    const result = this.index.search(query, { limit, group: locale });
    if (this.recent.size >= CACHED_RESULTS) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(key, result);
    return result;
  }
}

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
  /** After a restore from a snapshot: the public articles still to index, at the first search. */
  private pending: Map<string, PublicArticle> | undefined;

  get size(): number {
    this.indexPending();
    return this.index.size;
  }

  /** Indexes every public article, lazily: after the catalog was restored from a snapshot, at start. */
  reindex(articles: Iterable<PublicArticle>): void {
    this.recent.clear();
    this.pending = new Map([...articles].map((article) => [article.id, article]));
  }

  /** Puts the article's public version in the index, or takes it out when there is none. */
  update(articleId: string, article: PublicArticle | undefined): void {
    this.recent.clear();
    if (this.pending) {
      if (article) this.pending.set(articleId, article);
      else this.pending.delete(articleId);
      return;
    }
    this.put(articleId, article);
  }

  private indexPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) for (const [id, article] of pending) this.put(id, article);
  }

  private put(articleId: string, article: PublicArticle | undefined): void {
    if (!article) {
      this.index.remove(articleId);
      return;
    }
    const { title, errorCodes, symptoms, tags, body, locale } = article.content;
    // The language is the article's group, so a search in one language scores only its articles.
    this.index.add({ id: articleId, title, errorCodes, symptoms, tags, body, group: locale });
  }

  search(query: string, options: { locale?: Locale; limit?: number } = {}): SearchResult {
    this.indexPending();
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

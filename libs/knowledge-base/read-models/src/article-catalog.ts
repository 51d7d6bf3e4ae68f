/**
 * Every article, folded from its events: revisions, history and publication timeline, plus the
 * indexes the public pages need (published articles by language and slug, by error code, by
 * translation group, newest first). Pure and in memory; it never calls the store.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState, keptValue } from '@deskstream/event-sourcing';
import { normalizeText } from '@deskstream/search';
import type { ArticleEvent, Locale } from '@deskstream/knowledge-base-domain';
import { latestRevision, localeSlugKey, publicView, type ArticleRecord, type PublicArticle } from './article-record';

export class ArticleCatalog {
  readonly articles = new Map<string, ArticleRecord>();
  private readonly published = new Map<string, PublicArticle>();
  private readonly publishedBySlug = new Map<string, string>();
  private readonly anyBySlug = new Map<string, string>();
  private readonly publishedByCode = new Map<string, Set<string>>();
  private readonly publishedByGroup = new Map<string, Set<string>>();
  private newestCache: PublicArticle[] | undefined;
  private publicChanges = 0;
  /** Its state for durable snapshots, refilled in place on restore (see `restored`). */
  readonly kept = keptState({
    articles: this.articles,
    published: this.published,
    publishedBySlug: this.publishedBySlug,
    anyBySlug: this.anyBySlug,
    publishedByCode: this.publishedByCode,
    publishedByGroup: this.publishedByGroup,
    publicChanges: keptValue(
      () => this.publicChanges,
      (value) => {
        this.publicChanges = value;
        this.newestCache = undefined;
      },
    ),
  });

  /** Goes up whenever what the public sees changes: caches of public pages watch it. */
  get publicVersion(): number {
    return this.publicChanges;
  }

  /** Folds one event in; returns the article whose public version changed, if any. */
  apply(event: ArticleEvent): string | undefined {
    const { articleId, by, at } = event.data;
    if (event.type === 'ArticleDrafted') {
      const { content } = event.data;
      this.articles.set(articleId, {
        id: articleId,
        revisions: [{ revision: 1, kind: 'DRAFTED', fromRevision: null, content, by, at }],
        history: [{ kind: 'DRAFTED', revision: 1, fromRevision: null, by, at }],
        reviewRevision: null,
        publishedRevision: null,
        firstPublishedAt: null,
        publishedAt: null,
        updatedAt: at,
        timeline: [],
      });
      this.anyBySlug.set(localeSlugKey(content.locale, content.slug), articleId);
      return undefined;
    }
    const record = this.articles.get(articleId);
    if (!record) return undefined;
    record.updatedAt = at;
    switch (event.type) {
      case 'ArticleRevised':
      case 'ArticleRestored': {
        const kind = event.type === 'ArticleRevised' ? 'REVISED' : 'RESTORED';
        const fromRevision = event.type === 'ArticleRestored' ? event.data.fromRevision : null;
        const before = latestRevision(record).content;
        record.revisions.push({
          revision: event.data.revision,
          kind,
          fromRevision,
          content: event.data.content,
          by,
          at,
        });
        record.history.push({ kind, revision: event.data.revision, fromRevision, by, at });
        if (this.anyBySlug.get(localeSlugKey(before.locale, before.slug)) === articleId)
          this.anyBySlug.delete(localeSlugKey(before.locale, before.slug));
        this.anyBySlug.set(localeSlugKey(event.data.content.locale, event.data.content.slug), articleId);
        return undefined;
      }
      case 'ArticleSubmittedForReview':
        record.reviewRevision = event.data.revision;
        record.history.push({
          kind: 'SUBMITTED_FOR_REVIEW',
          revision: event.data.revision,
          fromRevision: null,
          by,
          at,
        });
        return undefined;
      case 'ArticlePublished':
        record.publishedRevision = event.data.revision;
        record.publishedAt = at;
        record.firstPublishedAt ??= at;
        record.timeline.push({ from: at, revision: event.data.revision });
        record.history.push({ kind: 'PUBLISHED', revision: event.data.revision, fromRevision: null, by, at });
        this.republish(record);
        return articleId;
      case 'ArticleUnpublished':
        record.publishedRevision = null;
        record.publishedAt = null;
        record.timeline.push({ from: at, revision: null });
        record.history.push({ kind: 'UNPUBLISHED', revision: event.data.revision, fromRevision: null, by, at });
        this.republish(record);
        return articleId;
      default:
        return assertNever(event);
    }
  }

  /** The published version, if the article is public now. */
  publicArticle(articleId: string): PublicArticle | undefined {
    return this.published.get(articleId);
  }

  publicBySlug(locale: Locale, slug: string): PublicArticle | undefined {
    const id = this.publishedBySlug.get(localeSlugKey(locale, slug));
    return id === undefined ? undefined : this.published.get(id);
  }

  /** Which article (public or not) uses this slug in this language now. */
  articleUsingSlug(locale: Locale, slug: string): string | undefined {
    return this.anyBySlug.get(localeSlugKey(locale, slug));
  }

  publicByErrorCode(code: string, locale?: Locale): PublicArticle[] {
    const ids = this.publishedByCode.get(normalizeText(code)) ?? new Set<string>();
    return this.sorted(ids).filter((article) => locale === undefined || article.content.locale === locale);
  }

  /** The other languages' published versions of this article. */
  translationsOf(article: PublicArticle): PublicArticle[] {
    const ids = this.publishedByGroup.get(article.content.translationGroup) ?? new Set<string>();
    return this.sorted(ids).filter((other) => other.id !== article.id);
  }

  allPublic(): IterableIterator<PublicArticle> {
    return this.published.values();
  }

  /** Published articles, the most recently first-published first. */
  newest(locale?: Locale): PublicArticle[] {
    this.newestCache ??= [...this.published.values()].sort((a, b) =>
      a.firstPublishedAt < b.firstPublishedAt ? 1 : a.firstPublishedAt > b.firstPublishedAt ? -1 : a.id < b.id ? -1 : 1,
    );
    return locale === undefined
      ? this.newestCache
      : this.newestCache.filter((article) => article.content.locale === locale);
  }

  private sorted(ids: Set<string>): PublicArticle[] {
    return [...ids].sort().flatMap((id) => this.published.get(id) ?? []);
  }

  /** Takes the article's old public version out of every index and puts the new one in. */
  private republish(record: ArticleRecord): void {
    const before = this.published.get(record.id);
    if (before) {
      const { locale, slug, errorCodes, translationGroup } = before.content;
      this.publishedBySlug.delete(localeSlugKey(locale, slug));
      for (const code of errorCodes) removeFrom(this.publishedByCode, normalizeText(code), record.id);
      removeFrom(this.publishedByGroup, translationGroup, record.id);
      this.published.delete(record.id);
    }
    const after = publicView(record);
    if (after) {
      const { locale, slug, errorCodes, translationGroup } = after.content;
      this.published.set(record.id, after);
      this.publishedBySlug.set(localeSlugKey(locale, slug), record.id);
      for (const code of errorCodes) addTo(this.publishedByCode, normalizeText(code), record.id);
      addTo(this.publishedByGroup, translationGroup, record.id);
    }
    this.newestCache = undefined;
    this.publicChanges++;
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

function removeFrom(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  ids?.delete(id);
  if (ids?.size === 0) index.delete(key);
}

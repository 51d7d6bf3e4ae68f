/**
 * The public knowledge-base pages from the read model: each method takes what an address names
 * and answers with a rendered page (and its status) or a redirect. Pure reads: recording a view or
 * a search that found nothing is left to the caller, which is told what to record. The same read
 * model gives the same bytes, so pages rebuilt from the events are identical.
 */
import { SEARCH_LIMITS, normalizeText } from '@deskstream/search';
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';
import { knowledgeBaseIndex } from '@deskstream/knowledge-base-read-models';
import { LOCALES, type Locale } from '@deskstream/knowledge-base-domain';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { renderArticlePage } from './article-page';
import { renderAskPage } from './ask-page';
import { linkItem, plainSummary, type AskFormInput, type Notice } from './components';
import { renderErrorCodePage } from './error-code-page';
import { renderHomePage } from './home-page';
import type { RenderContext } from './layout';
import { renderNotFoundPage } from './not-found-page';
import { relatedArticles } from './related-articles';
import { renderSearchPage, type SearchHitView } from './search-page';
import { articlePath } from './urls';

export type PageResult =
  | {
      kind: 'page';
      status: 200 | 400 | 404;
      locale: Locale;
      html: string;
      /** The article shown, whose view the caller records. */
      viewedArticleId?: string;
      /** A search that found nothing, which the caller records. */
      unansweredQuery?: string;
    }
  | { kind: 'redirect'; status: 301 | 302; location: string };

const MAX_CODE_LENGTH = 64;
const MAX_SLUG_LENGTH = 200;
const SEARCH_RESULTS = 20;
const NEWEST = 10;
const MOST_VIEWED = 10;
const SUGGESTIONS = 5;

/** Persian and Arabic-Indic digits, full-width forms and capitals, as a slug would have them. */
const foldSlug = (slug: string) =>
  slug
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0x0f))
    .toLowerCase();

export class KnowledgeBasePages {
  private cacheVersion = -1;
  private readonly indexes = new Map<Locale, ReturnType<typeof knowledgeBaseIndex>>();
  private readonly related = new Map<string, PublicArticle[]>();

  constructor(private readonly readModel: KnowledgeBaseReadModel) {}

  home(locale: Locale, context: RenderContext, notice?: Notice): PageResult {
    const { catalog, popularity } = this.readModel;
    const index = this.indexOf(locale);
    const inLocale = catalog.newest(locale);
    const mostViewed = popularity.mostViewed(
      inLocale.map((article) => article.id),
      MOST_VIEWED,
    );
    const html = renderHomePage(
      {
        locale,
        products: index.products,
        errorCodes: index.errorCodes,
        newest: inLocale.slice(0, NEWEST).map(linkItem),
        mostViewed: mostViewed.map((id) => ({
          article: linkItem(catalog.publicArticle(id)!),
          views: popularity.viewsOf(id),
        })),
        asked: notice === 'asked',
      },
      context,
    );
    return { kind: 'page', status: 200, locale, html };
  }

  article(locale: Locale, slug: string, context: RenderContext, notice?: Notice): PageResult {
    if (slug.length > MAX_SLUG_LENGTH) return this.notFound(locale, context);
    const { catalog } = this.readModel;
    const article = catalog.publicBySlug(locale, slug.normalize('NFC'));
    if (!article) {
      const moved = this.elsewhere(locale, slug);
      return moved
        ? { kind: 'redirect', status: 301, location: articlePath(moved.content.locale, moved.content.slug) }
        : this.notFound(locale, context, slug);
    }
    const html = renderArticlePage(
      {
        article,
        bodyHtml: this.readModel.renderedBody(article.id, article.revision) ?? '',
        translations: catalog.translationsOf(article),
        related: this.relatedTo(article),
        views: this.readModel.popularity.viewsOf(article.id),
        notice,
      },
      context,
    );
    return { kind: 'page', status: 200, locale, html, viewedArticleId: article.id };
  }

  /** An error code's articles in `locale`: one is a redirect to it; several, or only other languages', a list. */
  errorCode(code: string, locale: Locale, context: RenderContext): PageResult {
    if (code.length === 0 || code.length > MAX_CODE_LENGTH) return this.notFound(locale, context);
    const { catalog } = this.readModel;
    // Addresses write spaces as dashes (`check-sum-fail`); a code that has dashes of its own is tried first.
    let all = catalog.publicByErrorCode(code);
    let wanted = normalizeText(code);
    if (all.length === 0) {
      all = catalog.publicByErrorCode(code.replace(/-/g, ' '));
      wanted = normalizeText(code.replace(/-/g, ' '));
    }
    if (all.length === 0) return this.notFound(locale, context, code);
    const inLocale = all.filter((article) => article.content.locale === locale);
    if (inLocale.length === 1)
      return { kind: 'redirect', status: 302, location: articlePath(locale, inLocale[0]!.content.slug) };
    const shown = inLocale[0] ?? all[0]!;
    const display = shown.content.errorCodes.find((each) => normalizeText(each) === wanted) ?? code;
    const otherLanguages = [...all].filter((article) => article.content.locale !== locale).sort(byLocaleThenTitle);
    const html = renderErrorCodePage({ locale, code: display, inLocale, otherLanguages }, context);
    return { kind: 'page', status: 200, locale, html };
  }

  search(locale: Locale, query: string, context: RenderContext, notice?: Notice): PageResult {
    const maxLength = SEARCH_LIMITS.maxQueryLength;
    const render = (
      state: 'empty' | 'tooLong' | 'results',
      hits: SearchHitView[] = [],
      otherLanguages: SearchHitView[] = [],
    ) =>
      renderSearchPage({ locale, query, state, maxLength, hits, otherLanguages, asked: notice === 'asked' }, context);
    if (query.length > maxLength) return { kind: 'page', status: 400, locale, html: render('tooLong') };
    if (normalizeText(query) === '') return { kind: 'page', status: 200, locale, html: render('empty') };
    const { search } = this.readModel;
    const local = search.search(query, { locale, limit: SEARCH_RESULTS }).hits;
    const everywhere = search.search(query, { limit: SEARCH_RESULTS }).hits;
    const hits = local.map((hit) => this.hitView(hit.id, hit.exactErrorCode));
    const others = everywhere
      .filter((hit) => this.readModel.catalog.publicArticle(hit.id)?.content.locale !== locale)
      .map((hit) => this.hitView(hit.id, hit.exactErrorCode));
    const found = hits.length + others.length;
    return {
      kind: 'page',
      status: 200,
      locale,
      html: render('results', hits, others),
      unansweredQuery: found === 0 ? query : undefined,
    };
  }

  ask(form: AskFormInput, context: RenderContext, status: 200 | 400 = 200): PageResult {
    return { kind: 'page', status, locale: form.locale, html: renderAskPage(form, context) };
  }

  /** 404 (or 400 for an unreadable address), with articles matching the words of the address when there are. */
  notFound(locale: Locale, context: RenderContext, words?: string, unreadable = false): PageResult {
    const query = (words ?? '').replace(/[-_/]+/g, ' ').slice(0, SEARCH_LIMITS.maxQueryLength);
    const suggestions =
      normalizeText(query) === '' ? [] : this.readModel.search.search(query, { locale, limit: SUGGESTIONS }).hits;
    const html = renderNotFoundPage(
      {
        locale,
        unreadable,
        suggestions: suggestions.flatMap((hit) => this.readModel.catalog.publicArticle(hit.id) ?? []).map(linkItem),
      },
      context,
    );
    return { kind: 'page', status: unreadable ? 400 : 404, locale, html };
  }

  /** Where a slug that is not in this language's index went: written another way, or another language's version. */
  private elsewhere(locale: Locale, slug: string): PublicArticle | undefined {
    const { catalog } = this.readModel;
    const folded = foldSlug(slug);
    if (folded !== slug) {
      const found = catalog.publicBySlug(locale, folded);
      if (found) return found;
    }
    for (const other of LOCALES) {
      if (other === locale) continue;
      const there = catalog.publicBySlug(other, folded);
      if (!there) continue;
      return catalog.translationsOf(there).find((translation) => translation.content.locale === locale);
    }
    return undefined;
  }

  private hitView(id: string, exactErrorCode: boolean): SearchHitView {
    const article = this.readModel.catalog.publicArticle(id)!;
    return {
      article,
      exactErrorCode,
      summary: plainSummary(this.readModel.renderedBody(id, article.revision) ?? '', 200),
    };
  }

  private indexOf(locale: Locale) {
    this.checkCache();
    let index = this.indexes.get(locale);
    if (!index) this.indexes.set(locale, (index = knowledgeBaseIndex(this.readModel.catalog.allPublic(), locale)));
    return index;
  }

  private relatedTo(article: PublicArticle): PublicArticle[] {
    this.checkCache();
    let related = this.related.get(article.id);
    if (!related)
      this.related.set(article.id, (related = relatedArticles(article, this.readModel.catalog.allPublic())));
    return related;
  }

  /** What is public changed: the home indexes and related lists are built again. */
  private checkCache(): void {
    const version = this.readModel.catalog.publicVersion;
    if (version === this.cacheVersion) return;
    this.cacheVersion = version;
    this.indexes.clear();
    this.related.clear();
  }
}

const byLocaleThenTitle = (a: PublicArticle, b: PublicArticle) =>
  LOCALES.indexOf(a.content.locale) - LOCALES.indexOf(b.content.locale) ||
  a.content.title.localeCompare(b.content.title, 'en') ||
  (a.id < b.id ? -1 : 1);

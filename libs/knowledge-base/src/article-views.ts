/**
 * Read-model records shaped for GraphQL: an article as the public sees it, as editors see it, and
 * the knowledge base's home (products → stages → articles, and the error-code index). Lists are
 * sorted deterministically, so the same events always give the same pages.
 */
import type { ArticleRecord, PublicArticle, RevisionRecord } from './article-record';
import { latestRevision, statusOf } from './article-record';
import type { Locale } from './events';
import type { KnowledgeBaseReadModel } from './read-model';

export interface ArticleLinkView {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
}

export const linkTo = (article: PublicArticle): ArticleLinkView => ({
  id: article.id,
  locale: article.content.locale,
  slug: article.content.slug,
  title: article.content.title,
});

export type PublicArticleView = ReturnType<typeof publicArticleView>;

/** The public article; body HTML, translations, views and votes resolve from the read model (`articleFieldResolvers`). */
export function publicArticleView(article: PublicArticle) {
  const { content } = article;
  return {
    id: article.id,
    locale: content.locale,
    slug: content.slug,
    translationGroup: content.translationGroup,
    title: content.title,
    bodyMarkdown: content.body,
    products: content.products,
    stage: content.stage,
    errorCodes: content.errorCodes,
    symptoms: content.symptoms,
    tags: content.tags,
    revision: article.revision,
    publishedAt: article.publishedAt,
    firstPublishedAt: article.firstPublishedAt,
    source: article,
  };
}

const revisionView = (revision: RevisionRecord) => ({
  revision: revision.revision,
  kind: revision.kind,
  fromRevision: revision.fromRevision,
  by: revision.by,
  at: revision.at,
  ...revision.content,
});

export function editableArticleView(record: ArticleRecord) {
  return {
    id: record.id,
    status: statusOf(record),
    latest: revisionView(latestRevision(record)),
    publishedRevision: record.publishedRevision,
    reviewRevision: record.reviewRevision,
    updatedAt: record.updatedAt,
    history: record.history,
    record,
  };
}

/** Fields that need the read model (and are only computed when asked for). */
export function articleFieldResolvers(readModel: KnowledgeBaseReadModel) {
  return {
    Article: {
      bodyHtml: (article: PublicArticleView) => readModel.renderedBody(article.id, article.revision) ?? '',
      translations: (article: PublicArticleView) => readModel.catalog.translationsOf(article.source).map(linkTo),
      views: (article: PublicArticleView) => readModel.popularity.viewsOf(article.id),
      helpfulness: (article: PublicArticleView) => readModel.popularity.helpfulnessOf(article.id),
    },
    EditableArticle: {
      revisions: (article: ReturnType<typeof editableArticleView>) => article.record.revisions.map(revisionView),
    },
  };
}

const GENERAL = 'General';
const byTitle = (a: ArticleLinkView, b: ArticleLinkView) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1);

/** Products → stages → articles, and every error code with its articles, for one language. */
export function knowledgeBaseIndex(articles: Iterable<PublicArticle>, locale: Locale) {
  const products = new Map<string, Map<string, ArticleLinkView[]>>();
  const codes = new Map<string, ArticleLinkView[]>();
  for (const article of articles) {
    if (article.content.locale !== locale) continue;
    const link = linkTo(article);
    const names = article.content.products.length ? article.content.products.map((entry) => entry.product) : [GENERAL];
    for (const name of names) {
      const stages = products.get(name) ?? new Map<string, ArticleLinkView[]>();
      products.set(name, stages);
      stages.set(article.content.stage, [...(stages.get(article.content.stage) ?? []), link]);
    }
    for (const code of article.content.errorCodes) codes.set(code, [...(codes.get(code) ?? []), link]);
  }
  const compare = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return {
    locale,
    products: [...products.keys()].sort(compare).map((product) => ({
      product,
      stages: [...products.get(product)!.entries()].sort(([a], [b]) => compare(a, b)).map(([stage, links]) => ({ stage, articles: links.sort(byTitle) })),
    })),
    errorCodes: [...codes.keys()].sort(compare).map((code) => ({ code, articles: codes.get(code)!.sort(byTitle) })),
  };
}

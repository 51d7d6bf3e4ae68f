/**
 * The knowledge base's home in one language, from the published articles: products → stages →
 * articles, and every error code with its articles. Lists are sorted deterministically, so the
 * same events always give the same pages.
 */
import type { Locale } from '@deskstream/knowledge-base-domain';
import type { PublicArticle } from './article-record';

/** A link to an article: enough for a list, a breadcrumb or a language switcher. */
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

const GENERAL = 'General';
const byTitle = (a: ArticleLinkView, b: ArticleLinkView) =>
  a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1);

export type KnowledgeBaseIndexView = ReturnType<typeof knowledgeBaseIndex>;

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
      stages: [...products.get(product)!.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([stage, links]) => ({ stage, articles: links.sort(byTitle) })),
    })),
    errorCodes: [...codes.keys()].sort(compare).map((code) => ({ code, articles: codes.get(code)!.sort(byTitle) })),
  };
}

/**
 * Articles related to one article, in its language: those sharing an error code count most, then
 * shared tags, the same stage, a shared product. Its own translations are not "related" (the
 * language switcher has them). Ties go by title, then id, so the list is always the same.
 */
import { normalizeText } from '@deskstream/search';
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';

const WEIGHTS = { errorCode: 4, tag: 2, stage: 1, product: 0.5 } as const;
/** Sharing only a product is not enough to be related. */
const MIN_SCORE = 1;

const normalizedSet = (values: readonly string[]) => new Set(values.map(normalizeText));
const shared = (a: Set<string>, b: readonly string[]) =>
  b.reduce((count, value) => count + (a.has(normalizeText(value)) ? 1 : 0), 0);

export function relatedArticles(
  article: PublicArticle,
  candidates: Iterable<PublicArticle>,
  limit = 5,
): PublicArticle[] {
  const { content } = article;
  const codes = normalizedSet(content.errorCodes);
  const tags = normalizedSet(content.tags);
  const products = new Set(content.products.map((entry) => entry.product));
  const scored: { article: PublicArticle; score: number }[] = [];
  for (const other of candidates) {
    const theirs = other.content;
    if (
      other.id === article.id ||
      theirs.locale !== content.locale ||
      theirs.translationGroup === content.translationGroup
    )
      continue;
    const score =
      WEIGHTS.errorCode * shared(codes, theirs.errorCodes) +
      WEIGHTS.tag * shared(tags, theirs.tags) +
      (theirs.stage === content.stage ? WEIGHTS.stage : 0) +
      (theirs.products.some((entry) => products.has(entry.product)) ? WEIGHTS.product : 0);
    if (score >= MIN_SCORE) scored.push({ article: other, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.article.content.title.localeCompare(b.article.content.title, 'en') ||
        (a.article.id < b.article.id ? -1 : 1),
    )
    .slice(0, limit)
    .map((entry) => entry.article);
}

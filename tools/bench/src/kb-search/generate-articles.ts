/**
 * Generated knowledge-base articles for the search benchmark: the demo articles of each language
 * as templates, with words of that language drawn at random into titles, symptoms and bodies, and
 * random error codes. Deterministic (a seeded generator), so every run searches the same corpus.
 */
import { SEED_ARTICLES } from '@deskstream/knowledge-base-api';
import { LOCALES, type ArticleContent, type Locale } from '@deskstream/knowledge-base-domain';

export interface GeneratedArticle {
  id: string;
  content: ArticleContent;
}

/** mulberry32: small, fast, good enough to pick words. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words of each language, as the demo articles use them (Japanese as title fragments). */
export function vocabularies(): Record<Locale, string[]> {
  const words = Object.fromEntries(LOCALES.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>;
  for (const { content } of SEED_ARTICLES) {
    const text = [content.title, content.body, ...content.symptoms].join(' ');
    if (content.locale === 'ja') {
      for (const piece of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text))
        if (piece.isWordLike && piece.segment.length > 1) words.ja.add(piece.segment);
    } else for (const match of text.matchAll(WORD)) if (match[0].length > 2) words[content.locale].add(match[0]);
  }
  return Object.fromEntries(LOCALES.map((locale) => [locale, [...words[locale]].sort()])) as Record<Locale, string[]>;
}

export function generateArticles(count: number, seed = 1603): GeneratedArticle[] {
  const random = randomGenerator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = vocabularies();
  const byLocale = Object.fromEntries(
    LOCALES.map((locale) => [locale, SEED_ARTICLES.filter((article) => article.content.locale === locale)]),
  ) as Record<Locale, typeof SEED_ARTICLES>;
  const phrase = (locale: Locale, length: number) =>
    Array.from({ length }, () => pick(words[locale])).join(locale === 'ja' ? '' : ' ');
  return Array.from({ length: count }, (_, index) => {
    const locale = LOCALES[index % LOCALES.length]!;
    const template = pick(byLocale[locale]).content;
    const code = String(1000 + Math.floor(random() * 2000));
    return {
      id: `bench-${index}`,
      content: {
        ...template,
        slug: `${template.slug}-${index}`,
        translationGroup: `bench-${index}`,
        title: `${template.title} ${phrase(locale, 2)}`.slice(0, 200),
        body: `${template.body}\n\n${phrase(locale, 40)}.\n\n${phrase(locale, 40)}.`,
        errorCodes: random() < 0.5 ? [code, ...template.errorCodes] : template.errorCodes,
        symptoms: [...template.symptoms, phrase(locale, 4)],
      },
    };
  });
}

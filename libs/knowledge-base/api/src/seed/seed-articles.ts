/**
 * The demo articles as the seeder writes them: every topic in Persian and English, the twelve
 * most asked also in Japanese and Vietnamese. Ids are fixed (`<topic>.<language>`), so seeding is
 * repeatable.
 */
import type { ArticleContent, Locale } from '@deskstream/knowledge-base-domain';
import { ARTICLES_EN } from './articles-en';
import { ARTICLES_FA } from './articles-fa';
import { ARTICLES_JA } from './articles-ja';
import { ARTICLES_VI } from './articles-vi';
import type { SeedText } from './seed-text';
import { SEED_TOPICS } from './topics';

export interface SeedArticle {
  id: string;
  content: ArticleContent;
}

const TEXTS: [Locale, Record<string, SeedText>][] = [
  ['fa', ARTICLES_FA],
  ['en', ARTICLES_EN],
  ['ja', ARTICLES_JA],
  ['vi', ARTICLES_VI],
];

export const SEED_ARTICLES: SeedArticle[] = SEED_TOPICS.flatMap((topic) =>
  TEXTS.flatMap(([locale, texts]) => {
    const text = texts[topic.group];
    if (!text) return [];
    return [
      {
        id: `${topic.group}.${locale}`,
        content: {
          slug: text.slug,
          locale,
          translationGroup: topic.group,
          title: text.title,
          body: text.body,
          products: topic.products.map(({ product, versions }) => ({ product, versions: [...versions] })),
          stage: topic.stage,
          errorCodes: [...topic.errorCodes],
          symptoms: text.symptoms,
          tags: text.tags,
        },
      },
    ];
  }),
);

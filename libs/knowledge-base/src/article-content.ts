/**
 * What an article may hold: the limits on each part of its content, checked by the decider before
 * anything is written. Values are trimmed and lists de-duplicated, so two saves that differ only
 * in white space are the same revision.
 */
import { LOCALES, type ArticleContent, type Locale, type ProductVersions } from './events';
import { reject, type KnowledgeBaseRejection } from './errors';

export const CONTENT_LIMITS = {
  slug: 120,
  translationGroup: 80,
  title: 200,
  body: 20_000,
  products: 10,
  productName: 60,
  versions: 20,
  version: 30,
  errorCodes: 20,
  errorCode: 64,
  symptoms: 30,
  symptom: 200,
  tags: 20,
  tag: 40,
} as const;

/** Words of lowercase letters (any script) or digits, joined by single dashes: `error-1603`, `خطای-1603`. */
const SLUG = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;
const TRANSLATION_GROUP = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const STAGE = /^[a-z][a-z0-9-]{1,39}$/;

/** Words under `/kb/<locale>/` that name public pages, so no article may take them as its slug. */
export const RESERVED_SLUGS = ['search', 'ask', 'vote', 'errors'] as const;
const isReservedSlug = (slug: string) => (RESERVED_SLUGS as readonly string[]).includes(slug);

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

const tidyList = (values: readonly string[]): string[] => [...new Set(values.map((value) => value.trim().replace(/\s+/g, ' ')).filter(Boolean))];
const fits = (values: readonly string[], count: number, length: number) => values.length <= count && values.every((value) => value.length <= length);

/** The content as it will be stored, or why it cannot be. */
export function checkContent(content: ArticleContent): ArticleContent | KnowledgeBaseRejection {
  const slug = content.slug.trim();
  if (slug.length === 0 || slug.length > CONTENT_LIMITS.slug || !SLUG.test(slug) || isReservedSlug(slug)) {
    return reject('KB_SLUG_INVALID');
  }
  if (!isLocale(content.locale)) return reject('KB_LOCALE_INVALID');
  const translationGroup = content.translationGroup.trim();
  if (translationGroup.length > CONTENT_LIMITS.translationGroup || !TRANSLATION_GROUP.test(translationGroup)) {
    return reject('KB_TRANSLATION_GROUP_INVALID');
  }
  const title = content.title.trim().replace(/\s+/g, ' ');
  if (title.length === 0 || title.length > CONTENT_LIMITS.title) return reject('KB_TITLE_INVALID');
  if (content.body.length > CONTENT_LIMITS.body) return reject('KB_BODY_TOO_LONG');
  const stage = content.stage.trim();
  if (!STAGE.test(stage)) return reject('KB_STAGE_INVALID');
  const products = checkProducts(content.products);
  if (!products) return reject('KB_PRODUCTS_INVALID');
  const errorCodes = tidyList(content.errorCodes);
  if (!fits(errorCodes, CONTENT_LIMITS.errorCodes, CONTENT_LIMITS.errorCode)) return reject('KB_ERROR_CODES_INVALID');
  const symptoms = tidyList(content.symptoms);
  if (!fits(symptoms, CONTENT_LIMITS.symptoms, CONTENT_LIMITS.symptom)) return reject('KB_SYMPTOMS_INVALID');
  const tags = tidyList(content.tags);
  if (!fits(tags, CONTENT_LIMITS.tags, CONTENT_LIMITS.tag)) return reject('KB_TAGS_INVALID');
  const body = content.body.replace(/\r\n?/g, '\n').trimEnd();
  return { slug, locale: content.locale, translationGroup, title, body, products, stage, errorCodes, symptoms, tags };
}

function checkProducts(products: readonly ProductVersions[]): ProductVersions[] | undefined {
  if (products.length > CONTENT_LIMITS.products) return undefined;
  const tidy: ProductVersions[] = [];
  for (const entry of products) {
    const product = entry.product.trim();
    const versions = tidyList(entry.versions);
    if (product.length === 0 || product.length > CONTENT_LIMITS.productName) return undefined;
    if (!fits(versions, CONTENT_LIMITS.versions, CONTENT_LIMITS.version)) return undefined;
    if (tidy.some((other) => other.product === product)) return undefined;
    tidy.push({ product, versions });
  }
  return tidy;
}

export const isContentRejection = (checked: ArticleContent | KnowledgeBaseRejection): checked is KnowledgeBaseRejection => 'code' in checked;

/** Whether two contents are the same revision's worth of text. */
export const sameContent = (a: ArticleContent, b: ArticleContent): boolean => JSON.stringify(a) === JSON.stringify(b);

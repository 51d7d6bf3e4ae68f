/**
 * What an article may hold: the limits on each part of its content and the rule for each field,
 * checked by the decider before anything is written (and by the console's editor as the editor
 * types, from this same code). Values are trimmed and lists de-duplicated, so two saves that
 * differ only in white space are the same revision.
 */
import type { ArticleContent, ProductVersions } from './knowledge-base-events';
import { reject, type KnowledgeBaseRejection } from './errors';
import { isLocale } from './locales';

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
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;
export const TRANSLATION_GROUP_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
export const STAGE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** Words under `/kb/<locale>/` that name public pages, so no article may take them as its slug. */
export const RESERVED_SLUGS = ['search', 'ask', 'vote', 'errors'] as const;
export const isReservedSlug = (slug: string): boolean => (RESERVED_SLUGS as readonly string[]).includes(slug);

/** Trimmed, white space inside collapsed, empty values and repeats dropped. */
export const tidyList = (values: readonly string[]): string[] => [
  ...new Set(values.map((value) => value.trim().replace(/\s+/g, ' ')).filter(Boolean)),
];
const fits = (values: readonly string[], count: number, length: number) =>
  values.length <= count && values.every((value) => value.length <= length);
export const tidyTitle = (title: string): string => title.trim().replace(/\s+/g, ' ');

// ── one rule per field: true when the decider would accept the value as typed ────────────────

export function isValidSlug(slug: string): boolean {
  const tidy = slug.trim();
  return tidy.length > 0 && tidy.length <= CONTENT_LIMITS.slug && SLUG_PATTERN.test(tidy) && !isReservedSlug(tidy);
}

export function isValidTranslationGroup(translationGroup: string): boolean {
  const tidy = translationGroup.trim();
  return tidy.length <= CONTENT_LIMITS.translationGroup && TRANSLATION_GROUP_PATTERN.test(tidy);
}

export function isValidTitle(title: string): boolean {
  const tidy = tidyTitle(title);
  return tidy.length > 0 && tidy.length <= CONTENT_LIMITS.title;
}

export const isValidBody = (body: string): boolean => body.length <= CONTENT_LIMITS.body;

export const isValidStage = (stage: string): boolean => STAGE_PATTERN.test(stage.trim());

/** The products as they will be stored, or undefined when the list breaks a limit or names a product twice. */
export function tidyProducts(products: readonly ProductVersions[]): ProductVersions[] | undefined {
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

export const isValidErrorCodes = (codes: readonly string[]): boolean =>
  fits(tidyList(codes), CONTENT_LIMITS.errorCodes, CONTENT_LIMITS.errorCode);
export const isValidSymptoms = (symptoms: readonly string[]): boolean =>
  fits(tidyList(symptoms), CONTENT_LIMITS.symptoms, CONTENT_LIMITS.symptom);
export const isValidTags = (tags: readonly string[]): boolean =>
  fits(tidyList(tags), CONTENT_LIMITS.tags, CONTENT_LIMITS.tag);

/** The reason each field of an article can be refused with. */
export const ARTICLE_FIELD_REASONS = {
  slug: 'KB_SLUG_INVALID',
  locale: 'KB_LOCALE_INVALID',
  translationGroup: 'KB_TRANSLATION_GROUP_INVALID',
  title: 'KB_TITLE_INVALID',
  body: 'KB_BODY_TOO_LONG',
  stage: 'KB_STAGE_INVALID',
  products: 'KB_PRODUCTS_INVALID',
  errorCodes: 'KB_ERROR_CODES_INVALID',
  symptoms: 'KB_SYMPTOMS_INVALID',
  tags: 'KB_TAGS_INVALID',
} as const satisfies Record<keyof ArticleContent, KnowledgeBaseRejection['code']>;

export type ArticleFieldReason = (typeof ARTICLE_FIELD_REASONS)[keyof typeof ARTICLE_FIELD_REASONS];
export type ArticleFieldProblems = Partial<Record<keyof ArticleContent, ArticleFieldReason>>;

/** Every field the decider would refuse, with its reason, in the order the decider checks them. */
export function articleFieldProblems(content: ArticleContent): ArticleFieldProblems {
  const valid: Record<keyof ArticleContent, boolean> = {
    slug: isValidSlug(content.slug),
    locale: isLocale(content.locale),
    translationGroup: isValidTranslationGroup(content.translationGroup),
    title: isValidTitle(content.title),
    body: isValidBody(content.body),
    stage: isValidStage(content.stage),
    products: tidyProducts(content.products) !== undefined,
    errorCodes: isValidErrorCodes(content.errorCodes),
    symptoms: isValidSymptoms(content.symptoms),
    tags: isValidTags(content.tags),
  };
  const problems: ArticleFieldProblems = {};
  for (const field of Object.keys(valid) as (keyof ArticleContent)[])
    if (!valid[field]) problems[field] = ARTICLE_FIELD_REASONS[field];
  return problems;
}

/** The content as it will be stored, or why it cannot be (the first field refused). */
export function checkContent(content: ArticleContent): ArticleContent | KnowledgeBaseRejection {
  const [problem] = Object.values(articleFieldProblems(content));
  if (problem) return reject(problem);
  return {
    slug: content.slug.trim(),
    locale: content.locale,
    translationGroup: content.translationGroup.trim(),
    title: tidyTitle(content.title),
    body: content.body.replace(/\r\n?/g, '\n').trimEnd(),
    products: tidyProducts(content.products)!,
    stage: content.stage.trim(),
    errorCodes: tidyList(content.errorCodes),
    symptoms: tidyList(content.symptoms),
    tags: tidyList(content.tags),
  };
}

export const isContentRejection = (
  checked: ArticleContent | KnowledgeBaseRejection,
): checked is KnowledgeBaseRejection => 'code' in checked;

/** Whether two contents are the same revision's worth of text. */
export const sameContent = (a: ArticleContent, b: ArticleContent): boolean => JSON.stringify(a) === JSON.stringify(b);

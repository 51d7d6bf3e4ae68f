/**
 * The editor's form: an article's content as the editor types it, how it becomes the api's
 * `ArticleInput`, and the checks the api makes (repeated here so a field can say what is wrong
 * before anything is sent; the api checks again and stays the judge).
 */
import type { ArticleContentFieldsFragment, ArticleInput, KnowledgeBaseLocale } from '../generated/graphql';

/** The content as the editor types it: every field of a revision's content, the translation group too. */
export type ArticleForm = ArticleContentFieldsFragment;

export const ARTICLE_LOCALES: readonly KnowledgeBaseLocale[] = ['fa', 'en', 'ja', 'vi'];

/** The api's limits (`CONTENT_LIMITS` in the knowledge-base library; a test keeps them equal). */
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

const SLUG = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;
const TRANSLATION_GROUP = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
export const STAGE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** The stages of the publisher's own FAQ; articles may add more. */
export const COMMON_STAGES = ['registration', 'installation', 'running', 'usage'] as const;

export type ArticleFieldReason =
  | 'KB_SLUG_INVALID'
  | 'KB_TRANSLATION_GROUP_INVALID'
  | 'KB_TITLE_INVALID'
  | 'KB_BODY_TOO_LONG'
  | 'KB_STAGE_INVALID'
  | 'KB_PRODUCTS_INVALID'
  | 'KB_ERROR_CODES_INVALID'
  | 'KB_SYMPTOMS_INVALID'
  | 'KB_TAGS_INVALID';

export type ArticleFieldErrors = Partial<Record<keyof ArticleForm, ArticleFieldReason>>;

export function emptyForm(locale: KnowledgeBaseLocale): ArticleForm {
  return { slug: '', locale, translationGroup: '', title: '', body: '', products: [], stage: '', errorCodes: [], symptoms: [], tags: [] };
}

export function formOf(revision: ArticleForm): ArticleForm {
  return {
    slug: revision.slug,
    locale: revision.locale,
    translationGroup: revision.translationGroup,
    title: revision.title,
    body: revision.body,
    products: revision.products.map(({ product, versions }) => ({ product, versions: [...versions] })),
    stage: revision.stage,
    errorCodes: [...revision.errorCodes],
    symptoms: [...revision.symptoms],
    tags: [...revision.tags],
  };
}

export const copyForm = (form: ArticleForm): ArticleForm => formOf(form);

/** What the api receives: trimmed values; an empty translation group becomes the slug. */
export function inputOf(form: ArticleForm): ArticleForm & ArticleInput {
  const slug = form.slug.trim();
  return {
    ...formOf(form),
    slug,
    translationGroup: form.translationGroup.trim() || slug,
    title: form.title.trim(),
    stage: form.stage.trim(),
    products: form.products
      .map(({ product, versions }) => ({ product: product.trim(), versions: versions.map((v) => v.trim()).filter(Boolean) }))
      .filter(({ product, versions }) => product.length > 0 || versions.length > 0),
  };
}

/** Whether two forms would save the same content. */
export const sameForm = (a: ArticleForm, b: ArticleForm): boolean => JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

const fits = (values: readonly string[], count: number, length: number) =>
  values.length <= count && values.every((value) => value.trim().length > 0 && value.trim().length <= length);

/** Each field the api would refuse, with the reason it would give. */
export function checkForm(form: ArticleForm): ArticleFieldErrors {
  const input = inputOf(form);
  const errors: ArticleFieldErrors = {};
  if (input.slug.length === 0 || input.slug.length > CONTENT_LIMITS.slug || !SLUG.test(input.slug)) errors.slug = 'KB_SLUG_INVALID';
  if (
    form.translationGroup.trim() &&
    (input.translationGroup.length > CONTENT_LIMITS.translationGroup || !TRANSLATION_GROUP.test(input.translationGroup))
  ) {
    errors.translationGroup = 'KB_TRANSLATION_GROUP_INVALID';
  }
  if (input.title.length === 0 || input.title.length > CONTENT_LIMITS.title) errors.title = 'KB_TITLE_INVALID';
  if (input.body.length > CONTENT_LIMITS.body) errors.body = 'KB_BODY_TOO_LONG';
  if (!STAGE_PATTERN.test(input.stage)) errors.stage = 'KB_STAGE_INVALID';
  const names = input.products.map(({ product }) => product);
  if (
    input.products.length > CONTENT_LIMITS.products ||
    new Set(names).size !== names.length ||
    input.products.some(
      ({ product, versions }) => product.length === 0 || product.length > CONTENT_LIMITS.productName || !fits(versions, CONTENT_LIMITS.versions, CONTENT_LIMITS.version),
    )
  ) {
    errors.products = 'KB_PRODUCTS_INVALID';
  }
  if (!fits(input.errorCodes, CONTENT_LIMITS.errorCodes, CONTENT_LIMITS.errorCode)) errors.errorCodes = 'KB_ERROR_CODES_INVALID';
  if (!fits(input.symptoms, CONTENT_LIMITS.symptoms, CONTENT_LIMITS.symptom)) errors.symptoms = 'KB_SYMPTOMS_INVALID';
  if (!fits(input.tags, CONTENT_LIMITS.tags, CONTENT_LIMITS.tag)) errors.tags = 'KB_TAGS_INVALID';
  return errors;
}

/** A slug suggested from a title in any script: `Error 1603 during setup` → `error-1603-during-setup`. */
export function slugFromTitle(title: string): string {
  return foldDigits(title.normalize('NFKC').toLowerCase())
    .replace(/[\u200c\p{Lm}]/gu, '')
    .replace(/[^\p{Ll}\p{Lo}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CONTENT_LIMITS.slug)
    .replace(/-+$/, '');
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function foldDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (digit) => String(Math.max(PERSIAN_DIGITS.indexOf(digit), ARABIC_DIGITS.indexOf(digit))));
}

/**
 * Text folded for the list's quick filter: NFKC, lowercase, Persian and Arabic-Indic digits as
 * ASCII, Arabic letter forms as Persian, no ZWNJ, tatweel or combining marks (so Vietnamese
 * matches with or without tones).
 */
export function foldForFilter(text: string): string {
  return foldDigits(text.normalize('NFKC').toLowerCase())
    .replace(/ك/g, 'ک')
    .replace(/[يى]/g, 'ی')
    .replace(/[\u200c\u0640]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');
}

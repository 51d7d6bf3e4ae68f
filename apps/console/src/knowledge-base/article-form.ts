/**
 * The editor's form: an article's content as the editor types it, how it becomes the api's
 * `ArticleInput`, and the knowledge base's own content rules (`@deskstream/knowledge-base-domain`)
 * run on it, so a field can say what is wrong before anything is sent; the api checks again and
 * stays the judge.
 */
import {
  CONTENT_LIMITS,
  LOCALES,
  articleFieldProblems,
  type ArticleFieldProblems,
  type Locale,
} from '@deskstream/knowledge-base-domain';
import type { ArticleContentFieldsFragment, ArticleInput } from '../generated/graphql';

/** The content as the editor types it: every field of a revision's content, the translation group too. */
export type ArticleForm = ArticleContentFieldsFragment;

/** The languages an article can be written in, in the order the console offers them. */
export const ARTICLE_LOCALES: readonly Locale[] = LOCALES;

/** The stages of the publisher's own FAQ; articles may add more. */
export const COMMON_STAGES = ['registration', 'installation', 'running', 'usage'] as const;

export function emptyForm(locale: Locale): ArticleForm {
  return {
    slug: '',
    locale,
    translationGroup: '',
    title: '',
    body: '',
    products: [],
    stage: '',
    errorCodes: [],
    symptoms: [],
    tags: [],
  };
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
      .map(({ product, versions }) => ({
        product: product.trim(),
        versions: versions.map((v) => v.trim()).filter(Boolean),
      }))
      .filter(({ product, versions }) => product.length > 0 || versions.length > 0),
  };
}

/** Whether two forms would save the same content. */
export const sameForm = (a: ArticleForm, b: ArticleForm): boolean =>
  JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

/**
 * Each field the api would refuse, with the reason it would give. A translation group left empty
 * is the slug's, so only the slug is blamed for it.
 */
export function checkForm(form: ArticleForm): ArticleFieldProblems {
  const problems = articleFieldProblems(inputOf(form));
  if (!form.translationGroup.trim()) delete problems.translationGroup;
  return problems;
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
  return text.replace(/[۰-۹٠-٩]/g, (digit) =>
    String(Math.max(PERSIAN_DIGITS.indexOf(digit), ARABIC_DIGITS.indexOf(digit))),
  );
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

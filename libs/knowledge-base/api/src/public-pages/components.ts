/**
 * Pieces several pages use: lists of article links, error codes as a language writes them, the
 * "not answered? ask us" form, a short description of an article for meta tags and result lists.
 * Forms post to the api and work without JavaScript; the client script takes them over when it runs.
 */
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';
import type { Locale } from '@deskstream/knowledge-base-domain';
import { html, type SafeHtml } from './html';
import { LOCALE_NAMES, directionOf, localizeDigits } from './locale';
import { PAGE_TEXTS } from './texts/index';
import { articlePath, askPath, errorCodePath } from './urls';

/** An error code as the reader's language writes it: digits-only codes in Persian digits for fa. */
export const codeText = (code: string, locale: Locale): string =>
  /^[0-9]+$/.test(code) ? localizeDigits(code, locale) : code;

/** An error code linking to its own page, isolated from the text around it (codes are left to right). */
export const codeLink = (code: string, locale: Locale): SafeHtml =>
  html`<a class="kb-code" href="${errorCodePath(code, locale)}"><bdi>${codeText(code, locale)}</bdi></a>`;

/** Language and direction attributes for text in another language than the page's. */
export const foreign = (textLocale: Locale, pageLocale: Locale): SafeHtml =>
  textLocale === pageLocale ? html`` : html` lang="${textLocale}" dir="${directionOf(textLocale)}"`;

export interface LinkItem {
  locale: Locale;
  slug: string;
  title: string;
}

/** A list of links to articles; those in another language say which. */
export function articleLinks(items: readonly LinkItem[], pageLocale: Locale, className = 'kb-links'): SafeHtml {
  return html`<ul class="${className}">
${items.map(
  (
    item,
  ) => html`<li><a href="${articlePath(item.locale, item.slug)}"${foreign(item.locale, pageLocale)}>${item.title}</a>${
    item.locale === pageLocale ? '' : html` <span class="kb-badge">${LOCALE_NAMES[item.locale]}</span>`
  }</li>
`,
)}</ul>`;
}

export const linkItem = (article: PublicArticle): LinkItem => ({
  locale: article.content.locale,
  slug: article.content.slug,
  title: article.content.title,
});

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

/** The text of sanitised HTML, cut to about `limit` characters at a word boundary. */
export function plainSummary(safeHtml: string, limit = 160): string {
  const text = safeHtml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  const cut = characters.slice(0, limit).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type Notice = 'asked' | 'voted' | 'voteFailed';

export interface AskFormInput {
  locale: Locale;
  articleId?: string;
  searchQuery?: string;
  /** What the reader wrote, shown again after a refusal. */
  values?: { question?: string; name?: string; email?: string };
  /** A refusal's reason (`KB_QUESTION_INVALID`, …), shown in the reader's language. */
  error?: string;
  asked?: boolean;
  /** The heading level: a section of a page (2) or the page itself (1). */
  level?: 1 | 2;
}

/** The error message for a refusal reason, or the general one. */
export function errorText(locale: Locale, reason: string | undefined): string {
  const errors = PAGE_TEXTS[locale].errors as Readonly<Record<string, string>>;
  return reason !== undefined && Object.hasOwn(errors, reason) ? errors[reason]! : errors['unknown']!;
}

export function askForm(input: AskFormInput): SafeHtml {
  const { locale } = input;
  const texts = PAGE_TEXTS[locale].ask;
  const values = input.values ?? {};
  const heading =
    input.level === 1
      ? html`<h1 id="kb-ask-title">${texts.title}</h1>`
      : html`<h2 id="kb-ask-title">${texts.title}</h2>`;
  return html`<section class="kb-ask" id="kb-ask" aria-labelledby="kb-ask-title">
${heading}
<p>${texts.intro}</p>
${input.asked ? html`<p class="kb-notice" role="status">${texts.thanks}</p>` : ''}${
    input.error ? html`<p class="ds-alert" role="alert">${errorText(locale, input.error)}</p>` : ''
  }
<form class="kb-ask__form" method="post" action="${askPath(locale)}" data-kb-ask>
${input.articleId ? html`<input type="hidden" name="articleId" value="${input.articleId}">` : ''}${
    input.searchQuery ? html`<input type="hidden" name="searchQuery" value="${input.searchQuery}">` : ''
  }
<label for="kb-ask-question">${texts.question}</label>
<textarea id="kb-ask-question" name="question" rows="4" minlength="3" maxlength="2000" required dir="auto">${values.question ?? ''}</textarea>
<div class="kb-ask__contact">
<p><label for="kb-ask-name">${texts.name}</label>
<input id="kb-ask-name" name="name" type="text" maxlength="80" autocomplete="name" dir="auto" value="${values.name ?? ''}"></p>
<p><label for="kb-ask-email">${texts.email}</label>
<input id="kb-ask-email" name="email" type="email" maxlength="254" autocomplete="email" dir="ltr" value="${values.email ?? ''}"></p>
</div>
<p><button class="ds-button" type="submit">${texts.submit}</button></p>
<p class="kb-form-status" role="status" aria-live="polite"></p>
</form>
</section>`;
}

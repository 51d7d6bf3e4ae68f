/**
 * One article as the public reads it: breadcrumb, title, when it was updated and how often read,
 * products and versions, stage, error codes, symptoms, the sanitised body, "was this helpful?",
 * the other languages it is written in (hreflang links and the switcher), related articles, and
 * "not answered? ask us". Its canonical address is `/kb/<locale>/<slug>`.
 */
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';
import type { Locale } from '@deskstream/knowledge-base-domain';
import { articleLinks, askForm, codeLink, foreign, linkItem, plainSummary, type Notice } from './components';
import { html, trustedHtml } from './html';
import { LOCALE_NAMES, fill, formatDate, formatNumber, localizeDigits } from './locale';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS, stageLabel } from './texts/index';
import { anchorId, articlePath, homePath, votePath } from './urls';

export interface ArticlePageData {
  article: PublicArticle;
  /** The body as sanitised HTML (the read model renders and caches it). */
  bodyHtml: string;
  /** Its published versions in other languages. */
  translations: readonly PublicArticle[];
  related: readonly PublicArticle[];
  views: number;
  notice?: Notice;
}

const LIST_SEPARATORS: Readonly<Record<Locale, string>> = { fa: '، ', en: ', ', ja: '、', vi: ', ' };

export function renderArticlePage(data: ArticlePageData, context: RenderContext): string {
  const { article } = data;
  const { content } = article;
  const locale = content.locale;
  const texts = PAGE_TEXTS[locale];
  const stage = stageLabel(texts, content.stage);
  const stageAnchor = `${homePath(locale)}#${anchorId(content.products[0]?.product ?? 'General', content.stage)}`;
  const path = articlePath(locale, content.slug);
  // Persian writes a version's dot as the decimal separator ٫ (۳٫۱).
  const versionText = (version: string) =>
    localizeDigits(locale === 'fa' ? version.replace(/(\d)\.(?=\d)/g, '$1٫') : version, locale);
  const versions = (list: readonly string[]) => list.map(versionText).join(LIST_SEPARATORS[locale]);

  const facts = html`<dl class="kb-facts">
${
  content.products.length
    ? html`<div><dt>${texts.article.products}</dt><dd><ul class="kb-inline-list">
${content.products.map(
  (
    entry,
  ) => html`<li>${entry.product}${entry.versions.length ? html` <span class="kb-muted">(${fill(texts.article.versions, { versions: versions(entry.versions) })})</span>` : ''}</li>
`,
)}</ul></dd></div>`
    : ''
}
<div><dt>${texts.article.stage}</dt><dd><a href="${stageAnchor}">${stage}</a></dd></div>
${
  content.errorCodes.length
    ? html`<div><dt>${texts.article.errorCodes}</dt><dd><ul class="kb-inline-list">${content.errorCodes.map((code) => html`<li>${codeLink(code, locale)}</li>`)}</ul></dd></div>`
    : ''
}
</dl>`;

  const helpful =
    data.notice === 'voted'
      ? html`<p class="kb-notice" role="status">${texts.article.voteThanks}</p>`
      : html`<form class="kb-helpful__form" method="post" action="${votePath(locale)}" data-kb-vote data-article-id="${article.id}">
<input type="hidden" name="articleId" value="${article.id}">
<button class="ds-button ds-button--quiet" type="submit" name="helpful" value="yes">${texts.article.yes}</button>
<button class="ds-button ds-button--quiet" type="submit" name="helpful" value="no">${texts.article.no}</button>
<label class="kb-helpful__comment">${texts.article.comment}<textarea name="comment" rows="2" maxlength="1000"></textarea></label>
<p class="kb-form-status" role="status" aria-live="polite">${data.notice === 'voteFailed' ? texts.article.voteFailed : ''}</p>
</form>`;

  const translations = data.translations.length
    ? html`<nav class="kb-translations" aria-labelledby="kb-translations-title">
<h2 id="kb-translations-title">${texts.article.translations}</h2>
<ul>
${data.translations.map(
  (other) =>
    html`<li><a href="${articlePath(other.content.locale, other.content.slug)}" hreflang="${other.content.locale}"><span class="kb-badge">${LOCALE_NAMES[other.content.locale]}</span> <span${foreign(other.content.locale, locale)}>${other.content.title}</span></a></li>
`,
)}</ul>
</nav>`
    : '';

  const main = html`<article class="kb-article" aria-labelledby="kb-article-title">
<nav class="kb-breadcrumb" aria-label="${texts.article.breadcrumb}">
<ol>
<li><a href="${homePath(locale)}">${texts.kbName}</a></li>
<li><a href="${stageAnchor}">${stage}</a></li>
<li aria-current="page">${content.title}</li>
</ol>
</nav>
<h1 id="kb-article-title">${content.title}</h1>
<p class="kb-meta"><span>${fill(texts.article.updated, { date: formatDate(article.publishedAt, locale) })}</span> · <span>${fill(texts.article.views, { count: formatNumber(data.views, locale) })}</span></p>
${facts}
${
  content.symptoms.length
    ? html`<section class="kb-symptoms" aria-labelledby="kb-symptoms-title">
<h2 id="kb-symptoms-title">${texts.article.symptoms}</h2>
<ul>
${content.symptoms.map(
  (symptom) => html`<li>${symptom}</li>
`,
)}</ul>
</section>`
    : ''
}
<div class="kb-body">
${trustedHtml(data.bodyHtml)}</div>
<section class="kb-helpful" id="kb-helpful" aria-labelledby="kb-helpful-title">
<h2 id="kb-helpful-title">${texts.article.helpful}</h2>
${helpful}
</section>
${translations}
${
  data.related.length
    ? html`<section class="kb-related" aria-labelledby="kb-related-title">
<h2 id="kb-related-title">${texts.article.related}</h2>
${articleLinks(data.related.map(linkItem), locale)}
</section>`
    : ''
}
</article>
${askForm({ locale, articleId: article.id, asked: data.notice === 'asked' })}`;

  const alternates = [article, ...data.translations].map((each) => ({
    locale: each.content.locale,
    path: articlePath(each.content.locale, each.content.slug),
  }));
  return renderLayout(
    {
      locale,
      title: content.title,
      description: plainSummary(data.bodyHtml) || content.title,
      canonicalPath: path,
      alternates: alternates.length > 1 ? alternates : [],
      languageLinks: alternates,
      main,
    },
    context,
  );
}

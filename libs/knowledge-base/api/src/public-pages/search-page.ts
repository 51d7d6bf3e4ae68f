/**
 * Search results without JavaScript: articles in the reader's language as the search ranks them
 * (exact error-code matches first), then matches in other languages; "nothing found" offers to
 * ask the question instead. Results pages are not indexed.
 */
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';
import { LOCALES, type Locale } from '@deskstream/knowledge-base-domain';
import { askForm, codeText, foreign } from './components';
import { html } from './html';
import { LOCALE_NAMES, fill, formatNumber } from './locale';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS } from './texts/index';
import { articlePath, searchPath } from './urls';

export interface SearchHitView {
  article: PublicArticle;
  exactErrorCode: boolean;
  summary: string;
}

export interface SearchPageData {
  locale: Locale;
  query: string;
  /** `empty`: nothing typed; `tooLong`: refused, the query is over `maxLength`. */
  state: 'empty' | 'tooLong' | 'results';
  maxLength: number;
  hits: readonly SearchHitView[];
  otherLanguages: readonly SearchHitView[];
  asked?: boolean;
}

function hitList(hits: readonly SearchHitView[], locale: Locale) {
  const texts = PAGE_TEXTS[locale];
  return html`<ol class="kb-results">
${hits.map(({ article, exactErrorCode, summary }) => {
  const { content } = article;
  return html`<li class="kb-result">
<h3><a href="${articlePath(content.locale, content.slug)}"${foreign(content.locale, locale)}>${content.title}</a>${
    content.locale === locale ? '' : html` <span class="kb-badge">${LOCALE_NAMES[content.locale]}</span>`
  }</h3>
${
  content.errorCodes.length
    ? html`<p class="kb-result__codes">${exactErrorCode ? html`<span class="kb-badge kb-badge--exact">${texts.searchPage.exactCode}</span> ` : ''}${content.errorCodes.map(
        (code) => html`<bdi class="kb-code">${codeText(code, locale)}</bdi> `,
      )}</p>`
    : ''
}<p${foreign(content.locale, locale)}>${summary}</p>
</li>
`;
})}</ol>`;
}

export function renderSearchPage(data: SearchPageData, context: RenderContext): string {
  const { locale, query } = data;
  const texts = PAGE_TEXTS[locale];
  const found = data.hits.length + data.otherLanguages.length;
  let body;
  if (data.state === 'empty') body = html`<p class="kb-muted">${texts.searchPage.empty}</p>`;
  else if (data.state === 'tooLong')
    body = html`<p class="ds-alert" role="alert">${fill(texts.searchPage.tooLong, { max: formatNumber(data.maxLength, locale) })}</p>`;
  else if (found === 0)
    body = html`<p class="kb-notice">${fill(texts.searchPage.none, { query })}</p>
<p class="kb-muted">${texts.searchPage.noneHint}</p>`;
  else
    body = html`<p class="kb-muted" role="status">${fill(texts.searchPage.count, { count: formatNumber(found, locale) })}</p>
${data.hits.length ? hitList(data.hits, locale) : ''}
${
  data.otherLanguages.length
    ? html`<h2>${texts.searchPage.otherLanguages}</h2>
${hitList(data.otherLanguages, locale)}`
    : ''
}`;

  const showQuery = data.state === 'results';
  const main = html`<section class="kb-search-page" aria-labelledby="kb-search-title">
<h1 id="kb-search-title">${showQuery ? fill(texts.searchPage.resultsFor, { query }) : texts.searchPage.title}</h1>
${body}
</section>
${data.state === 'results' && found === 0 ? askForm({ locale, searchQuery: query, asked: data.asked }) : askForm({ locale, asked: data.asked })}`;

  return renderLayout(
    {
      locale,
      title: showQuery ? fill(texts.searchPage.resultsFor, { query }) : texts.searchPage.title,
      description: texts.home.intro,
      languageLinks: LOCALES.map((other) => ({
        locale: other,
        path: searchPath(other, showQuery ? query : undefined),
      })),
      query: data.state === 'tooLong' ? Array.from(query).slice(0, data.maxLength).join('') : query,
      main,
    },
    context,
  );
}

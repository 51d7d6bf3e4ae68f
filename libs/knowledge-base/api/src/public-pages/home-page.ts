/**
 * The knowledge base's home in one language: every product with its stages (as the read model
 * groups them) and their articles, the error-code index, the newest and the most viewed questions,
 * and "ask us". Long stage lists show their first articles and fold the rest.
 */
import type { Locale } from '@deskstream/knowledge-base-domain';
import { articleLinks, askForm, codeText, type LinkItem } from './components';
import { html } from './html';
import { fill, formatNumber } from './locale';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS, stageLabel } from './texts/index';
import { LOCALES } from '@deskstream/knowledge-base-domain';
import { anchorId, articlePath, errorCodePath, homePath } from './urls';

/** Articles shown per stage before the rest are folded away. */
export const STAGE_PREVIEW = 10;

export interface HomePageData {
  locale: Locale;
  products: readonly { product: string; stages: readonly { stage: string; articles: readonly LinkItem[] }[] }[];
  errorCodes: readonly { code: string; articles: readonly LinkItem[] }[];
  newest: readonly LinkItem[];
  mostViewed: readonly { article: LinkItem; views: number }[];
  asked?: boolean;
}

export function renderHomePage(data: HomePageData, context: RenderContext): string {
  const { locale } = data;
  const texts = PAGE_TEXTS[locale];
  const count = (value: number) => formatNumber(value, locale);
  const products = data.products.map(
    ({ product, stages }) => html`<section class="kb-product" aria-labelledby="${anchorId(product)}">
<h3 id="${anchorId(product)}">${product}</h3>
<div class="kb-stages">
${stages.map(({ stage, articles }) => {
  const id = anchorId(product, stage);
  return html`<section class="kb-stage" id="${id}" aria-labelledby="${id}-title">
<h4 id="${id}-title">${stageLabel(texts, stage)} <span class="kb-count">(${count(articles.length)})</span></h4>
${articleLinks(articles.slice(0, STAGE_PREVIEW), locale)}
${
  articles.length > STAGE_PREVIEW
    ? html`<details><summary>${fill(texts.home.more, { count: count(articles.length - STAGE_PREVIEW) })}</summary>
${articleLinks(articles.slice(STAGE_PREVIEW), locale)}
</details>`
    : ''
}</section>
`;
})}</div>
</section>
`,
  );
  const codes = html`<ul class="kb-code-index">
${data.errorCodes.map(
  ({
    code,
    articles,
  }) => html`<li><a href="${errorCodePath(code, locale)}"><bdi class="kb-code">${codeText(code, locale)}</bdi></a> <span class="kb-count">${fill(texts.home.articleCount, { count: count(articles.length) })}</span></li>
`,
)}</ul>`;
  const mostViewed = data.mostViewed.length
    ? html`<ol class="kb-links">
${data.mostViewed.map(
  ({ article }) => html`<li><a href="${articlePath(article.locale, article.slug)}">${article.title}</a></li>
`,
)}</ol>`
    : html`<p class="kb-muted">${texts.home.noViews}</p>`;

  const main = html`<div class="kb-home">
<header class="kb-intro">
<h1>${texts.home.title}</h1>
<p>${texts.home.intro}</p>
</header>
${
  data.products.length === 0
    ? html`<p class="kb-muted">${texts.home.empty}</p>`
    : html`<div class="kb-home__columns">
<section class="kb-home__lists" aria-labelledby="kb-newest-title">
<h2 id="kb-newest-title">${texts.home.newest}</h2>
${articleLinks(data.newest, locale)}
<h2 id="kb-most-viewed-title">${texts.home.mostViewed}</h2>
${mostViewed}
</section>
<section class="kb-home__codes" id="error-codes" aria-labelledby="kb-codes-title">
<h2 id="kb-codes-title">${texts.home.errorCodes}</h2>
${codes}
</section>
</div>
<section class="kb-home__products" aria-labelledby="kb-products-title">
<h2 id="kb-products-title">${texts.home.byProduct}</h2>
${products}</section>`
}
${askForm({ locale, asked: data.asked })}
</div>`;

  return renderLayout(
    {
      locale,
      title: texts.home.title,
      description: texts.home.intro,
      canonicalPath: homePath(locale),
      alternates: LOCALES.map((other) => ({ locale: other, path: homePath(other) })),
      main,
    },
    context,
  );
}

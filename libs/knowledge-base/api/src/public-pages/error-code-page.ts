/**
 * The page of an error code with several articles in the reader's language (one article is a
 * redirect to it), or with articles only in other languages: a short list to choose from.
 */
import type { PublicArticle } from '@deskstream/knowledge-base-read-models';
import type { Locale } from '@deskstream/knowledge-base-domain';
import { articleLinks, askForm, codeText, linkItem } from './components';
import { html } from './html';
import { fill } from './locale';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS } from './texts/index';
import { errorCodePath } from './urls';

export interface ErrorCodePageData {
  locale: Locale;
  /** The code as the articles write it. */
  code: string;
  inLocale: readonly PublicArticle[];
  otherLanguages: readonly PublicArticle[];
}

export function renderErrorCodePage(data: ErrorCodePageData, context: RenderContext): string {
  const { locale, code } = data;
  const texts = PAGE_TEXTS[locale];
  const title = fill(texts.errorCode.title, { code: codeText(code, locale) });
  const main = html`<section class="kb-error-code" aria-labelledby="kb-error-code-title">
<h1 id="kb-error-code-title">${title}</h1>
${
  data.inLocale.length
    ? html`<p>${texts.errorCode.intro}</p>
${articleLinks(data.inLocale.map(linkItem), locale)}`
    : html`<p>${texts.errorCode.otherLanguages}</p>
${articleLinks(data.otherLanguages.map(linkItem), locale)}`
}
</section>
${askForm({ locale, searchQuery: code })}`;
  return renderLayout(
    {
      locale,
      title,
      description: `${title}: ${[...data.inLocale, ...data.otherLanguages].map((article) => article.content.title).join(' · ')}`,
      canonicalPath: data.inLocale.length ? errorCodePath(code, locale) : undefined,
      main,
    },
    context,
  );
}

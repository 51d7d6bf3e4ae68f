/**
 * What an unknown address shows, with a real 404 (or 400 for an address that cannot be read):
 * the same frame in the reader's language, a search box, and articles that match the words of the
 * address, if any.
 */
import type { Locale } from '@deskstream/knowledge-base-domain';
import { articleLinks, type LinkItem } from './components';
import { html } from './html';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS } from './texts/index';
import { homePath } from './urls';

export interface NotFoundPageData {
  locale: Locale;
  /** Articles whose words match the address. */
  suggestions: readonly LinkItem[];
  /** The address could not be read at all (bad encoding): 400 rather than 404. */
  unreadable?: boolean;
}

export function renderNotFoundPage(data: NotFoundPageData, context: RenderContext): string {
  const { locale } = data;
  const texts = PAGE_TEXTS[locale];
  const title = data.unreadable ? texts.badRequest.title : texts.notFound.title;
  const main = html`<section class="kb-not-found" aria-labelledby="kb-not-found-title">
<h1 id="kb-not-found-title">${title}</h1>
<p>${texts.notFound.body}</p>
${
  data.suggestions.length
    ? html`<h2>${texts.notFound.suggestions}</h2>
${articleLinks(data.suggestions, locale)}`
    : ''
}
<p><a class="ds-button" href="${homePath(locale)}">${texts.notFound.home}</a></p>
</section>`;
  return renderLayout({ locale, title, description: texts.notFound.body, main }, context);
}

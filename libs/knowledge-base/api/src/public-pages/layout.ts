/**
 * The frame every public page shares: the document head (title, description, canonical and
 * hreflang links, the built style sheet and script), a header with the search box and the
 * language switcher, the page's own content, a footer, and the few texts the script needs. The
 * document's language and direction are the page's: `dir="rtl"` for Persian.
 */
import type { Locale } from '@deskstream/knowledge-base-domain';
import { html, jsonForScript, type SafeHtml } from './html';
import { LOCALE_NAMES, directionOf } from './locale';
import { PAGE_TEXTS, type Texts } from './texts/index';
import { homePath, searchPath } from './urls';
import { LOCALES } from '@deskstream/knowledge-base-domain';

/** The built client files a page links to (addresses with their cache-busting part). */
export interface PageAssets {
  styles: readonly string[];
  scripts: readonly string[];
  modulePreloads: readonly string[];
}

export const NO_ASSETS: PageAssets = { styles: [], scripts: [], modulePreloads: [] };

/** What every render needs besides its data: where the site is and which files to link. */
export interface RenderContext {
  /** `https://help.example.org`, no trailing slash: canonical and hreflang links are absolute. */
  origin: string;
  assets: PageAssets;
}

export interface LanguageLink {
  locale: Locale;
  path: string;
}

export interface LayoutInput {
  locale: Locale;
  /** The page's own title; the site's name is added. */
  title: string;
  description: string;
  /** Absent for pages that should not be indexed (search results, errors). */
  canonicalPath?: string;
  /** The same page in other languages, for hreflang links (the page itself included). */
  alternates?: readonly LanguageLink[];
  /** Where the language switcher sends each language; the language's home when not given. */
  languageLinks?: readonly LanguageLink[];
  /** What the search box shows. */
  query?: string;
  main: SafeHtml;
}

/** The texts the client script shows, sent with the page so it carries no dictionary of its own. */
function clientConfig(locale: Locale, texts: Texts) {
  return {
    locale,
    graphqlPath: '/graphql',
    searchPath: searchPath(locale),
    languageNames: LOCALE_NAMES,
    texts: {
      ...texts.client,
      voteThanks: texts.article.voteThanks,
      voteFailed: texts.article.voteFailed,
      askThanks: texts.ask.thanks,
      exactCode: texts.searchPage.exactCode,
      tooLong: texts.errors.KB_QUERY_TOO_LONG,
      errors: texts.errors,
    },
  };
}

/** The portal's icon, inline: no request for /favicon.ico. */
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%231f5fbf'/%3E%3C/svg%3E";

export function renderLayout(input: LayoutInput, context: RenderContext): string {
  const { locale } = input;
  const texts = PAGE_TEXTS[locale];
  const absolute = (path: string) => `${context.origin}${path}`;
  const byLocale = new Map((input.languageLinks ?? []).map((link) => [link.locale, link.path]));
  const title = input.title === texts.siteName ? input.title : `${input.title} · ${texts.siteName}`;
  const alternates = input.alternates ?? [];
  const page = html`<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${ICON}">
<title>${title}</title>
<meta name="description" content="${input.description}">
${input.canonicalPath === undefined ? html`<meta name="robots" content="noindex, follow">` : html`<link rel="canonical" href="${absolute(input.canonicalPath)}">`}
${alternates.map(
  (link) => html`<link rel="alternate" hreflang="${link.locale}" href="${absolute(link.path)}">
`,
)}${context.assets.styles.map(
    (href) => html`<link rel="stylesheet" href="${href}">
`,
  )}${context.assets.modulePreloads.map(
    (href) => html`<link rel="modulepreload" href="${href}">
`,
  )}${context.assets.scripts.map(
    (src) => html`<script type="module" src="${src}"></script>
`,
  )}</head>
<body class="kb">
<a class="skip-link" href="#kb-main">${texts.skipToContent}</a>
<header class="kb-header">
<div class="kb-header__inner">
<a class="kb-brand" href="${homePath(locale)}">${texts.siteName} · ${texts.kbName}</a>
<form class="kb-search" role="search" action="${searchPath(locale)}" method="get" data-kb-search>
<label class="visually-hidden" for="kb-search-input">${texts.search.label}</label>
<input id="kb-search-input" class="kb-search__input" type="search" name="q" value="${input.query ?? ''}" placeholder="${texts.search.placeholder}" maxlength="200" autocomplete="off" spellcheck="false" dir="auto">
<button class="ds-button" type="submit">${texts.search.button}</button>
<div class="kb-suggest" hidden><p class="kb-suggest__status" role="status" aria-live="polite"></p><ul class="kb-suggest__list" id="kb-suggest-list" role="listbox" aria-label="${texts.search.label}"></ul></div>
</form>
<nav class="kb-languages" aria-label="${texts.languages}">
<ul>
${LOCALES.map((other) => {
  const current = other === locale;
  return html`<li><a href="${byLocale.get(other) ?? homePath(other)}" hreflang="${other}" lang="${other}" dir="${directionOf(other)}" data-kb-locale="${other}"${current ? html` aria-current="true"` : ''}>${LOCALE_NAMES[other]}</a></li>
`;
})}</ul>
</nav>
</div>
</header>
<main id="kb-main" class="kb-main">
${input.main}
</main>
<footer class="kb-footer">
<p>${texts.footer}</p>
<p><a href="/">${texts.portalHome}</a> · <a href="${homePath(locale)}">${texts.kbName}</a></p>
</footer>
<script type="application/json" id="kb-config">${jsonForScript(clientConfig(locale, texts))}</script>
</body>
</html>
`;
  return page.value;
}

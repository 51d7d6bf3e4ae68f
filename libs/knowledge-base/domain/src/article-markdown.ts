/**
 * How an article body written in Markdown becomes HTML, wherever it is shown: the public pages
 * and the api render it on the server (sanitised with sanitize-html), the console's editor
 * previews it in the browser (sanitised with DOMPurify), both from this one configuration.
 *
 * markdown-it renders with raw HTML off (it comes out as text) and only safe links: http(s),
 * mailto or relative; images only https or relative (no `data:`), lazily loaded, and at most
 * `MAX_IMAGES` of them — the rest become links. Then a sanitiser keeps only
 * `ARTICLE_HTML_ALLOW_LIST`: its elements, its attributes per element, its URL rules, classes
 * and styles; `rel` is set on links that leave the site and images get `IMAGE_STYLE`.
 * Deterministic: the same Markdown always gives the same HTML, so rebuilt read models serve
 * identical pages.
 */
import MarkdownIt, { type MarkdownIt as ArticleMarkdown } from 'markdown-it';

export const MAX_IMAGES = 20;

/** URLs a link may have: http(s), mailto, a path on the site (not `//host`), a fragment, or relative. */
export const SAFE_LINK_URL = /^(?:https?:|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;
/** URLs an image may have: https, or a path on the site. */
export const SAFE_IMAGE_URL = /^(?:https:|\/(?!\/))/i;
/** A URL that names a scheme (`javascript:`, `data:`…). */
export const URL_WITH_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link target may be kept: a safe URL, or one with no scheme at all (relative). */
export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  return SAFE_LINK_URL.test(trimmed) || !URL_WITH_SCHEME.test(trimmed);
}

export const isSafeImageUrl = (url: string): boolean => SAFE_IMAGE_URL.test(url);

/** The style every kept image carries: scaled to the page's width. */
export const IMAGE_STYLE = 'max-width:100%;height:auto';

/** The `rel` of a link that leaves the site (`href` matching `external`). */
export const EXTERNAL_LINK = { external: /^https?:/i, rel: 'nofollow noopener noreferrer' } as const;

/**
 * What survives sanitising, as data: the server builds sanitize-html's options from it, the
 * console DOMPurify's. Anything else is escaped (elements) or dropped (attributes).
 */
export const ARTICLE_HTML_ALLOW_LIST = {
  elements: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    's',
    'del',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'kbd',
    'sup',
    'sub',
  ],
  attributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'loading', 'decoding', 'style'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    code: ['class'],
  },
  /** URL schemes allowed in `href` and `src`; relative URLs are allowed, protocol-relative (`//host`) ones are not. */
  urlSchemes: ['http', 'https', 'mailto'],
  urlSchemesByElement: { img: ['https'] },
  allowProtocolRelative: false,
  classes: { code: [/^language-[a-z0-9-]+$/] },
  styles: {
    img: { 'max-width': [/^100%$/], height: [/^auto$/] },
    th: { 'text-align': [/^(?:left|right|center)$/] },
    td: { 'text-align': [/^(?:left|right|center)$/] },
  },
  /** Elements that are not allowed are shown as text, not silently removed. */
  disallowedElements: 'escape',
} as const;

/** A markdown-it configured for article bodies. Render with a fresh `env` object (`md.render(body, {})`): it counts images. */
export function createArticleMarkdown(): ArticleMarkdown {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  // Only what we allow survives parsing; everything else stays visible as text.
  markdown.validateLink = isSafeLinkUrl;

  const defaultImage = markdown.renderer.rules.image!;
  markdown.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const src = String(token.attrGet('src') ?? '');
    const counter = env as { images?: number };
    counter.images = (counter.images ?? 0) + 1;
    if (counter.images > MAX_IMAGES || !isSafeImageUrl(src)) {
      const alt = markdown.utils.escapeHtml(token.content || src);
      return isSafeImageUrl(src) ? `<a href="${markdown.utils.escapeHtml(src)}">${alt}</a>` : alt;
    }
    token.attrSet('loading', 'lazy');
    token.attrSet('decoding', 'async');
    return defaultImage(tokens, index, options, env, self);
  };
  return markdown;
}

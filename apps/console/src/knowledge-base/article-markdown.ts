/**
 * The editor's live preview of an article body, rendered by the same rules as the public pages
 * (`renderArticleBody` in the knowledge-base library, which runs on the api): markdown-it with raw
 * HTML off and only safe links, then an allow-list of elements and attributes. The library's
 * renderer cannot run in the browser (it brings the api's modules along), so this file repeats
 * its rules over DOMPurify; `article-markdown.test.ts` renders the same Markdown through both and
 * expects the same HTML, so the two cannot drift apart unnoticed.
 */
import DOMPurify, { type Config } from 'dompurify';
import MarkdownIt from 'markdown-it';

export const MAX_IMAGES = 20;
const SAFE_LINK = /^(?:https?:|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;
const SAFE_IMAGE = /^(?:https:|\/(?!\/))/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Relative links, and absolute ones only over http(s) or mailto, as the public side allows. */
const ALLOWED_HREF = /^(?:https?:|mailto:|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.:-]|$))/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.validateLink = (url: string) => {
  const trimmed = url.trim();
  return SAFE_LINK.test(trimmed) || !HAS_SCHEME.test(trimmed);
};

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const src = String(token.attrGet('src') ?? '');
  const counter = env as { images?: number };
  counter.images = (counter.images ?? 0) + 1;
  if (counter.images > MAX_IMAGES || !SAFE_IMAGE.test(src)) {
    const alt = markdown.utils.escapeHtml(token.content || src);
    return SAFE_IMAGE.test(src) ? `<a href="${markdown.utils.escapeHtml(src)}">${alt}</a>` : alt;
  }
  token.attrSet('loading', 'lazy');
  token.attrSet('decoding', 'async');
  return defaultImage(tokens, index, options, env, self);
};

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'kbd', 'sup', 'sub',
];
const ATTRIBUTES_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'loading', 'decoding', 'style'],
  ol: ['start'],
  th: ['style'],
  td: ['style'],
  code: ['class'],
};
const CELL_STYLE = /^text-align:\s*(?:left|right|center);?$/i;
const CODE_CLASS = /^language-[a-z0-9-]+$/;
const IMAGE_STYLE = 'max-width:100%;height:auto';

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...new Set(Object.values(ATTRIBUTES_BY_TAG).flat())],
  ALLOWED_URI_REGEXP: ALLOWED_HREF,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify of our own (its hooks never touch another user of the library). */
function sanitizer(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    const name = data.attrName;
    const value = data.attrValue.trim();
    let keep = ATTRIBUTES_BY_TAG[tag]?.includes(name) ?? false;
    if (keep && tag === 'a' && name === 'href') keep = !value.startsWith('//') && (SAFE_LINK.test(value) || !HAS_SCHEME.test(value));
    if (keep && tag === 'img' && name === 'src') keep = SAFE_IMAGE.test(value);
    if (keep && (tag === 'th' || tag === 'td') && name === 'style') keep = CELL_STYLE.test(value);
    if (keep && tag === 'code' && name === 'class') keep = CODE_CLASS.test(value);
    if (!keep) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (element.nodeName === 'A') {
      if (/^https?:/i.test(element.getAttribute('href') ?? '')) element.setAttribute('rel', 'nofollow noopener noreferrer');
      else element.removeAttribute('rel');
    }
    if (element.nodeName === 'IMG') {
      if (!element.hasAttribute('src')) element.remove();
      else element.setAttribute('style', IMAGE_STYLE);
    }
  });
  purifier = instance;
  return instance;
}

/** Safe HTML from HTML of unknown origin, by the public side's allow-list. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizer().sanitize(html, CONFIG) as string;
}

/** Safe HTML for an article body written in Markdown, as the public will see it. */
export function renderArticlePreview(body: string): string {
  return sanitizeArticleHtml(markdown.render(body, {}));
}

/**
 * Article bodies are Markdown, rendered and sanitised every time they are shown (the store keeps
 * what the editor wrote). markdown-it renders with raw HTML off (it comes out as text), then
 * sanitize-html keeps only an allow-list of elements and attributes. Links may only be http(s),
 * mailto or relative; images only https or relative (no `data:`), lazily loaded, scaled to the
 * page width, and at most `MAX_IMAGES` of them — the rest become links. Deterministic: the same
 * Markdown always gives the same HTML, so rebuilt read models serve identical pages.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export const MAX_IMAGES = 20;
const SAFE_LINK = /^(?:https?:|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;
const SAFE_IMAGE = /^(?:https:|\/(?!\/))/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
// Only what we allow survives parsing; everything else stays visible as text.
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

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'kbd', 'sup', 'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'loading', 'decoding', 'style'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    code: ['class'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
  allowedStyles: {
    img: { 'max-width': [/^100%$/], height: [/^auto$/] },
    th: { 'text-align': [/^(?:left|right|center)$/] },
    td: { 'text-align': [/^(?:left|right|center)$/] },
  },
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'nofollow noopener noreferrer' } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, style: 'max-width:100%;height:auto' } }),
  },
  disallowedTagsMode: 'escape',
};
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

/** Safe HTML for an article body written in Markdown. */
export function renderArticleBody(body: string): string {
  return sanitizeHtml(markdown.render(body, {}), SANITIZE);
}

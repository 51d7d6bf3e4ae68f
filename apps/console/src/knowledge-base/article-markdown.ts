/**
 * The editor's live preview of an article body, rendered by the knowledge base's own rules
 * (`@deskstream/knowledge-base-domain`): its markdown-it setup (raw HTML off, only safe links,
 * at most `MAX_IMAGES` images), then DOMPurify configured from its allow-list — the same list the
 * api builds its sanitiser from, so the preview shows what the public pages will.
 */
import {
  ARTICLE_HTML_ALLOW_LIST,
  EXTERNAL_LINK,
  IMAGE_STYLE,
  URL_WITH_SCHEME,
  createArticleMarkdown,
} from '@deskstream/knowledge-base-domain';
import DOMPurify, { type Config } from 'dompurify';

const markdown = createArticleMarkdown();

const allow = ARTICLE_HTML_ALLOW_LIST;
type AllowedTag = keyof typeof allow.attributes;
const attributesOf = (tag: string): readonly string[] => allow.attributes[tag as AllowedTag] ?? [];
const schemesOf = (tag: string): readonly string[] =>
  allow.urlSchemesByElement[tag as keyof typeof allow.urlSchemesByElement] ?? allow.urlSchemes;
const classesOf = (tag: string): readonly RegExp[] => allow.classes[tag as keyof typeof allow.classes] ?? [];
const stylesOf = (tag: string): Readonly<Record<string, readonly RegExp[]>> =>
  allow.styles[tag as keyof typeof allow.styles] ?? {};

/** A URL the element may point to: relative (never `//host` unless allowed), or with one of its schemes. */
function allowedUrl(tag: string, url: string): boolean {
  if (url.startsWith('//')) return allow.allowProtocolRelative;
  if (!URL_WITH_SCHEME.test(url)) return true;
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  return schemesOf(tag).includes(scheme);
}

/** Every declaration of the style is a property the element may have, with an allowed value. */
function allowedStyle(tag: string, style: string): boolean {
  const declarations = style
    .split(';')
    .map((each) => each.trim())
    .filter(Boolean);
  const allowed = stylesOf(tag);
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const colon = declaration.indexOf(':');
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      return colon > 0 && (allowed[property] ?? []).some((pattern) => pattern.test(value));
    })
  );
}

function allowedAttribute(tag: string, name: string, value: string): boolean {
  if (!attributesOf(tag).includes(name)) return false;
  if (name === 'href' || name === 'src') return allowedUrl(tag, value);
  if (name === 'class') return value.split(/\s+/).every((each) => classesOf(tag).some((pattern) => pattern.test(each)));
  if (name === 'style') return allowedStyle(tag, value);
  return true;
}

const schemes = [...new Set([...allow.urlSchemes, ...Object.values(allow.urlSchemesByElement).flat()])];

const CONFIG: Config = {
  ALLOWED_TAGS: [...allow.elements],
  ALLOWED_ATTR: [...new Set(Object.values(allow.attributes).flat())],
  // DOMPurify's own URL check, before ours per element: the allowed schemes, or no scheme at all.
  ALLOWED_URI_REGEXP: new RegExp(`^(?:(?:${schemes.join('|')}):|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.:-]|$))`, 'i'),
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
    if (!allowedAttribute(node.nodeName.toLowerCase(), data.attrName, data.attrValue.trim())) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (element.nodeName === 'A') {
      if (EXTERNAL_LINK.external.test(element.getAttribute('href') ?? ''))
        element.setAttribute('rel', EXTERNAL_LINK.rel);
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

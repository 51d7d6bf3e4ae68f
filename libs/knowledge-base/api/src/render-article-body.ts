/**
 * Article bodies as the server shows them: rendered with the domain's markdown-it setup, then
 * sanitised by sanitize-html with the domain's allow-list (the console previews with the same
 * setup and list over DOMPurify). Bodies are rendered every time they are shown (the store keeps
 * what the editor wrote) and cached per revision by the read model.
 */
import sanitizeHtml from 'sanitize-html';
import {
  ARTICLE_HTML_ALLOW_LIST as ALLOW,
  EXTERNAL_LINK,
  IMAGE_STYLE,
  createArticleMarkdown,
} from '@deskstream/knowledge-base-domain';
import { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';

const markdown = createArticleMarkdown();

const copy = <T>(table: Readonly<Record<string, readonly T[]>>): Record<string, T[]> =>
  Object.fromEntries(Object.entries(table).map(([key, values]) => [key, [...values]]));

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOW.elements],
  allowedAttributes: copy(ALLOW.attributes),
  allowedSchemes: [...ALLOW.urlSchemes],
  allowedSchemesByTag: copy(ALLOW.urlSchemesByElement),
  allowProtocolRelative: ALLOW.allowProtocolRelative,
  allowedClasses: copy(ALLOW.classes),
  allowedStyles: Object.fromEntries(Object.entries(ALLOW.styles).map(([element, styles]) => [element, copy(styles)])),
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: EXTERNAL_LINK.external.test(attribs.href ?? '') ? { ...attribs, rel: EXTERNAL_LINK.rel } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, style: IMAGE_STYLE } }),
  },
  disallowedTagsMode: ALLOW.disallowedElements,
};

/** Safe HTML for an article body written in Markdown. */
export function renderArticleBody(body: string): string {
  return sanitizeHtml(markdown.render(body, {}), SANITIZE);
}

/** The knowledge base's read model, rendering bodies safely. */
export const knowledgeBaseReadModel = (): KnowledgeBaseReadModel => new KnowledgeBaseReadModel(renderArticleBody);

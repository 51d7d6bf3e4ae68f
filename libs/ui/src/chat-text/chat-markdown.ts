/**
 * Agents' chat formatting — bold, italic, links, lists, inline code — written Markdown-ish in
 * the console's reply box and turned into Vue nodes here, never into HTML: raw HTML in a
 * message stays text, and only http(s) and mailto links become links (a `javascript:` link
 * stays its plain text). Parsed by markdown-it with every other rule off. The console and the
 * portal's chat both show agents' messages with it.
 */
import MarkdownIt from 'markdown-it';
import { h, type VNode, type VNodeArrayChildren } from 'vue';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function isSafeHref(href: string): boolean {
  // Control characters and spaces inside a scheme are a classic way round naive checks.
  // eslint-disable-next-line no-control-regex
  return SAFE_LINK.test(href) && !/[\u0000-\u0020\u007f]/u.test(href);
}

const markdown = new MarkdownIt('zero', { html: false, linkify: true, breaks: true, typographer: false });
markdown.enable(['list', 'emphasis', 'link', 'autolink', 'linkify', 'newline', 'backticks', 'escape']);
markdown.validateLink = (url: string) => isSafeHref(url.trim());

const LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer nofollow' };

interface Open {
  tag: string | null;
  props: Record<string, unknown>;
  children: VNodeArrayChildren;
}

function build(tokens: readonly Token[], into: VNodeArrayChildren): void {
  const stack: Open[] = [{ tag: null, props: {}, children: into }];
  const top = () => stack[stack.length - 1]!;
  const open = (tag: string | null, props: Record<string, unknown> = {}) => stack.push({ tag, props, children: [] });
  const close = () => {
    const done = stack.pop()!;
    if (stack.length === 0) {
      stack.push(done);
      return;
    }
    if (done.tag === null) top().children.push(...done.children);
    else top().children.push(h(done.tag, done.props, done.children));
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'inline':
        build(token.children ?? [], top().children);
        break;
      // Each block takes its direction from its own text: a Persian answer may hold an English line.
      case 'paragraph_open':
        open(token.hidden ? null : 'p', { dir: 'auto' });
        break;
      case 'bullet_list_open':
        open('ul', { dir: 'auto' });
        break;
      case 'ordered_list_open': {
        const start = Number(token.attrGet('start') ?? 1);
        open('ol', Number.isInteger(start) && start !== 1 ? { dir: 'auto', start } : { dir: 'auto' });
        break;
      }
      case 'list_item_open':
        open('li');
        break;
      case 'strong_open':
        open('strong');
        break;
      case 'em_open':
        open('em');
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        open(isSafeHref(href) ? 'a' : null, isSafeHref(href) ? { href, ...LINK_ATTRS } : {});
        break;
      }
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        close();
        break;
      case 'softbreak':
      case 'hardbreak':
        top().children.push(h('br'));
        break;
      case 'code_inline':
        top().children.push(h('code', token.content));
        break;
      default:
        if (token.content) top().children.push(token.content);
    }
  }
  while (stack.length > 1) close();
}

/** The message as Vue nodes (paragraphs, lists, strong, em, links, code, line breaks, text). */
export function renderChatMarkdown(text: string): VNode[] {
  const children: VNodeArrayChildren = [];
  build(markdown.parse(text, {}), children);
  return children.map((child) => (typeof child === 'string' ? h('span', child) : (child as VNode)));
}

import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatFormattedText from './ChatFormattedText.vue';
import { isSafeHref, renderChatMarkdown } from './chat-markdown';

const html = (text: string) => mount(ChatFormattedText, { props: { text } }).html({ raw: true });

describe('ChatFormattedText', () => {
  it('shows bold, italic, links, lists, code and line breaks', () => {
    const wrapper = mount(ChatFormattedText, {
      props: {
        text: 'The **reading room** is *open*.\nSee [our hours](https://library.example/hours).\n\n- first\n- second\n\n1. one\n2. two\n\nType `1603`.',
      },
    });
    expect(wrapper.get('strong').text()).toBe('reading room');
    expect(wrapper.get('em').text()).toBe('open');
    expect(wrapper.find('p br').exists()).toBe(true);
    const link = wrapper.get('a');
    expect(link.attributes()).toMatchObject({
      href: 'https://library.example/hours',
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
    });
    expect(link.text()).toBe('our hours');
    expect(wrapper.findAll('ul li').map((item) => item.text())).toEqual(['first', 'second']);
    expect(wrapper.findAll('ol li').map((item) => item.text())).toEqual(['one', 'two']);
    expect(wrapper.get('code').text()).toBe('1603');
  });

  it('links bare web addresses and email addresses', () => {
    const wrapper = mount(ChatFormattedText, {
      props: { text: 'Write to help@library.example or see https://library.example/hours' },
    });
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      'mailto:help@library.example',
      'https://library.example/hours',
    ]);
  });

  it('keeps HTML as text and builds no element from it', () => {
    const wrapper = mount(ChatFormattedText, {
      props: { text: '<script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold?</b>' },
    });
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('b').exists()).toBe(false);
    expect(wrapper.text()).toBe('<script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold?</b>');
    expect(html('<script>x</script>')).toContain('&lt;script&gt;');
  });

  it('refuses javascript:, data: and other unsafe links, leaving their text', () => {
    for (const text of [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](  javascript:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      '[click](vbscript:msgbox(1))',
      '[click](/relative/path)',
      '<javascript:alert(1)>',
    ]) {
      const wrapper = mount(ChatFormattedText, { props: { text } });
      expect(wrapper.find('a').exists(), text).toBe(false);
      expect(wrapper.text(), text).toMatch(/click|javascript:alert/);
    }
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false);
    expect(isSafeHref('https://ok.example/a b')).toBe(false);
    expect(isSafeHref('mailto:reza@example.ir')).toBe(true);
  });

  it('writes right-to-left text in its own direction, each paragraph and list by its own text', () => {
    const wrapper = mount(ChatFormattedText, {
      props: { text: 'کتاب **بوف کور** موجود است.\n\nCall number: PIR 8223\n\n- طبقه دوم\n\n3. third' },
    });
    expect(wrapper.attributes('dir')).toBe('auto');
    expect(wrapper.get('strong').text()).toBe('بوف کور');
    expect(wrapper.findAll('p, ul, ol').map((block) => `${block.element.tagName}:${block.attributes('dir')}`)).toEqual([
      'P:auto',
      'P:auto',
      'UL:auto',
      'OL:auto',
    ]);
    expect(wrapper.get('ol').attributes('start')).toBe('3');
  });

  it('leaves unfinished marks and other Markdown (headings, images, tables, quotes) as typed', () => {
    const text =
      '# Not a heading\n\n> not a quote\n\n![not an image](https://library.example/x.png) **unclosed\n\n| a | b |\n|---|---|';
    const wrapper = mount(ChatFormattedText, { props: { text } });
    for (const tag of ['h1', 'blockquote', 'img', 'table', 'strong'])
      expect(wrapper.find(tag).exists(), tag).toBe(false);
    expect(wrapper.text()).toContain('# Not a heading');
    expect(wrapper.text()).toContain('**unclosed');
  });
});

describe('renderChatMarkdown', () => {
  it('gives Vue nodes, one per block, with formatting nested inside', () => {
    const nodes = renderChatMarkdown('Read **chapter *two***.\n\n- a [link](mailto:desk@library.example)');
    expect(nodes.map((node) => node.type)).toEqual(['p', 'ul']);
    const paragraph = nodes[0]!.children as unknown[];
    expect(paragraph.map((child) => (typeof child === 'string' ? child : (child as { type: string }).type))).toEqual([
      'Read ',
      'strong',
      '.',
    ]);
  });
});

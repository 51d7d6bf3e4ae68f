import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatRichText from './ChatRichText.vue';
import { isSafeHref } from './chat-markdown';

const html = (text: string) => mount(ChatRichText, { props: { text } }).html({ raw: true });

describe('ChatRichText', () => {
  it('shows bold, italic, links, lists, code and line breaks', () => {
    const wrapper = mount(ChatRichText, {
      props: { text: 'The **reading room** is *open*.\nSee [our hours](https://library.example/hours).\n\n- first\n- second\n\n1. one\n2. two\n\nType `1603`.' },
    });
    expect(wrapper.get('strong').text()).toBe('reading room');
    expect(wrapper.get('em').text()).toBe('open');
    expect(wrapper.find('p br').exists()).toBe(true);
    const link = wrapper.get('a');
    expect(link.attributes()).toMatchObject({ href: 'https://library.example/hours', target: '_blank', rel: 'noopener noreferrer nofollow' });
    expect(link.text()).toBe('our hours');
    expect(wrapper.findAll('ul li').map((item) => item.text())).toEqual(['first', 'second']);
    expect(wrapper.findAll('ol li').map((item) => item.text())).toEqual(['one', 'two']);
    expect(wrapper.get('code').text()).toBe('1603');
  });

  it('links bare web addresses and email addresses', () => {
    const wrapper = mount(ChatRichText, { props: { text: 'Write to help@library.example or see https://library.example/hours' } });
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual(['mailto:help@library.example', 'https://library.example/hours']);
  });

  it('keeps HTML as text and builds no element from it', () => {
    const wrapper = mount(ChatRichText, { props: { text: '<script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold?</b>' } });
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
      const wrapper = mount(ChatRichText, { props: { text } });
      expect(wrapper.find('a').exists(), text).toBe(false);
      expect(wrapper.text(), text).toMatch(/click|javascript:alert/);
    }
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false);
    expect(isSafeHref('https://ok.example/a b')).toBe(false);
    expect(isSafeHref('mailto:reza@example.ir')).toBe(true);
  });

  it('writes right-to-left text in its own direction', () => {
    const wrapper = mount(ChatRichText, { props: { text: 'کتاب **بوف کور** موجود است.' } });
    expect(wrapper.attributes('dir')).toBe('auto');
    expect(wrapper.get('strong').text()).toBe('بوف کور');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, trustedHtml } from './html';

describe('html templates', () => {
  it('escape every interpolated value, in text and in attributes', () => {
    const title = '<script>alert("x")</script> & \'quotes\'';
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keep nested templates and trusted HTML as they are, join lists and drop empty values', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
    expect(html`<div>${trustedHtml('<p>safe</p>')}</div>`.value).toBe('<div><p>safe</p></div>');
  });

  it('write JSON that cannot close its script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>', amp: '&', line: '\u2028' }).value;
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>', amp: '&', line: '\u2028' });
  });
});

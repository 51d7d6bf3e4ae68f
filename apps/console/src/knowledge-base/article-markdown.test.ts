// @vitest-environment jsdom
// DOMPurify needs a DOM whose NodeIterator survives removals (happy-dom's stops), as browsers' does.
import { MAX_IMAGES } from '@deskstream/knowledge-base-domain';
import { describe, expect, it } from 'vitest';
import { renderArticlePreview, sanitizeArticleHtml } from './article-markdown';

/** What could run or leave the page: script-like elements, event handlers, links that are not http(s), mailto or relative. */
function dangers(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const element of template.content.querySelectorAll('*')) {
    if (/^(?:script|iframe|object|embed|svg|style|form)$/i.test(element.tagName)) found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName}[${attribute.name}]`);
      if (
        /^(?:href|src)$/i.test(attribute.name) &&
        !/^(?:https?:|mailto:|\/(?!\/)|#|\.{0,2}\/|[^:]*$)/i.test(attribute.value.trim())
      ) {
        found.push(`${element.tagName}[${attribute.name}=${attribute.value}]`);
      }
    }
  }
  return found;
}

const SAMPLES = {
  headings: '# Error 1603\n\n## Solution\n\nRun **setup** again _as administrator_.',
  lists: '1. Close every program.\n2. Copy `Data2.cab` to the disk.\n\n- one\n- two\n\n3) three',
  persian: '## راه حل\n\nبرنامه را با دسترسی **مدیر** اجرا کنید: «خطای ۱۶۰۳».',
  links:
    '[the help page](https://example.org/help "Help") and [a section](#fix) and [relative](../kb/en/x) and mail@example.org and https://example.org/auto',
  code: '```powershell\nmsiexec /i setup.msi /l*v log.txt\n```\n\nInline `code` and <kbd>Ctrl</kbd>.',
  table: '| Code | Meaning |\n| :--- | ---: |\n| 1603 | fatal error |\n| 1608 | &amp; "quoted" |',
  images:
    '![disc](https://example.org/disc.png "The disc") ![local](/images/x.png) ![insecure](http://example.org/x.png)',
  quote: '> Setup failed.\n\n---\n\nLine one  \nline two ~~old~~',
  script:
    '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  javascriptLinks:
    '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [proto](//evil.example/x)',
  dataImage: '![big](data:image/png;base64,AAAA)',
};

describe('renderArticlePreview', () => {
  it('renders headings, emphasis, lists, code, tables, quotes and safe links', () => {
    expect(renderArticlePreview(SAMPLES.headings)).toContain(
      '<h2>Solution</h2>\n<p>Run <strong>setup</strong> again <em>as administrator</em>.</p>',
    );
    expect(renderArticlePreview(SAMPLES.lists)).toContain('<li>Copy <code>Data2.cab</code> to the disk.</li>');
    expect(renderArticlePreview(SAMPLES.persian)).toContain('<strong>مدیر</strong>');
    const links = renderArticlePreview(SAMPLES.links);
    expect(links).toContain(
      '<a href="https://example.org/help" title="Help" rel="nofollow noopener noreferrer">the help page</a>',
    );
    expect(links).toContain('<a href="#fix">a section</a>');
    expect(links).toContain('<a href="../kb/en/x">relative</a>');
    expect(links).toContain('<a href="mailto:mail@example.org">mail@example.org</a>');
    expect(renderArticlePreview(SAMPLES.code)).toContain('<pre><code class="language-powershell">');
    expect(renderArticlePreview(SAMPLES.table)).toContain('<td style="text-align:right">fatal error</td>');
    expect(renderArticlePreview(SAMPLES.quote)).toMatch(/<blockquote>[\s\S]*<hr>[\s\S]*<s>old<\/s>/);
  });

  it('keeps https and site images, scaled and lazy; others become text', () => {
    const html = renderArticlePreview(SAMPLES.images);
    expect(html).toContain(
      '<img src="https://example.org/disc.png" alt="disc" title="The disc" loading="lazy" decoding="async" style="max-width:100%;height:auto">',
    );
    expect(html).toContain('<img src="/images/x.png"');
    expect(html).not.toContain('http://example.org/x.png"');
  });

  it('shows at most MAX_IMAGES images: the ones past the limit become links', () => {
    const body = Array.from(
      { length: MAX_IMAGES + 2 },
      (_, index) => `![p${index}](https://example.org/${index}.png)`,
    ).join('\n\n');
    const html = renderArticlePreview(body);
    expect(html.match(/<img /g)).toHaveLength(MAX_IMAGES);
    expect(html).toContain(
      `<a href="https://example.org/${MAX_IMAGES + 1}.png" rel="nofollow noopener noreferrer">p${MAX_IMAGES + 1}</a>`,
    );
  });

  it('strips scripts, javascript: links and event handlers from Markdown', () => {
    const html = renderArticlePreview(`${SAMPLES.script}\n\n${SAMPLES.javascriptLinks}\n\n${SAMPLES.dataImage}`);
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/<img|href="\/\//);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('sanitizeArticleHtml', () => {
  it('strips <script>, javascript: links and on* handlers from HTML of any origin', () => {
    const html = sanitizeArticleHtml(
      '<p onclick="alert(1)">Hi<script>alert(1)</script></p>' +
        '<a href="javascript:alert(1)" onmouseover="alert(1)">x</a>' +
        '<a href=" JaVaScRiPt:alert(1)">y</a>' +
        '<img src="https://example.org/a.png" onerror="alert(1)">' +
        '<img src="data:image/png;base64,AAAA">' +
        '<iframe src="https://example.org"></iframe><svg><script>alert(1)</script></svg>' +
        '<td style="background:url(javascript:alert(1))">cell</td>',
    );
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/script|javascript|on(?:click|mouseover|error)=|iframe|svg|data:|background/i);
    expect(html).toContain('<p>Hi</p>');
    expect(html).toContain('<img src="https://example.org/a.png" style="max-width:100%;height:auto">');
  });

  it('finds the dangers it looks for (so the checks above can fail)', () => {
    expect(dangers('<a href="javascript:x" onclick="y">z</a><script></script>')).toEqual([
      'A[href=javascript:x]',
      'A[onclick]',
      'SCRIPT',
    ]);
  });

  it('keeps what the public side keeps: safe links get rel, cells keep their alignment', () => {
    const html = sanitizeArticleHtml(
      '<a href="https://example.org" title="t">x</a><a href="/kb/en/x" rel="me">y</a><table><tr><td style="text-align:right">1</td></tr></table>',
    );
    expect(html).toContain('<a href="https://example.org" title="t" rel="nofollow noopener noreferrer">x</a>');
    expect(html).toContain('<a href="/kb/en/x">y</a>');
    expect(html).toContain('<td style="text-align:right">1</td>');
  });
});

import { describe, expect, it } from 'vitest';
import { LEILA, at, content } from '@deskstream/knowledge-base-domain/testing';
import { applyAll } from '@deskstream/knowledge-base-read-models/testing';
import { MAX_IMAGES } from '@deskstream/knowledge-base-domain';
import { knowledgeBaseReadModel, renderArticleBody } from './render-article-body';

describe('renderArticleBody', () => {
  it('renders ordinary Markdown', () => {
    const html = renderArticleBody(
      '## Steps\n\n1. Open **Settings**\n2. Run `setup.exe /repair`\n\n[Help](https://example.org/help)',
    );
    expect(html).toContain('<h2>Steps</h2>');
    expect(html).toContain('<strong>Settings</strong>');
    expect(html).toContain('<code>setup.exe /repair</code>');
    expect(html).toContain('<a href="https://example.org/help" rel="nofollow noopener noreferrer">Help</a>');
  });

  it('renders Persian text as it is', () => {
    expect(renderArticleBody('برنامه نصب را **با دسترسی مدیر** اجرا کنید.')).toBe(
      '<p>برنامه نصب را <strong>با دسترسی مدیر</strong> اجرا کنید.</p>\n',
    );
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderArticleBody(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<(script|img|iframe)/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, vbscript: and data: links', () => {
    for (const link of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'vbscript:msgbox',
      'data:text/html;base64,PHNjcmlwdD4=',
      ' javascript:alert(1)',
    ]) {
      const html = renderArticleBody(`[click](${link})`);
      expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
      expect(html.toLowerCase()).not.toContain('<a href="javascript');
    }
    expect(renderArticleBody('<a href="javascript:alert(1)">x</a>')).not.toContain('<a ');
  });

  it('keeps relative and mail links', () => {
    expect(renderArticleBody('[1608](/kb/errors/1608) [mail](mailto:support@example.org)')).toBe(
      '<p><a href="/kb/errors/1608">1608</a> <a href="mailto:support@example.org">mail</a></p>\n',
    );
  });

  it('bounds images: https or relative only, lazily loaded, scaled to the page', () => {
    const html = renderArticleBody('![setup](https://cdn.example.org/setup.png)');
    expect(html).toBe(
      '<p><img src="https://cdn.example.org/setup.png" alt="setup" loading="lazy" decoding="async" style="max-width:100%;height:auto" /></p>\n',
    );
    expect(renderArticleBody('![x](data:image/png;base64,AAAA)')).not.toContain('<img');
    expect(renderArticleBody('![x](http://plain.example.org/a.png)')).not.toContain('<img');
  });

  it(`turns images past the first ${MAX_IMAGES} into links`, () => {
    const html = renderArticleBody(
      Array.from({ length: MAX_IMAGES + 5 }, (_, n) => `![s${n}](/img/${n}.png)`).join('\n\n'),
    );
    expect(html.match(/<img /g)).toHaveLength(MAX_IMAGES);
    expect(html).toContain('<a href="/img/24.png">s24</a>');
  });

  it('is deterministic', () => {
    const body = '# T\n\n![a](/a.png) [b](https://b.example)';
    expect(renderArticleBody(body)).toBe(renderArticleBody(body));
  });

  it('renders a long list whole, every item and link kept', () => {
    const body = '- item with **bold** and [link](https://example.org)\n'.repeat(1_000);
    const html = renderArticleBody(body);
    expect(html.match(/<li>/g)).toHaveLength(1_000);
    expect(html.match(/<strong>bold<\/strong>/g)).toHaveLength(1_000);
    expect(html.match(/href="https:\/\/example\.org"/g)).toHaveLength(1_000);
  });
});

describe('rendered bodies in the read model', () => {
  it('are rendered safely', () => {
    const readModel = knowledgeBaseReadModel();
    applyAll(readModel, [
      {
        type: 'ArticleDrafted',
        data: {
          articleId: 'a1',
          revision: 1,
          content: content({ body: '[x](javascript:alert(1)) **ok**' }),
          by: LEILA,
          at: at(0),
        },
      },
      { type: 'ArticlePublished', data: { articleId: 'a1', revision: 1, by: LEILA, at: at(1) } },
    ]);
    const html = readModel.renderedBody('a1', 1)!;
    expect(html).toContain('<strong>ok</strong>');
    expect(html).not.toContain('href="javascript');
  });
});

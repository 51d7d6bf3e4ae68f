/** The page renders from a read model filled with the demo articles (no store): language, direction, links, escaping. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContent } from '@deskstream/knowledge-base-domain';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { knowledgeBaseReadModel } from '../render-article-body';
import { seedKnowledgeBase } from '../seed/seed-knowledge-base';
import { LEILA, T0, at, content } from '@deskstream/knowledge-base-domain/testing';
import { InMemoryArticles, applyAll } from '@deskstream/knowledge-base-read-models/testing';
import type { RenderContext } from './layout';
import { KnowledgeBasePages, type PageResult } from './public-pages';

const CONTEXT: RenderContext = {
  origin: 'https://help.example.org',
  assets: { styles: ['/assets/kb.css?v=1'], scripts: ['/assets/kb.js?v=1'], modulePreloads: [] },
};
const FA_1603 = `/kb/fa/${encodeURIComponent('خطای-1603')}`;

let readModel: KnowledgeBaseReadModel;
let articles: InMemoryArticles;
let pages: KnowledgeBasePages;

async function publish(id: string, overrides: Partial<ArticleContent>, minute: number): Promise<void> {
  await articles.article(
    { type: 'DraftArticle', data: { articleId: id, content: content(overrides), by: LEILA, at: at(minute) } },
    `draft-${id}`,
    { kind: 'staff', id: 'leila' },
  );
  await articles.article(
    { type: 'PublishArticle', data: { articleId: id, revision: 1, by: LEILA, at: at(minute) } },
    `publish-${id}`,
    { kind: 'staff', id: 'leila' },
  );
}

const page = (result: PageResult) => {
  if (result.kind !== 'page') throw new Error(`expected a page, got a redirect to ${result.location}`);
  return result;
};

beforeAll(async () => {
  readModel = knowledgeBaseReadModel();
  articles = new InMemoryArticles(readModel);
  await seedKnowledgeBase(articles, readModel, () => new Date(T0));
  pages = new KnowledgeBasePages(readModel);
});

describe('every page', () => {
  it.each([
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['vi', 'ltr'],
  ] as const)('is in the reader’s language and direction (%s, %s), with the built script and styles', (locale, dir) => {
    for (const result of [
      pages.home(locale, CONTEXT),
      pages.search(locale, '1603', CONTEXT),
      pages.notFound(locale, CONTEXT),
    ]) {
      const { html } = page(result);
      expect(html.startsWith(`<!doctype html>\n<html lang="${locale}" dir="${dir}">`)).toBe(true);
      expect(html).toContain('<link rel="stylesheet" href="/assets/kb.css?v=1">');
      expect(html).toContain('<script type="module" src="/assets/kb.js?v=1"></script>');
      expect(html).toContain(
        `<form class="kb-search" role="search" action="/kb/${locale}/search" method="get" data-kb-search>`,
      );
    }
  });

  it('has no script of its own but the built one and its configuration', () => {
    const { html } = page(pages.article('fa', 'خطای-1603', CONTEXT));
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" src="/assets/kb.js?v=1">',
      '<script type="application/json" id="kb-config">',
    ]);
  });
});

describe('the home page', () => {
  it('groups articles by product and stage and lists error codes, newest and most viewed', () => {
    applyAll(readModel, [
      { type: 'ArticleViewsCounted', data: { articleId: 'error-1628.fa', views: 7, from: at(0), to: at(1) } },
    ]);
    const { html, status } = page(pages.home('fa', CONTEXT));
    expect(status).toBe(200);
    expect(html).toContain(
      '<section class="kb-stage" id="desktop-library--installation" aria-labelledby="desktop-library--installation-title">',
    );
    expect(html).toContain('مرحلهٔ ثبت نرم‌افزار و شمارهٔ سریال');
    expect(html).toContain('<a href="/kb/fa/errors/1603"><bdi class="kb-code">۱۶۰۳</bdi></a>');
    expect(html).toContain('<a href="/kb/fa/errors/check-sum-fail"><bdi class="kb-code">Check Sum Fail</bdi></a>');
    const mostViewed = html.slice(html.indexOf('kb-most-viewed-title'), html.indexOf('kb-codes-title'));
    expect(mostViewed).toContain(`href="/kb/fa/${encodeURIComponent('خطای-1628')}"`);
    expect(html).toContain('<link rel="canonical" href="https://help.example.org/kb/fa">');
    expect(html).toContain('<link rel="alternate" hreflang="ja" href="https://help.example.org/kb/ja">');
  });
});

describe('the article page', () => {
  it('links every translation with hreflang and in the language switcher, and the canonical address', () => {
    const { html, viewedArticleId } = page(pages.article('fa', 'خطای-1603', CONTEXT));
    expect(viewedArticleId).toBe('error-1603.fa');
    expect(html).toContain(`<link rel="canonical" href="https://help.example.org${FA_1603}">`);
    expect(html.match(/<link rel="alternate" hreflang="(\w+)"/g)).toHaveLength(4);
    expect(html).toContain('<link rel="alternate" hreflang="vi" href="https://help.example.org/kb/vi/loi-1603">');
    expect(html).toContain(
      '<li><a href="/kb/ja/error-1603" hreflang="ja" lang="ja" dir="ltr" data-kb-locale="ja">日本語</a></li>',
    );
    expect(html).toContain(
      `<li><a href="${FA_1603}" hreflang="fa" lang="fa" dir="rtl" data-kb-locale="fa" aria-current="true">فارسی</a></li>`,
    );
  });

  it('sends the switcher to the home of a language the article is not written in', () => {
    const { html } = page(pages.article('fa', 'چاپ-متن-فارسی', CONTEXT));
    expect(html).toContain('<li><a href="/kb/ja" hreflang="ja"');
    expect(html.match(/<link rel="alternate" hreflang="(\w+)"/g)).toEqual([
      '<link rel="alternate" hreflang="fa"',
      '<link rel="alternate" hreflang="en"',
    ]);
  });

  it('lists related articles in its language, by shared error codes, tags and stage, never its own translations', async () => {
    await publish(
      'net-1603',
      {
        slug: 'error-1603-on-a-network-share',
        translationGroup: 'net-1603',
        title: 'Error 1603 on a network share',
        errorCodes: ['1603'],
        stage: 'running',
        tags: [],
      },
      1,
    );
    const { html } = page(pages.article('en', 'error-1603', CONTEXT));
    const related = html.slice(
      html.indexOf('kb-related-title'),
      html.indexOf('</section>', html.indexOf('kb-related-title')),
    );
    expect(related.indexOf('error-1603-on-a-network-share')).toBeGreaterThan(-1);
    expect(related).not.toContain('/kb/fa/');
    expect(related).not.toContain('href="/kb/en/error-1603"');
    expect(related.match(/<li>/g)!.length).toBeLessThanOrEqual(5);
  });

  it('escapes whatever an editor typed outside the Markdown body', async () => {
    await publish(
      'hostile',
      {
        slug: 'hostile',
        translationGroup: 'hostile',
        title: 'A <b>"title"</b> & more',
        body: '[x](javascript:alert(1)) <script>alert(1)</script>',
        products: [{ product: '<img src=x onerror=alert(1)>', versions: ['"1"'] }],
        errorCodes: ['<svg onload=alert(1)>'],
        symptoms: ['</li><script>alert(1)</script>'],
        tags: ['x'],
      },
      2,
    );
    const { html } = page(pages.article('en', 'hostile', CONTEXT));
    expect(html).toContain('<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more · Deskstream Help</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="/kb/en/errors/%3Csvg-onload%3Dalert(1)%3E"><bdi>&lt;svg onload=alert(1)&gt;</bdi>');
    expect(html).not.toMatch(/<(img|svg|b)\b/);
    expect(html).not.toContain('href="javascript');
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('is a 404 for an unknown slug, and a redirect for one written with Persian digits', () => {
    expect(page(pages.article('en', 'no-such-article', CONTEXT)).status).toBe(404);
    expect(pages.article('fa', 'خطای-۱۶۰۳', CONTEXT)).toEqual({ kind: 'redirect', status: 301, location: FA_1603 });
    expect(page(pages.article('fa', 'x'.repeat(500), CONTEXT)).status).toBe(404);
  });
});

describe('error codes and search', () => {
  it('redirect an error code with one article in the language to it', () => {
    expect(pages.errorCode('۱۶۰۸', 'fa', CONTEXT)).toEqual({
      kind: 'redirect',
      status: 302,
      location: `/kb/fa/${encodeURIComponent('خطای-1608')}`,
    });
    expect(pages.errorCode('noor-register-version-required-2', 'ja', CONTEXT)).toEqual({
      kind: 'redirect',
      status: 302,
      location: '/kb/ja/noor-register-version-required-2',
    });
    expect(page(pages.errorCode('0000', 'en', CONTEXT)).status).toBe(404);
  });

  it('rank exact error-code matches first and show other languages after', () => {
    const result = page(pages.search('ja', 'Check Sum Fail', CONTEXT));
    const links = [...result.html.matchAll(/<h3><a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links[0]).toBe('/kb/ja/check-sum-fail');
    expect(links.slice(1)).toContain(`/kb/fa/${encodeURIComponent('خطای-check-sum-fail')}`);
    expect(result.html).toContain('<span class="kb-badge kb-badge--exact">エラーコード</span>');
    expect(result.unansweredQuery).toBeUndefined();
  });

  it('report a search that found nothing, and refuse one that is too long', () => {
    expect(page(pages.search('en', 'zzqx wvut', CONTEXT)).unansweredQuery).toBe('zzqx wvut');
    const long = page(pages.search('en', 'خطا'.repeat(4_000), CONTEXT));
    expect(long.status).toBe(400);
    expect(long.unansweredQuery).toBeUndefined();
    expect(page(pages.search('en', '   ', CONTEXT)).html).toContain('Type an error code or a few words.');
  });
});

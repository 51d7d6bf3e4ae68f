/** The server-rendered knowledge-base pages through the real api, store and projections, over `inject`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let web: string;
let supervisor: string;
let agent: string;

const FA_1603 = '/kb/fa/' + encodeURIComponent('خطای-1603');

beforeAll(async () => {
  web = await mkdtemp(join(tmpdir(), 'deskstream-kb-pages-'));
  const portal = join(web, 'portal');
  await mkdir(join(portal, '.vite'), { recursive: true });
  await mkdir(join(portal, 'assets'), { recursive: true });
  await mkdir(join(web, 'console'), { recursive: true });
  await writeFile(join(portal, 'index.html'), '<!doctype html><title>portal</title>');
  await writeFile(join(portal, 'assets', 'kb-abc.js'), 'console.log("kb")');
  await writeFile(join(portal, 'assets', 'shared-def.js'), 'export const x = 1');
  await writeFile(join(portal, 'assets', 'kb-abc.css'), '.kb{}');
  await writeFile(
    join(portal, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      'src/kb-client/kb.ts': {
        file: 'assets/kb-abc.js',
        isEntry: true,
        imports: ['_shared-def.js'],
        css: ['assets/kb-abc.css'],
      },
      '_shared-def.js': { file: 'assets/shared-def.js' },
    }),
  );
  api = await startTestApi({
    webRoots: { portalDir: portal, consoleDir: join(web, 'console') },
    publicOrigin: 'https://help.example.org',
    knowledgeBase: {
      floodLimits: {
        vote: { max: 3, windowMs: 60_000 },
        question: { max: 3, windowMs: 60_000 },
        searchMiss: { max: 10, windowMs: 60_000 },
        view: { max: 100, windowMs: 60_000 },
      },
      viewFlushIntervalMs: 3_600_000,
    },
  });
  [supervisor, agent] = await Promise.all([
    api.signIn('yuki', 'deskstream-agent'),
    api.signIn('sara', 'deskstream-agent'),
  ]);
});
afterAll(async () => {
  await api?.close();
  if (web) await rm(web, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'GET', url, headers: { accept: 'text/html', host: 'attacker.example', ...headers } });
const postForm = (url: string, fields: Record<string, string>) =>
  api.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

const DRAFT = 'mutation ($input: ArticleInput!, $c: ID!) { draftArticle(input: $input, commandId: $c) { id } }';
const PUBLISH =
  'mutation ($id: ID!, $r: Int!, $c: ID!) { publishArticle(id: $id, revision: $r, commandId: $c) { id } }';

async function publish(input: Record<string, unknown>, commandId: string): Promise<string> {
  const drafted = await api.gql(DRAFT, { input, c: `draft-${commandId}` }, agent);
  expect(drafted.errors).toBeUndefined();
  const id = drafted.data!.draftArticle.id as string;
  expect((await api.gql(PUBLISH, { id, r: 1, c: `publish-${commandId}` }, supervisor)).errors).toBeUndefined();
  return id;
}

const article = (overrides: Record<string, unknown>) => ({
  locale: 'en',
  title: 'Untitled',
  body: 'Text.',
  products: [{ product: 'Desktop Library', versions: ['3.1'] }],
  stage: 'installation',
  errorCodes: [],
  symptoms: [],
  tags: [],
  ...overrides,
});

describe('/kb: the reader’s language', () => {
  it('redirects to the language the cookie names, else Accept-Language, else English', async () => {
    const persian = await get('/kb', { 'accept-language': 'fa-IR,fa;q=0.9,en;q=0.5' });
    expect(persian.statusCode).toBe(302);
    expect(persian.headers.location).toBe('/kb/fa');
    expect(persian.headers.vary).toContain('Accept-Language');
    expect((await get('/kb', { 'accept-language': 'de-DE, ja;q=0.8, vi;q=0.9' })).headers.location).toBe('/kb/vi');
    expect(
      (await get('/kb/', { 'accept-language': 'fa', cookie: 'other=1; deskstream.locale=ja' })).headers.location,
    ).toBe('/kb/ja');
    expect((await get('/kb', { cookie: 'deskstream.locale=xx' })).headers.location).toBe('/kb/en');
    expect((await get('/kb/search?q=1603', { 'accept-language': 'fa' })).headers.location).toBe('/kb/fa/search?q=1603');
  });
});

describe('the home page', () => {
  it('is real HTML in Persian: right to left, products and stages, error codes with Persian digits, newest', async () => {
    const page = await get('/kb/fa');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!doctype html>\n<html lang="fa" dir="rtl">/);
    expect(page.body).toContain('<h3 id="desktop-library">Desktop Library</h3>');
    expect(page.body).toContain('مرحلهٔ نصب نرم‌افزار');
    expect(page.body).toContain('href="/kb/fa/errors/1603"><bdi class="kb-code">۱۶۰۳</bdi>');
    expect(page.body).toContain('جدیدترین پرسش‌ها');
    expect(page.body).toContain('<link rel="canonical" href="https://help.example.org/kb/fa">');
    expect(page.body).toMatch(/<link rel="stylesheet" href="\/assets\/kb-abc\.css\?v=[\w-]{12}">/);
    expect(page.body).toMatch(/<link rel="modulepreload" href="\/assets\/shared-def\.js\?v=[\w-]{12}">/);
    expect(page.body).toMatch(/<script type="module" src="\/assets\/kb-abc\.js\?v=[\w-]{12}"><\/script>/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a repeated request with 304 when nothing changed, and HEAD without a body', async () => {
    const first = await get('/kb/en');
    const again = await get('/kb/en', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    const head = await api.app.inject({ method: 'HEAD', url: '/kb/ja' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('article pages', () => {
  it('serve the article with its facts, translations, related articles, feedback forms, and record a view', async () => {
    const before = (await api.gql('{ article(locale: fa, slug: "خطای-1603") { views } }')).data!.article
      .views as number;
    const page = await get(FA_1603);
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain('<title>بروز خطای ۱۶۰۳ هنگام نصب · راهنمای دسک‌استریم</title>');
    expect(html).toMatch(/<meta name="description" content="برنامه نصب پیام/);
    expect(html).toContain(`<link rel="canonical" href="https://help.example.org${FA_1603}">`);
    for (const [locale, slug] of [
      ['fa', encodeURIComponent('خطای-1603')],
      ['en', 'error-1603'],
      ['ja', 'error-1603'],
      ['vi', 'loi-1603'],
    ]) {
      expect(html).toContain(
        `<link rel="alternate" hreflang="${locale}" href="https://help.example.org/kb/${locale}/${slug}">`,
      );
    }
    expect(html).toContain('<h2>راه حل</h2>');
    expect(html).toContain('نسخه‌های ۲٫۵، ۳٫۰، ۳٫۱');
    expect(html).toContain('<li aria-current="page">بروز خطای ۱۶۰۳ هنگام نصب</li>');
    expect(html).toContain('data-kb-vote data-article-id="error-1603.fa"');
    expect(html).toContain('<input type="hidden" name="articleId" value="error-1603.fa">');
    expect(html).toMatch(
      new RegExp(`<section class="kb-related"[\\s\\S]*href="/kb/fa/${encodeURIComponent('خطای-1608')}"`),
    );

    await api.app.knowledgeBaseViews.flush();
    const after = (await api.gql('{ article(locale: fa, slug: "خطای-1603") { views } }')).data!.article.views as number;
    expect(after).toBe(before + 1);
  });

  it('serves long Persian slugs, however long their encoded address', async () => {
    const page = await get('/kb/fa/' + encodeURIComponent('شماره-سریال-پذیرفته-نمی-شود'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="fa" dir="rtl">');
  });

  it('sends a slug written with Persian digits, or another language’s slug, to the canonical address', async () => {
    const digits = await get('/kb/fa/' + encodeURIComponent('خطای-۱۶۰۳'));
    expect(digits.statusCode).toBe(301);
    expect(digits.headers.location).toBe(FA_1603);
    const english = await get('/kb/fa/error-1608');
    expect(english.statusCode).toBe(301);
    expect(english.headers.location).toBe('/kb/fa/' + encodeURIComponent('خطای-1608'));
  });

  it('gives unknown slugs a real 404 page in the reader’s language, with suggestions', async () => {
    const page = await get('/kb/ja/error-1628-setup');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('<html lang="ja" dir="ltr">');
    expect(page.body).toContain('<h1 id="kb-not-found-title">ページが見つかりません</h1>');
    expect(page.body).toContain('href="/kb/ja/error-1628"');
    expect(page.body).toContain('<meta name="robots" content="noindex, follow">');
    const persian = await get('/kb/fa/no-such-page');
    expect(persian.statusCode).toBe(404);
    expect(persian.body).toContain('<html lang="fa" dir="rtl">');
    expect(persian.body).toContain('class="kb-not-found"');
  });

  it('renders malicious Markdown and titles safely', async () => {
    await publish(
      article({
        slug: 'evil-page',
        title: '<script>alert("title")</script> & "quotes"',
        body: '<script>alert(1)</script>\n\n[click](javascript:alert(1)) [data](data:text/html,x)\n\n![huge](https://example.org/huge.png)\n\n<img src=x onerror=alert(1) width=99999>',
        errorCodes: ['"><script>alert(2)</script>'],
        symptoms: ['<b onmouseover=alert(3)>hover</b>'],
        tags: ['<i>'],
      }),
      'evil-page',
    );
    const page = await get('/kb/en/evil-page');
    expect(page.statusCode).toBe(200);
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual([
      expect.stringMatching(/^<script type="module" src="\/assets\/kb-abc\.js/),
      '<script type="application/json" id="kb-config">',
    ]);
    const body = page.body.slice(page.body.indexOf('<body'));
    expect(body).not.toMatch(/href="\s*(javascript|data):/i);
    expect(page.body).not.toMatch(/<img[^>]*onerror/i);
    expect(page.body).not.toContain('<b onmouseover');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(page.body).toContain(
      '<img src="https://example.org/huge.png" alt="huge" loading="lazy" decoding="async" style="max-width:100%;height:auto" />',
    );
    // The code's own page: its address is encoded, its text escaped.
    expect(page.body).toContain(`href="/kb/en/errors/${encodeURIComponent('">')}%3Cscript%3Ealert(2)%3C%2Fscript%3E"`);
  });
});

describe('error-code pages', () => {
  it('send /kb/errors/1603 to the article in the reader’s language, whatever digits or spelling', async () => {
    const persian = await get('/kb/errors/1603', { 'accept-language': 'fa' });
    expect(persian.statusCode).toBe(302);
    expect(persian.headers.location).toBe(FA_1603);
    expect((await get('/kb/errors/' + encodeURIComponent('۱۶۰۳'), { 'accept-language': 'fa' })).headers.location).toBe(
      FA_1603,
    );
    expect((await get('/kb/errors/check-sum-fail')).headers.location).toBe('/kb/en/check-sum-fail');
    expect((await get('/kb/errors/Check%20Sum%20Fail', { cookie: 'deskstream.locale=vi' })).headers.location).toBe(
      '/kb/vi/check-sum-fail',
    );
    expect((await get('/kb/ja/errors/1628')).headers.location).toBe('/kb/ja/error-1628');
  });

  it('list several articles with the same code, or the other languages’ when none is in the reader’s', async () => {
    await publish(
      article({ slug: 'error-1603-network', title: 'Error 1603 on a network share', errorCodes: ['1603'] }),
      'second-1603',
    );
    const list = await get('/kb/en/errors/1603');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<h1 id="kb-error-code-title">Error 1603</h1>');
    expect(list.body).toContain('href="/kb/en/error-1603"');
    expect(list.body).toContain('href="/kb/en/error-1603-network"');

    await publish(
      article({ locale: 'fa', slug: 'خطای-2755', title: 'خطای ۲۷۵۵', errorCodes: ['2755'] }),
      'only-fa-2755',
    );
    const elsewhere = await get('/kb/errors/2755', { 'accept-language': 'ja' });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.body).toContain('<html lang="ja" dir="ltr">');
    expect(elsewhere.body).toContain(
      '<a href="/kb/fa/' + encodeURIComponent('خطای-2755') + '" lang="fa" dir="rtl">خطای ۲۷۵۵</a>',
    );
    expect((await get('/kb/errors/9999')).statusCode).toBe(404);
  });
});

describe('the search page', () => {
  it('works without JavaScript: exact error-code matches first, in the reader’s language', async () => {
    const page = await get('/kb/fa/search?q=' + encodeURIComponent('خطای 1603'));
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/<h3><a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links[0]).toBe(FA_1603);
    expect(page.body).toContain(
      '<input id="kb-search-input" class="kb-search__input" type="search" name="q" value="خطای 1603"',
    );
    const digits = await get('/kb/fa/search?q=' + encodeURIComponent('۱۶۰۳'));
    expect([...digits.body.matchAll(/<h3><a href="([^"]+)"/g)][0]![1]).toBe(FA_1603);
  });

  it('refuses a 10,000-character search with a clear message, not a server error', async () => {
    const page = await get('/kb/en/search?q=' + 'a'.repeat(10_000));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('A search is at most 200 characters.');
    expect(page.body).toContain(`value="${'a'.repeat(200)}"`);
    expect(page.body).not.toContain('a'.repeat(201));
  });

  it('records a search that found nothing, and offers to ask instead', async () => {
    const page = await get('/kb/en/search?q=' + encodeURIComponent('Fehlercode 0xDEADBEEF'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nothing found for “Fehlercode 0xDEADBEEF”.');
    expect(page.body).toContain('<input type="hidden" name="searchQuery" value="Fehlercode 0xDEADBEEF">');
    await expect
      .poll(async () => (await api.gql('{ unansweredSearches { query locale } }', {}, agent)).data!.unansweredSearches)
      .toContainEqual({ query: 'Fehlercode 0xDEADBEEF', locale: 'en' });
  });
});

describe('what visitors send without JavaScript', () => {
  it('records a question from the form and returns to the article', async () => {
    const sent = await postForm('/kb/en/ask', {
      question: 'Setup stops at 90% with error 1603 on a domain PC.',
      email: 'reader@example.org',
      articleId: 'error-1603.en',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/kb/en/error-1603?asked=1#kb-ask');
    const questions = (await api.gql('{ knowledgeBaseQuestions { question email articleId locale } }', {}, agent)).data!
      .knowledgeBaseQuestions;
    expect(questions).toContainEqual({
      question: 'Setup stops at 90% with error 1603 on a domain PC.',
      email: 'reader@example.org',
      articleId: 'error-1603.en',
      locale: 'en',
    });
    expect((await get('/kb/en/error-1603?asked=1')).body).toContain('Thank you. Your question has been recorded');
  });

  it('shows a refused question again with the reason, in the reader’s language', async () => {
    const refused = await postForm('/kb/fa/ask', { question: 'x', name: 'مریم' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<html lang="fa" dir="rtl">');
    expect(refused.body).toContain('پرسش باید بین ۳ تا ۲٬۰۰۰ نویسه باشد.');
    expect(refused.body).toContain('value="مریم"');
  });

  it('counts a helpful vote and says thank you', async () => {
    const voted = await postForm('/kb/ja/vote', { articleId: 'error-1628.ja', helpful: 'yes' });
    expect(voted.statusCode).toBe(303);
    expect(voted.headers.location).toBe('/kb/ja/error-1628?voted=1#kb-helpful');
    expect(
      (await api.gql('{ article(locale: ja, slug: "error-1628") { helpfulness { helpful } } }')).data!.article
        .helpfulness.helpful,
    ).toBe(1);
    expect((await get('/kb/ja/error-1628?voted=1')).body).toContain('ご意見ありがとうございます。');
    expect((await postForm('/kb/ja/vote', { articleId: 'no-such-article', helpful: 'yes' })).statusCode).toBe(404);
  });
});

describe('odd addresses', () => {
  it('never answer with a server error', async () => {
    const cases: [string, number][] = [
      ['/kb/%E0%A4%A', 400],
      ['/kb/fa/%ZZ', 400],
      ['/kb/xx', 404],
      ['/kb/fa/a/b/c', 404],
      ['/kb/fa/errors/' + 'x'.repeat(100), 404],
      ['/kb/en/' + 'long-'.repeat(100) + 'slug', 404],
      ['/kb/en/%3Cscript%3E', 404],
      ['/kb/en/vote', 404],
      ['/kb/errors/', 302],
      ['/kb/fa/', 301],
      ['/kb/en/ask', 200],
    ];
    for (const [url, status] of cases) {
      const response = await get(url);
      expect([url, response.statusCode]).toEqual([url, status]);
      expect(response.body).not.toContain('<script>');
    }
  });

  it('leave the portal and GraphQL as they were', async () => {
    expect((await get('/')).body).toContain('<title>portal</title>');
    expect((await get('/help/contact')).body).toContain('<title>portal</title>');
    expect((await api.gql('{ apiVersion }')).data).toEqual({ apiVersion: '0.1.0' });
  });
});

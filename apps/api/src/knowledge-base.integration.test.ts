/** The knowledge base through the real api, store and projection runner: public pages and search, editing, visitors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from '@deskstream/knowledge-base-api';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let supervisor: string;
let agent: string;
let product: string;

beforeAll(async () => {
  api = await startTestApi({
    knowledgeBase: {
      floodLimits: {
        vote: { max: 5, windowMs: 60_000 },
        question: { max: 3, windowMs: 60_000 },
        searchMiss: { max: 10, windowMs: 60_000 },
        view: { max: 100, windowMs: 60_000 },
      },
      viewFlushIntervalMs: 3_600_000,
    },
  });
  [supervisor, agent, product] = await Promise.all([
    api.signIn('yuki', 'deskstream-agent'),
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('pouya', 'deskstream-product'),
  ]);
});
afterAll(() => api?.close());

const SEARCH = `query ($q: String!, $l: KnowledgeBaseLocale) {
  searchArticles(query: $q, locale: $l, first: 5) { total terms hits { exactErrorCode article { id locale slug title } } }
}`;
const ARTICLE = `query ($l: KnowledgeBaseLocale!, $s: String!) {
  article(locale: $l, slug: $s) { id title bodyHtml revision errorCodes translations { locale slug } views helpfulness { helpful notHelpful } }
}`;
const EDITABLE =
  'id status publishedRevision latest { revision title body by { staffId displayName } at } history { kind revision by { displayName } at }';
const DRAFT = `mutation ($input: ArticleInput!, $c: ID!) { draftArticle(input: $input, commandId: $c) { ${EDITABLE} } }`;
const REVISE = `mutation ($id: ID!, $b: Int!, $input: ArticleInput!, $c: ID!) { reviseArticle(id: $id, baseRevision: $b, input: $input, commandId: $c) { ${EDITABLE} } }`;
const PUBLISH = `mutation ($id: ID!, $r: Int!, $c: ID!) { publishArticle(id: $id, revision: $r, commandId: $c) { ${EDITABLE} } }`;
const RESTORE = `mutation ($id: ID!, $b: Int!, $f: Int!, $c: ID!) { restoreArticleRevision(id: $id, baseRevision: $b, fromRevision: $f, commandId: $c) { ${EDITABLE} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  slug: 'error-1335',
  locale: 'en',
  title: 'Error 1335 while copying a cabinet file',
  body: 'The cabinet file **Data2.cab** is damaged. Copy the disc to the hard disk first.',
  products: [{ product: 'Desktop Library', versions: ['3.1'] }],
  stage: 'installation',
  errorCodes: ['1335'],
  symptoms: ['setup cannot read a cab file'],
  tags: ['installer'],
  ...overrides,
});

const firstHit = async (query: string, locale?: string) =>
  (await api.gql(SEARCH, { q: query, l: locale })).data!.searchArticles.hits[0]?.article;

describe('the seeded public knowledge base', () => {
  it('is seeded with every demo article', async () => {
    // A public list holds at most 50 articles: count them language by language.
    const lists = await Promise.all(
      ['fa', 'en', 'ja', 'vi'].map((locale) => api.gql(`{ newestArticles(locale: ${locale}, first: 50) { id } }`)),
    );
    expect(lists.reduce((total, result) => total + result.data!.newestArticles.length, 0)).toBe(SEED_ARTICLES.length);
  });

  it('finds 1603 from Persian digits, ASCII digits, a Persian phrase and a Japanese phrase', async () => {
    expect((await firstHit('۱۶۰۳', 'fa')).id).toBe('error-1603.fa');
    expect((await firstHit('1603', 'en')).id).toBe('error-1603.en');
    expect((await firstHit('خطای 1603')).id).toBe('error-1603.fa');
    expect((await firstHit('インストール中にエラー')).id).toBe('error-1603.ja');
    const all = await api.gql(SEARCH, { q: '۱۶۰۳' });
    expect(all.data!.searchArticles.hits.every((hit: { exactErrorCode: boolean }) => hit.exactErrorCode)).toBe(true);
    expect(all.data!.searchArticles.terms).toEqual(['1603']);
  });

  it('serves an article page by language and slug, with safe HTML and its translations, the same through the JIT', async () => {
    const first = await api.gql(ARTICLE, { l: 'fa', s: 'خطای-1603' });
    const second = await api.gql(ARTICLE, { l: 'fa', s: 'خطای-1603' });
    expect(second).toEqual(first);
    const article = first.data!.article;
    expect(article.title).toBe('بروز خطای ۱۶۰۳ هنگام نصب');
    expect(article.bodyHtml).toContain('<h2>راه حل</h2>');
    expect(article.translations.map((t: { locale: string }) => t.locale).sort()).toEqual(['en', 'ja', 'vi']);
    expect((await api.gql(ARTICLE, { l: 'en', s: 'no-such-article' })).data).toEqual({ article: null });
  });

  it('lists articles by error code and the home by product and stage', async () => {
    const byCode = await api.gql('{ articlesByErrorCode(code: "۱۶۲۸") { id } }');
    expect(byCode.data!.articlesByErrorCode.map((a: { id: string }) => a.id).sort()).toEqual([
      'error-1628.en',
      'error-1628.fa',
      'error-1628.ja',
      'error-1628.vi',
    ]);
    const home = await api.gql(
      '{ knowledgeBaseIndex(locale: en) { products { product stages { stage articles { slug } } } errorCodes { code articles { slug } } } }',
    );
    const index = home.data!.knowledgeBaseIndex;
    expect(index.products.map((p: { product: string }) => p.product)).toEqual([
      'Desktop Library',
      'Network Edition',
      'Registration Tool',
    ]);
    expect(index.products[0].stages.map((s: { stage: string }) => s.stage)).toEqual([
      'installation',
      'registration',
      'running',
      'usage',
    ]);
    expect(index.errorCodes.map((c: { code: string }) => c.code).slice(0, 4)).toEqual(['1603', '1608', '1628', '2503']);
  });
});

describe('editing', () => {
  let articleId: string;

  it('lets an agent draft and revise, a supervisor publish, and the portal show it', async () => {
    const drafted = await api.gql(DRAFT, { input: input(), c: 'draft-1335' }, agent);
    expect(drafted.errors).toBeUndefined();
    articleId = drafted.data!.draftArticle.id;
    expect(drafted.data!.draftArticle).toMatchObject({
      status: 'DRAFT',
      latest: { revision: 1, by: { displayName: 'Sara Ahmadi' } },
    });

    const revised = await api.gql(
      REVISE,
      {
        id: articleId,
        b: 1,
        input: input({ body: 'Copy the disc to the hard disk, then run setup again.' }),
        c: 'revise-1335',
      },
      agent,
    );
    expect(revised.data!.reviseArticle.latest.revision).toBe(2);

    const refused = await api.gql(PUBLISH, { id: articleId, r: 2, c: 'publish-by-agent' }, agent);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_ROLE_REQUIRED' });
    const published = await api.gql(PUBLISH, { id: articleId, r: 2, c: 'publish-1335' }, supervisor);
    expect(published.data!.publishArticle).toMatchObject({ status: 'PUBLISHED', publishedRevision: 2 });

    const page = await api.gql(ARTICLE, { l: 'en', s: 'error-1335' });
    expect(page.data!.article.bodyHtml).toBe('<p>Copy the disc to the hard disk, then run setup again.</p>\n');
    expect((await firstHit('1335')).id).toBe(articleId);
  });

  it('gives the second of two editors saving the same revision a conflict', async () => {
    const leila = await api.gql(
      REVISE,
      { id: articleId, b: 2, input: input({ title: 'Error 1335: damaged cabinet file' }), c: 'agent-save' },
      agent,
    );
    expect(leila.errors).toBeUndefined();
    const late = await api.gql(
      REVISE,
      { id: articleId, b: 2, input: input({ title: 'Error 1335 (cab file)' }), c: 'supervisor-save' },
      supervisor,
    );
    expect(late.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'KB_REVISION_CONFLICT' });
  });

  it('shows the full history, a diff between two revisions, and restores the first', async () => {
    const diff = await api.gql(
      `{ articleDiff(id: "${articleId}", fromRevision: 2, toRevision: 3) { fields { field parts { kind text } } } }`,
      {},
      product,
    );
    expect(diff.data!.articleDiff.fields.map((f: { field: string }) => f.field)).toEqual(['title', 'body']);

    const restored = await api.gql(RESTORE, { id: articleId, b: 3, f: 1, c: 'restore-1' }, agent);
    const article = restored.data!.restoreArticleRevision;
    expect(article.latest).toMatchObject({ revision: 4, title: input().title, body: input().body });
    expect(article.history.map((h: { kind: string; revision: number }) => `${h.kind} ${h.revision}`)).toEqual([
      'DRAFTED 1',
      'REVISED 2',
      'PUBLISHED 2',
      'REVISED 3',
      'RESTORED 4',
    ]);
  });

  it('travels in time: the article as the public saw it at an instant', async () => {
    const record = (await api.gql(`{ editableArticle(id: "${articleId}") { history { kind at } } }`, {}, supervisor))
      .data!.editableArticle;
    const publishedAt = record.history.find((h: { kind: string }) => h.kind === 'PUBLISHED').at;
    const before = new Date(Date.parse(publishedAt) - 1).toISOString();
    const query = `query ($at: String!) { articleAsPublishedAt(id: "${articleId}", at: $at) { revision bodyHtml } }`;
    expect((await api.gql(query, { at: before }, agent)).data).toEqual({ articleAsPublishedAt: null });
    expect((await api.gql(query, { at: publishedAt }, agent)).data!.articleAsPublishedAt.revision).toBe(2);
    expect((await api.gql(query, { at: 'yesterday' }, agent)).errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'KB_TIME_INVALID',
    });
    expect((await api.gql(query, { at: publishedAt })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a slug another article already uses, and content over the limits', async () => {
    const taken = await api.gql(DRAFT, { input: input({ slug: 'error-1603' }), c: 'dup-slug' }, agent);
    expect(taken.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'KB_SLUG_TAKEN' });
    const huge = await api.gql(DRAFT, { input: input({ slug: 'huge', body: 'x'.repeat(20_001) }), c: 'huge' }, agent);
    expect(huge.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION_ERROR', reason: 'KB_BODY_TOO_LONG' });
    const anonymous = await api.gql(DRAFT, { input: input({ slug: 'anon' }), c: 'anon' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renders malicious Markdown safely', async () => {
    const evil = input({
      slug: 'evil',
      body: '<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n![big](data:image/png;base64,AAAA)',
    });
    const drafted = await api.gql(DRAFT, { input: evil, c: 'evil' }, supervisor);
    await api.gql(PUBLISH, { id: drafted.data!.draftArticle.id, r: 1, c: 'evil-publish' }, supervisor);
    const html = (await api.gql(ARTICLE, { l: 'en', s: 'evil' })).data!.article.bodyHtml as string;
    expect(html).not.toMatch(/<script|href="javascript|<img/i);
  });
});

describe('visitors', () => {
  it('refuses a 10,000-character search with a clear error', async () => {
    const result = await api.gql(SEARCH, { q: 'خطا '.repeat(2_500) });
    expect(result.errors?.[0]).toMatchObject({
      message: 'A search is at most 200 characters.',
      extensions: { code: 'VALIDATION_ERROR', reason: 'KB_QUERY_TOO_LONG' },
    });
  });

  it('counts one helpful vote per visitor and day, and refuses a flood', async () => {
    const vote = 'mutation ($id: ID!, $h: Boolean!) { voteOnArticle(id: $id, helpful: $h) { helpful notHelpful } }';
    expect((await api.gql(vote, { id: 'error-1608.en', h: true })).data!.voteOnArticle).toEqual({
      helpful: 1,
      notHelpful: 0,
    });
    expect((await api.gql(vote, { id: 'error-1608.en', h: false })).data!.voteOnArticle).toEqual({
      helpful: 1,
      notHelpful: 0,
    });
    const flood = await Promise.all(Array.from({ length: 6 }, () => api.gql(vote, { id: 'error-1628.en', h: true })));
    expect(flood.some((result) => result.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toBe(true);
    expect((await api.gql(vote, { id: 'no-such-article', h: true })).errors?.[0]?.extensions?.code).toMatch(
      /NOT_FOUND|RATE_LIMITED/,
    );
  });

  it('records questions for agents, and searches that found nothing', async () => {
    const ask = `mutation ($i: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $i) { id } }`;
    const question = {
      question: 'Setup asks for disc 3, but I only have two.',
      locale: 'en',
      email: 'reader@example.org',
      searchQuery: 'disc 3',
      commandId: 'ask-1',
    };
    const asked = await api.gql(ask, { i: question });
    expect(asked.errors).toBeUndefined();
    expect((await api.gql(ask, { i: question })).data!.askKnowledgeBase.id).toBe(asked.data!.askKnowledgeBase.id);
    const inbox = await api.gql('{ knowledgeBaseQuestions { id question email searchQuery } }', {}, agent);
    expect(inbox.data!.knowledgeBaseQuestions).toEqual([
      {
        id: asked.data!.askKnowledgeBase.id,
        question: question.question,
        email: 'reader@example.org',
        searchQuery: 'disc 3',
      },
    ]);
    expect((await api.gql('{ knowledgeBaseQuestions { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const report = 'mutation ($q: String!) { reportUnansweredSearch(query: $q, locale: en) }';
    expect((await api.gql(report, { q: 'Fehlercode 0xC0000005' })).data).toEqual({ reportUnansweredSearch: true });
    expect((await api.gql(report, { q: '1603' })).data).toEqual({ reportUnansweredSearch: false });
    const misses = await api.gql('{ unansweredSearches { query normalizedQuery locale count } }', {}, product);
    expect(misses.data!.unansweredSearches).toEqual([
      { query: 'Fehlercode 0xC0000005', normalizedQuery: 'fehlercode 0xc0000005', locale: 'en', count: 1 },
    ]);
  });

  it('counts views and lists the most viewed', async () => {
    const view = 'mutation ($id: ID!) { recordArticleView(id: $id) }';
    await api.gql(view, { id: 'check-sum-fail.en' });
    await api.gql(view, { id: 'check-sum-fail.en' });
    await api.gql(view, { id: 'windows-11.en' });
    expect(await api.app.knowledgeBaseViews.flush()).toBe(2);
    const top = await api.gql('{ mostViewedArticles(locale: en) { id views } }');
    expect(top.data!.mostViewedArticles).toEqual([
      { id: 'check-sum-fail.en', views: 1 },
      { id: 'windows-11.en', views: 1 },
    ]);
  });
});

describe('a second api process', () => {
  it('rebuilds the knowledge base from the events, with byte-identical pages and search', async () => {
    const next = await api.restart();
    for (const [locale, slug] of [
      ['fa', 'خطای-1603'],
      ['en', 'error-1335'],
      ['ja', 'error-1603'],
      ['en', 'evil'],
    ]) {
      const before = await api.gql(ARTICLE, { l: locale, s: slug });
      const after = await gqlOn(next, ARTICLE, { l: locale, s: slug });
      expect(JSON.stringify(after.data)).toBe(JSON.stringify(before.data));
    }
    const search = { q: 'خطای 1603' };
    expect(JSON.stringify((await gqlOn(next, SEARCH, search)).data)).toBe(
      JSON.stringify((await api.gql(SEARCH, search)).data),
    );
  });
});

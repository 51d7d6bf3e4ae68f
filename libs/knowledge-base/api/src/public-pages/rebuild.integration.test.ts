/**
 * Public pages rebuilt from the events are byte-identical: articles are seeded, edited, voted on,
 * viewed and asked about through the real client and the emulator; every page is rendered; then a
 * fresh process replays `$all` into a new read model and renders them again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import type { Actor } from '@deskstream/domain-kit';
import { LOCALES } from '@deskstream/knowledge-base-domain';
import { seedKnowledgeBase } from '../seed/seed-knowledge-base';
import { LEILA, TOMAS, T0, at, content } from '@deskstream/knowledge-base-domain/testing';
import {
  startKnowledgeBaseProcess,
  startStore,
  type KnowledgeBaseProcess,
} from '../test-support/knowledge-base-on-emulator';
import type { RenderContext } from './layout';
import { KnowledgeBasePages, type PageResult } from './public-pages';

const CONTEXT: RenderContext = {
  origin: 'https://help.example.org',
  assets: { styles: ['/assets/kb-1.css?v=a'], scripts: ['/assets/kb-1.js?v=b'], modulePreloads: [] },
};
const staff: Actor = { kind: 'staff', id: LEILA.staffId };
const visitor: Actor = { kind: 'visitor', id: 'anonymous' };

let store: RunningEmulator;
let first: KnowledgeBaseProcess;

const expectOk = (outcome: { ok: boolean }) => expect(outcome).toMatchObject({ ok: true });

/** Every public page the read model can give, by address. */
function renderAll(process: KnowledgeBaseProcess): Map<string, string> {
  const pages = new KnowledgeBasePages(process.readModel);
  const rendered = new Map<string, string>();
  const keep = (key: string, result: PageResult) =>
    rendered.set(
      key,
      result.kind === 'page' ? `${result.status}\n${result.html}` : `${result.status} → ${result.location}`,
    );
  const codes = new Set<string>();
  for (const article of process.readModel.catalog.allPublic()) {
    keep(
      `article ${article.content.locale}/${article.content.slug}`,
      pages.article(article.content.locale, article.content.slug, CONTEXT),
    );
    for (const code of article.content.errorCodes) codes.add(code);
  }
  // An unpublished article's address, and a slug written with Persian digits.
  keep('article fa/اجرا-در-ویندوز-11', pages.article('fa', 'اجرا-در-ویندوز-11', CONTEXT));
  keep('article fa/خطای-۱۶۰۳', pages.article('fa', 'خطای-۱۶۰۳', CONTEXT));
  for (const locale of LOCALES) {
    keep(`home ${locale}`, pages.home(locale, CONTEXT));
    for (const code of codes) keep(`code ${locale}/${code}`, pages.errorCode(code, locale, CONTEXT));
    for (const query of [
      '1603',
      '۱۶۰۳',
      'خطای 1603',
      'インストール中にエラー',
      'loi cai dat',
      'serial',
      'nothing-like-this',
    ])
      keep(`search ${locale}/${query}`, pages.search(locale, query, CONTEXT));
    keep(`404 ${locale}`, pages.notFound(locale, CONTEXT, 'error 1628 setup'));
    keep(`ask ${locale}`, pages.ask({ locale }, CONTEXT));
  }
  return rendered;
}

beforeAll(async () => {
  store = await startStore();
  first = await startKnowledgeBaseProcess(store.url);
  await seedKnowledgeBase(first.commands, first.readModel, () => new Date(T0));
  // History beyond the seed: a revision published over the first, an article unpublished, a restore.
  const { commands } = first;
  expectOk(
    await commands.article(
      {
        type: 'ReviseArticle',
        data: {
          articleId: 'error-1608.en',
          baseRevision: 1,
          content: {
            ...first.readModel.catalog.articles.get('error-1608.en')!.revisions[0]!.content,
            body: 'Install the **full** version first.',
          },
          by: TOMAS,
          at: at(100),
        },
      },
      'rebuild-revise',
      staff,
    ),
  );
  expectOk(
    await commands.article(
      { type: 'PublishArticle', data: { articleId: 'error-1608.en', revision: 2, by: TOMAS, at: at(101) } },
      'rebuild-publish',
      staff,
    ),
  );
  expectOk(
    await commands.article(
      { type: 'UnpublishArticle', data: { articleId: 'windows-11.fa', by: LEILA, at: at(102) } },
      'rebuild-unpublish',
      staff,
    ),
  );
  expectOk(
    await commands.article(
      {
        type: 'DraftArticle',
        data: {
          articleId: 'extra',
          content: content({
            slug: 'error-1603-network',
            translationGroup: 'extra',
            title: 'Error 1603 on a network share',
          }),
          by: LEILA,
          at: at(103),
        },
      },
      'rebuild-draft',
      staff,
    ),
  );
  expectOk(
    await commands.article(
      { type: 'PublishArticle', data: { articleId: 'extra', revision: 1, by: LEILA, at: at(104) } },
      'rebuild-publish-extra',
      staff,
    ),
  );
  // Visitors: views (counted as events), votes, a question, a search that found nothing.
  for (const [articleId, views, minute] of [
    ['error-1628.fa', 12, 110],
    ['error-1603.en', 5, 111],
    ['error-1628.fa', 3, 112],
  ] as const) {
    expectOk(
      await commands.countViews(
        { type: 'CountArticleViews', data: { articleId, views, from: at(minute - 1), to: at(minute) } },
        `rebuild-views-${minute}`,
        visitor,
      ),
    );
  }
  expectOk(
    await commands.vote(
      { type: 'VoteOnArticle', data: { articleId: 'error-1603.fa', helpful: true, voter: 'v1', at: at(120) } },
      'rebuild-vote',
      visitor,
    ),
  );
  expectOk(
    await commands.askQuestion(
      {
        type: 'AskQuestion',
        data: {
          questionId: 'q1',
          question: 'Setup asks for a third disc.',
          locale: 'en',
          name: null,
          email: null,
          articleId: null,
          searchQuery: 'third disc',
          at: at(121),
        },
      },
      'rebuild-ask',
      visitor,
    ),
  );
  expectOk(
    await commands.recordSearchMiss(
      {
        type: 'RecordSearchWithoutResults',
        data: { query: 'nothing-like-this', normalizedQuery: 'nothing-like-this', locale: 'en', at: at(122) },
      },
      'k1',
      'rebuild-miss',
      visitor,
    ),
  );
});

afterAll(async () => {
  await first?.stop();
  await store?.stop();
});

describe('rebuilding the read model from the events', () => {
  it('gives byte-identical public pages', async () => {
    const before = renderAll(first);
    expect(before.size).toBeGreaterThan(120);
    // The pages hold what the visitors' events made: the counted views, the most viewed, the edits.
    expect(before.get(`article fa/خطای-1628`)).toContain('۱۵ بار دیده شده');
    expect(before.get('article en/error-1608')).toContain('Install the <strong>full</strong> version first.');
    expect(before.get('article fa/اجرا-در-ویندوز-11')).toMatch(/^404\n/);
    expect(before.get('code en/1603')).toContain('error-1603-network');
    await first.stop();

    const second = await startKnowledgeBaseProcess(store.url);
    try {
      expect(second.readModel).not.toBe(first.readModel);
      const after = renderAll(second);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [key, html] of before) expect([key, after.get(key)]).toEqual([key, html]);
      // Rendering twice from one read model (caches warm) gives the same bytes as well.
      expect(renderAll(second)).toEqual(after);
    } finally {
      await second.stop();
    }
  });
});

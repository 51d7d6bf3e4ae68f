import { describe, expect, it } from 'vitest';
import { diffContents, type ArticleEvent } from '@deskstream/knowledge-base-domain';
import { LEILA, TOMAS, at, content, persianContent } from '@deskstream/knowledge-base-domain/testing';
import { statusOf } from './article-record';
import { publicViewAt } from './article-record';
import { KnowledgeBaseReadModel } from './read-model';
import { applyAll } from './test-support/in-memory-articles';

/** Stands in for the api's sanitising renderer, counting its calls. */
const renderer = () => {
  const render = (markdown: string) => {
    render.calls++;
    return `<p>${markdown.length}</p>`;
  };
  render.calls = 0;
  return render;
};

const drafted = (articleId: string, c = content(), minutes = 0): ArticleEvent => ({
  type: 'ArticleDrafted',
  data: { articleId, revision: 1, content: c, by: LEILA, at: at(minutes) },
});
const revised = (
  articleId: string,
  revision: number,
  c: ReturnType<typeof content>,
  minutes: number,
): ArticleEvent => ({
  type: 'ArticleRevised',
  data: { articleId, revision, content: c, by: TOMAS, at: at(minutes) },
});
const published = (articleId: string, revision: number, minutes: number): ArticleEvent => ({
  type: 'ArticlePublished',
  data: { articleId, revision, by: TOMAS, at: at(minutes) },
});
const unpublished = (articleId: string, revision: number, minutes: number): ArticleEvent => ({
  type: 'ArticleUnpublished',
  data: { articleId, revision, by: TOMAS, at: at(minutes) },
});

function build(events: ArticleEvent[]) {
  const readModel = new KnowledgeBaseReadModel(renderer());
  applyAll(readModel, events);
  return readModel;
}

describe('the article catalog', () => {
  it('keeps every revision and the full history with who and when', () => {
    const second = content({ title: 'Error 1603 while installing' });
    const readModel = build([drafted('a1'), revised('a1', 2, second, 5), published('a1', 2, 10)]);
    const record = readModel.catalog.articles.get('a1')!;
    expect(record.revisions.map((r) => [r.revision, r.kind, r.by.displayName, r.at])).toEqual([
      [1, 'DRAFTED', 'Leila Rahimi', at(0)],
      [2, 'REVISED', 'Tomás Ortega', at(5)],
    ]);
    expect(record.history.map((h) => [h.kind, h.revision, h.by.staffId, h.at])).toEqual([
      ['DRAFTED', 1, 'staff-leila', at(0)],
      ['REVISED', 2, 'staff-tomas', at(5)],
      ['PUBLISHED', 2, 'staff-tomas', at(10)],
    ]);
    expect(statusOf(record)).toBe('PUBLISHED');
  });

  it('keeps showing the published revision while a newer draft is edited', () => {
    const readModel = build([
      drafted('a1'),
      published('a1', 1, 1),
      revised('a1', 2, content({ title: 'Draft title' }), 2),
    ]);
    expect(readModel.catalog.publicBySlug('en', 'error-1603')!.content.title).toBe('Error 1603 during installation');
    expect(statusOf(readModel.catalog.articles.get('a1')!)).toBe('DRAFT');
  });

  it('finds published articles by language and slug, by error code, and their translations', () => {
    const readModel = build([
      drafted('en'),
      drafted('fa', persianContent()),
      published('en', 1, 1),
      published('fa', 1, 2),
    ]);
    expect(readModel.catalog.publicBySlug('fa', 'خطای-1603')!.id).toBe('fa');
    expect(readModel.catalog.publicByErrorCode('1603').map((a) => a.id)).toEqual(['en', 'fa']);
    expect(readModel.catalog.publicByErrorCode('۱۶۰۳', 'fa').map((a) => a.id)).toEqual(['fa']);
    expect(readModel.catalog.translationsOf(readModel.catalog.publicArticle('en')!).map((a) => a.id)).toEqual(['fa']);
  });

  it('drops an unpublished article from every public index and from search', () => {
    const readModel = build([drafted('a1'), published('a1', 1, 1), unpublished('a1', 1, 2)]);
    expect(readModel.catalog.publicBySlug('en', 'error-1603')).toBeUndefined();
    expect(readModel.catalog.publicByErrorCode('1603')).toEqual([]);
    expect(readModel.search.search('1603').total).toBe(0);
    expect(readModel.catalog.articleUsingSlug('en', 'error-1603')).toBe('a1');
  });

  it('lists the newest first', () => {
    const readModel = build([
      drafted('old', content({ slug: 'old' }), 0),
      drafted('new', content({ slug: 'new' }), 0),
      published('old', 1, 1),
      published('new', 1, 5),
    ]);
    expect(readModel.catalog.newest().map((a) => a.id)).toEqual(['new', 'old']);
    expect(readModel.catalog.newest('fa')).toEqual([]);
  });
});

describe('time travel', () => {
  it('shows the article exactly as the public saw it at any instant', () => {
    const second = content({ body: 'Second version of the answer.' });
    const readModel = build([
      drafted('a1'),
      published('a1', 1, 10),
      revised('a1', 2, second, 20),
      published('a1', 2, 30),
      unpublished('a1', 2, 40),
    ]);
    const record = readModel.catalog.articles.get('a1')!;
    const seen = (minutes: number) => publicViewAt(record, new Date(at(minutes)))?.revision ?? null;
    expect([seen(5), seen(10), seen(25), seen(30), seen(35), seen(40), seen(50)]).toEqual([
      null,
      1,
      1,
      2,
      2,
      null,
      null,
    ]);
    expect(publicViewAt(record, new Date(at(25)))!.content.body).toBe('Run the installer as an administrator.');
  });
});

describe('diffs between revisions', () => {
  it('shows what changed, field by field', () => {
    const fields = diffContents(
      content(),
      content({ title: 'Error 1603 while installing', errorCodes: ['1603', '1620'] }),
    );
    expect(fields.map((field) => field.field)).toEqual(['title', 'errorCodes']);
    expect(fields[1]!.parts).toEqual([
      { kind: 'SAME', text: '1603' },
      { kind: 'ADDED', text: '1620' },
    ]);
  });
});

describe('the public search, kept in step with publishing', () => {
  it('finds a published article from Persian digits and a Persian phrase, and only once it is published', () => {
    const readModel = build([drafted('fa', persianContent())]);
    expect(readModel.search.search('۱۶۰۳').total).toBe(0);
    applyAll(readModel, [published('fa', 1, 1)]);
    for (const query of ['۱۶۰۳', '1603', 'خطای 1603']) expect(readModel.search.search(query).hits[0]!.id).toBe('fa');
  });

  it('searches the revision that is public, not the draft', () => {
    const readModel = build([
      drafted('a1'),
      published('a1', 1, 1),
      revised('a1', 2, content({ title: 'Completely different' }), 2),
    ]);
    expect(readModel.search.search('completely').total).toBe(0);
    applyAll(readModel, [published('a1', 2, 3)]);
    expect(readModel.search.search('completely').total).toBe(1);
    expect(readModel.search.search('during').total).toBe(0);
  });

  it('filters by language', () => {
    const readModel = build([
      drafted('en'),
      drafted('fa', persianContent()),
      published('en', 1, 1),
      published('fa', 1, 2),
    ]);
    expect(readModel.search.search('1603', { locale: 'fa' }).hits.map((hit) => hit.id)).toEqual(['fa']);
  });
});

describe('popularity and the visitor inbox', () => {
  it('counts views and votes', () => {
    const readModel = build([]);
    applyAll(readModel, [
      { type: 'ArticleViewsCounted', data: { articleId: 'a', views: 3, from: at(0), to: at(1) } },
      { type: 'ArticleViewsCounted', data: { articleId: 'b', views: 5, from: at(0), to: at(1) } },
      { type: 'ArticleViewsCounted', data: { articleId: 'a', views: 4, from: at(1), to: at(2) } },
      { type: 'ArticleVoted', data: { articleId: 'a', helpful: true, voter: 'v1', at: at(2) } },
      { type: 'ArticleVoted', data: { articleId: 'a', helpful: false, voter: 'v2', at: at(2) } },
      { type: 'ArticleVoted', data: { articleId: 'a', helpful: true, voter: 'v3', at: at(2) } },
    ]);
    expect(readModel.popularity.mostViewed(['a', 'b', 'c'], 10)).toEqual(['a', 'b']);
    expect(readModel.popularity.helpfulnessOf('a')).toEqual({ helpful: 2, notHelpful: 1 });
  });

  it('lists questions newest first and groups searches that found nothing', () => {
    const readModel = build([]);
    const question = (questionId: string, minutes: number) => ({
      type: 'KnowledgeBaseQuestionAsked' as const,
      data: {
        questionId,
        question: 'How do I register offline?',
        locale: 'en' as const,
        name: null,
        email: null,
        articleId: null,
        searchQuery: null,
        at: at(minutes),
      },
    });
    const miss = (query: string, minutes: number) => ({
      type: 'KnowledgeBaseSearchFoundNothing' as const,
      data: { query, normalizedQuery: query.toLowerCase(), locale: 'en' as const, at: at(minutes) },
    });
    applyAll(readModel, [
      question('q1', 1),
      question('q2', 2),
      miss('Fehler 1603', 1),
      miss('fehler 1603', 3),
      miss('zzz', 2),
    ]);
    expect(readModel.inbox.latestQuestions(10).map((q) => q.questionId)).toEqual(['q2', 'q1']);
    expect(readModel.inbox.unansweredSearches(10)).toEqual([
      { query: 'fehler 1603', normalizedQuery: 'fehler 1603', locale: 'en', count: 2, firstAt: at(1), lastAt: at(3) },
      { query: 'zzz', normalizedQuery: 'zzz', locale: 'en', count: 1, firstAt: at(2), lastAt: at(2) },
    ]);
  });

  it('keeps a question’s answer with it, and says how its decider sees it', () => {
    const readModel = build([]);
    const by = { staffId: 'staff-sara', displayName: 'Sara' };
    applyAll(readModel, [
      {
        type: 'KnowledgeBaseQuestionAsked',
        data: {
          questionId: 'q1',
          question: 'Error 1603?',
          locale: 'en',
          name: 'Reza',
          email: 'reza@example.org',
          articleId: null,
          searchQuery: null,
          at: at(1),
        },
      },
      {
        type: 'KnowledgeBaseQuestionAnswered',
        data: { questionId: 'q1', answer: 'Run it as administrator.', by, mailId: 'mail-1', at: at(2) },
      },
      // An answer to a question this read model never saw (a stream from elsewhere) is ignored.
      {
        type: 'KnowledgeBaseQuestionAnswered',
        data: { questionId: 'q9', answer: 'x', by, mailId: 'mail-9', at: at(2) },
      },
    ]);
    expect(readModel.inbox.question('q1')?.answer).toEqual({
      answer: 'Run it as administrator.',
      by,
      mailId: 'mail-1',
      at: at(2),
    });
    expect(readModel.inbox.questionState('q1')).toEqual({
      asked: true,
      email: 'reza@example.org',
      answeredWith: 'mail-1',
    });
    expect(readModel.inbox.questionState('q9')).toEqual({ asked: false, email: null, answeredWith: null });
  });
});

describe('rendered bodies', () => {
  it('renders each revision once, with the renderer it is given', () => {
    const render = renderer();
    const readModel = new KnowledgeBaseReadModel(render);
    applyAll(readModel, [drafted('a1', content({ body: '**ok**' })), published('a1', 1, 1)]);
    const html = readModel.renderedBody('a1', 1)!;
    expect(html).toBe('<p>6</p>');
    expect(readModel.renderedBody('a1', 1)).toBe(html);
    expect(render.calls).toBe(1);
    expect(readModel.renderedBody('a1', 9)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { useArticleEditorStore } from './article-editor-store';
import { useArticleHistoryStore } from './article-history-store';
import { editableArticle, signedInConsole } from './test-support/knowledge-base-fixtures';

const DIFF = {
  fromRevision: 1,
  toRevision: 3,
  fields: [
    {
      field: 'title',
      parts: [
        { kind: 'REMOVED', text: 'Old' },
        { kind: 'ADDED', text: 'New' },
      ],
    },
  ],
};
const SNAPSHOT = {
  id: 'article-1',
  locale: 'en',
  slug: 'error-1603',
  title: 'Error 1603',
  bodyHtml: '<p>Hi</p>',
  revision: 2,
  publishedAt: '2026-03-21T10:00:00.000Z',
  firstPublishedAt: '2026-03-21T10:00:00.000Z',
};

async function historyWith(resolvers: Parameters<typeof signedInConsole>[1]) {
  const harness = await signedInConsole(['AGENT'], {
    EditableArticle: ({ id }) => ({ data: { editableArticle: editableArticle({ id: id as string, revisions: 3 }) } }),
    ...resolvers,
  });
  const editor = useArticleEditorStore(harness.pinia);
  await editor.open('article-1');
  return { ...harness, editor, history: useArticleHistoryStore(harness.pinia) };
}

describe('useArticleHistoryStore', () => {
  it('keeps the last two picked revisions and diffs them oldest first', async () => {
    const { history, fake } = await historyWith({ ArticleDiff: () => ({ data: { articleDiff: DIFF } }) });
    history.togglePick(3);
    history.togglePick(2);
    history.togglePick(1);
    expect(history.picked).toEqual([2, 1]);
    history.togglePick(2);
    history.togglePick(3);
    expect(history.picked).toEqual([1, 3]);
    await history.comparePicked();
    expect(fake.calls.find((c) => c.name === 'ArticleDiff')!.variables).toEqual({
      id: 'article-1',
      fromRevision: 1,
      toRevision: 3,
    });
    expect(history.diffState).toBe('ready');
    expect(history.diff?.fields[0]?.field).toBe('title');
  });

  it('shows the article as the public saw it at an instant, or that it was not public then', async () => {
    let answer: unknown = SNAPSHOT;
    const { history, fake } = await historyWith({
      ArticleAsPublishedAt: () => ({ data: { articleAsPublishedAt: answer } }),
    });
    const at = new Date('2026-03-21T11:30:00Z');
    await history.travelTo(at);
    expect(fake.calls.find((c) => c.name === 'ArticleAsPublishedAt')!.variables).toEqual({
      id: 'article-1',
      at: '2026-03-21T11:30:00.000Z',
    });
    expect(history.snapshot?.revision).toBe(2);
    answer = null;
    await history.travelTo(new Date('2026-03-01T00:00:00Z'));
    expect(history.travelState).toBe('ready');
    expect(history.snapshot).toBeNull();
    expect(history.travelledTo).toBe('2026-03-01T00:00:00.000Z');
  });

  it('keeps a refused time as an error', async () => {
    const { history } = await historyWith({
      ArticleAsPublishedAt: () => ({ errors: [{ message: 'bad time', code: 'VALIDATION_ERROR' }] }),
    });
    await history.travelTo(new Date('2026-03-21T11:30:00Z'));
    expect(history.travelState).toBe('error');
    expect(history.travelFailure?.code).toBe('VALIDATION_ERROR');
  });

  it('starts over when another article is opened', async () => {
    const { history, editor } = await historyWith({
      ArticleDiff: () => ({ data: { articleDiff: DIFF } }),
      ArticleAsPublishedAt: () => ({ data: { articleAsPublishedAt: SNAPSHOT } }),
    });
    history.togglePick(1);
    history.togglePick(3);
    await history.comparePicked();
    await history.travelTo(new Date());
    await editor.open('article-2');
    await expect.poll(() => history.picked).toEqual([]);
    expect(history.diff).toBeNull();
    expect(history.snapshot).toBeNull();
    expect(history.travelState).toBe('idle');
  });
});

import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import { useArticleEditorStore } from './article-editor-store';
import { useArticleListStore } from './article-list-store';
import { articleContent, editableArticle, signedInConsole, YUKI } from './test-support/knowledge-base-fixtures';

async function editorWith(
  resolvers: Parameters<typeof signedInConsole>[1],
  roles: Parameters<typeof signedInConsole>[0] = ['AGENT'],
) {
  const harness = await signedInConsole(roles, resolvers);
  return { ...harness, editor: useArticleEditorStore(harness.pinia), list: useArticleListStore(harness.pinia) };
}

describe('useArticleEditorStore: drafting and revising', () => {
  it('drafts a new article with a fresh command id, then edits it at its first revision', async () => {
    const drafted = editableArticle();
    const { editor, fake, list } = await editorWith({ DraftArticle: () => ({ data: { draftArticle: drafted } }) });
    editor.startNew('en');
    expect(editor.isNew).toBe(true);
    Object.assign(editor.form, articleContent({ translationGroup: '' }));
    expect(editor.dirty).toBe(true);

    expect(await editor.save()).toBe(true);
    const call = fake.calls.find((c) => c.name === 'DraftArticle')!;
    expect(call.variables['commandId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(call.variables['input']).toEqual(articleContent({ translationGroup: 'error-1603' }));
    expect(editor.articleId).toBe('article-1');
    expect(editor.baseRevision).toBe(1);
    expect(editor.dirty).toBe(false);
    expect(editor.notice).toEqual({ key: 'drafted', params: {} });
    expect(list.entries.map((entry) => entry.id)).toEqual(['article-1']);
  });

  it('sends nothing while fields are invalid, and shows why', async () => {
    const { editor, fake } = await editorWith({});
    editor.startNew('fa');
    expect(editor.visibleFieldErrors).toEqual({});
    expect(await editor.save()).toBe(false);
    expect(fake.calls.filter((c) => c.name === 'DraftArticle')).toHaveLength(0);
    expect(editor.visibleFieldErrors).toMatchObject({
      slug: 'KB_SLUG_INVALID',
      title: 'KB_TITLE_INVALID',
      stage: 'KB_STAGE_INVALID',
    });
    expect(editor.failure?.code).toBe('VALIDATION_ERROR');
  });

  it('revises on top of the revision it loaded', async () => {
    const { editor, fake } = await editorWith({
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2 }) } }),
      ReviseArticle: ({ input }) => ({
        data: { reviseArticle: editableArticle({ revisions: 3, content: input as object }) },
      }),
    });
    await editor.open('article-1');
    expect(editor.loadState).toBe('ready');
    expect(editor.form.title).toBe('Error 1603 during setup');
    editor.form.title = 'Error 1603: setup stops';
    expect(await editor.save()).toBe(true);
    const call = fake.calls.find((c) => c.name === 'ReviseArticle')!;
    expect(call.variables).toMatchObject({
      id: 'article-1',
      baseRevision: 2,
      input: { title: 'Error 1603: setup stops' },
    });
    expect(editor.baseRevision).toBe(3);
    expect(editor.notice).toEqual({ key: 'saved', params: { revision: 3 } });
  });

  it('keeps what was typed while a save was on its way', async () => {
    const answer = deferred<FakeAnswer>();
    const { editor } = await editorWith({
      EditableArticle: () => ({ data: { editableArticle: editableArticle() } }),
      ReviseArticle: () => answer.promise,
    });
    await editor.open('article-1');
    editor.form.title = 'First change';
    const saving = editor.save();
    expect(editor.busy).toBe('save');
    editor.form.body = 'Typed during the save';
    answer.resolve({ data: { reviseArticle: editableArticle({ revisions: 2, content: { title: 'First change' } }) } });
    await saving;
    expect(editor.form.body).toBe('Typed during the save');
    expect(editor.form.title).toBe('First change');
    expect(editor.dirty).toBe(true);
    expect(editor.baseRevision).toBe(2);
  });

  it('never lets an article opened earlier replace the one opened last', async () => {
    const slow = deferred<FakeAnswer>();
    const { editor } = await editorWith({
      EditableArticle: ({ id }) =>
        id === 'slow' ? slow.promise : { data: { editableArticle: editableArticle({ id: 'fast' }) } },
    });
    const first = editor.open('slow');
    await editor.open('fast');
    slow.resolve({ data: { editableArticle: editableArticle({ id: 'slow' }) } });
    await first;
    expect(editor.articleId).toBe('fast');
  });

  it('says when there is no such article', async () => {
    const { editor } = await editorWith({ EditableArticle: () => ({ data: { editableArticle: null } }) });
    await editor.open('nope');
    expect(editor.loadState).toBe('missing');
  });
});

describe('useArticleEditorStore: two editors saving at once', () => {
  it('turns a CONFLICT into their version beside the untouched form, never overwriting', async () => {
    let served = 0;
    const theirs = editableArticle({ revisions: 3, by: YUKI, content: { title: 'Their title' } });
    const { editor, fake } = await editorWith({
      EditableArticle: () => ({
        data: { editableArticle: served++ === 0 ? editableArticle({ revisions: 2 }) : theirs },
      }),
      ReviseArticle: ({ baseRevision }) =>
        baseRevision === 2
          ? { errors: [{ message: 'Someone saved this article after you opened it.', code: 'CONFLICT' }] }
          : { data: { reviseArticle: editableArticle({ revisions: 4, content: { title: 'My title' } }) } },
    });
    await editor.open('article-1');
    editor.form.title = 'My title';

    expect(await editor.save()).toBe(false);
    expect(editor.conflict?.base).toBe(2);
    expect(editor.conflict?.theirs.latest).toMatchObject({ revision: 3, title: 'Their title', by: YUKI });
    expect(editor.form.title).toBe('My title');
    expect(editor.baseRevision).toBe(2);
    expect(editor.slugTaken).toBe(false);
    // While the conflict is open, nothing else is saved.
    expect(await editor.save()).toBe(false);
    expect(fake.calls.filter((c) => c.name === 'ReviseArticle')).toHaveLength(1);

    // Saving over theirs is an explicit choice, made on top of their revision.
    expect(await editor.saveMineOverTheirs()).toBe(true);
    expect(fake.calls.filter((c) => c.name === 'ReviseArticle').map((c) => c.variables['baseRevision'])).toEqual([
      2, 3,
    ]);
    expect(editor.conflict).toBeNull();
    expect(editor.baseRevision).toBe(4);
  });

  it('can take their version instead, dropping the own changes', async () => {
    let served = 0;
    const { editor } = await editorWith({
      EditableArticle: () => ({
        data: {
          editableArticle:
            served++ === 0
              ? editableArticle({ revisions: 2 })
              : editableArticle({ revisions: 3, by: YUKI, content: { title: 'Their title' } }),
        },
      }),
      ReviseArticle: () => ({ errors: [{ message: 'conflict', code: 'CONFLICT' }] }),
    });
    await editor.open('article-1');
    editor.form.title = 'My title';
    await editor.save();
    editor.takeTheirs();
    expect(editor.conflict).toBeNull();
    expect(editor.form.title).toBe('Their title');
    expect(editor.baseRevision).toBe(3);
    expect(editor.dirty).toBe(false);
  });

  it("tells a slug already in use apart from someone else's save", async () => {
    const { editor } = await editorWith({
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2 }) } }),
      ReviseArticle: () => ({ errors: [{ message: 'slug taken', code: 'CONFLICT' }] }),
      DraftArticle: () => ({ errors: [{ message: 'slug taken', code: 'CONFLICT' }] }),
    });
    await editor.open('article-1');
    editor.form.slug = 'error-1608';
    await editor.save();
    expect(editor.conflict).toBeNull();
    expect(editor.slugTaken).toBe(true);
    editor.form.slug = 'error-1603-setup';
    await Promise.resolve();
    expect(editor.slugTaken).toBe(false);

    editor.startNew('en');
    Object.assign(editor.form, articleContent());
    await editor.save();
    expect(editor.slugTaken).toBe(true);
  });
});

describe('useArticleEditorStore: review, publishing and restoring', () => {
  it('submits, publishes and unpublishes the latest revision', async () => {
    const { editor, fake } = await editorWith(
      {
        EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2 }) } }),
        SubmitArticleForReview: () => ({
          data: { submitArticleForReview: editableArticle({ revisions: 2, review: 2 }) },
        }),
        PublishArticle: () => ({ data: { publishArticle: editableArticle({ revisions: 2, published: 2 }) } }),
        UnpublishArticle: () => ({ data: { unpublishArticle: editableArticle({ revisions: 2 }) } }),
      },
      ['SUPERVISOR'],
    );
    await editor.open('article-1');
    expect(editor.canPublish).toBe(true);
    expect(await editor.submitForReview()).toBe(true);
    expect(editor.article?.status).toBe('IN_REVIEW');
    expect(await editor.publish()).toBe(true);
    expect(editor.article?.status).toBe('PUBLISHED');
    expect(editor.notice?.key).toBe('published');
    expect(await editor.unpublish()).toBe(true);
    expect(fake.calls.find((c) => c.name === 'SubmitArticleForReview')!.variables).toMatchObject({
      id: 'article-1',
      revision: 2,
    });
    expect(fake.calls.find((c) => c.name === 'PublishArticle')!.variables).toMatchObject({
      id: 'article-1',
      revision: 2,
    });
    expect(fake.calls.find((c) => c.name === 'UnpublishArticle')!.variables).toMatchObject({ id: 'article-1' });
  });

  it('restores an old revision on top of the loaded one, but not over unsaved changes', async () => {
    const { editor, fake } = await editorWith({
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 3 }) } }),
      RestoreArticleRevision: () => ({
        data: { restoreArticleRevision: editableArticle({ revisions: 4, content: { title: 'Back to one' } }) },
      }),
    });
    await editor.open('article-1');
    editor.form.title = 'Unsaved';
    expect(await editor.restore(1)).toBe(false);
    editor.form.title = 'Error 1603 during setup';
    expect(await editor.restore(1)).toBe(true);
    expect(fake.calls.find((c) => c.name === 'RestoreArticleRevision')!.variables).toMatchObject({
      id: 'article-1',
      baseRevision: 3,
      fromRevision: 1,
    });
    expect(editor.form.title).toBe('Back to one');
    expect(editor.notice).toEqual({ key: 'restored', params: { from: 1, revision: 4 } });
  });

  it('does not let an agent publish', async () => {
    const { editor } = await editorWith({ EditableArticle: () => ({ data: { editableArticle: editableArticle() } }) }, [
      'AGENT',
    ]);
    await editor.open('article-1');
    expect(editor.canPublish).toBe(false);
  });
});

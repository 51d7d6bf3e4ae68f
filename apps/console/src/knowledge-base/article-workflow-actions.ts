import type { Outcome } from '@deskstream/ui';
import type { Ref, ShallowRef } from 'vue';
import type { EditableArticleFieldsFragment as EditableArticle } from '../generated/graphql';
import type { createArticleEditorApi } from './article-editor-api';
import type { EditorAction, EditorConflict, EditorNotice } from './article-editor-store';

/** What the workflow actions need from the editor: its article, its state and the way it runs an action. */
export interface ArticleWorkflowEditor {
  api: ReturnType<typeof createArticleEditorApi>;
  article: ShallowRef<EditableArticle | null>;
  dirty: Readonly<Ref<boolean>>;
  conflict: ShallowRef<EditorConflict | null>;
  notice: ShallowRef<EditorNotice | null>;
  run(action: EditorAction, send: () => Promise<Outcome<EditableArticle>>, sent: null): Promise<EditableArticle | null>;
}

/**
 * The article's review workflow in the editor: submit for review, publish, unpublish and restore
 * an old revision. Each but unpublish needs the article saved as it stands (nothing unsaved, no
 * conflict open) and acts on the latest revision; each tells what it did as the editor's notice.
 */
export function createArticleWorkflowActions(editor: ArticleWorkflowEditor) {
  const { api, article, dirty, conflict, notice, run } = editor;

  function needsSavedArticle(): EditableArticle | null {
    const current = article.value;
    if (!current || dirty.value || conflict.value !== null) return null;
    return current;
  }

  async function submitForReview(): Promise<boolean> {
    const current = needsSavedArticle();
    if (!current) return false;
    const done = await run('submit', () => api.submitForReview(current.id, current.latest.revision), null);
    if (done) notice.value = { key: 'submitted', params: {} };
    return done !== null;
  }

  async function publish(): Promise<boolean> {
    const current = needsSavedArticle();
    if (!current) return false;
    const done = await run('publish', () => api.publish(current.id, current.latest.revision), null);
    if (done) notice.value = { key: 'published', params: {} };
    return done !== null;
  }

  async function unpublish(): Promise<boolean> {
    const current = article.value;
    if (!current || current.publishedRevision === null) return false;
    const done = await run('unpublish', () => api.unpublish(current.id), null);
    if (done) notice.value = { key: 'unpublished', params: {} };
    return done !== null;
  }

  /** Brings an old revision's content back as a new revision (the history keeps everything). */
  async function restore(fromRevision: number): Promise<boolean> {
    const current = needsSavedArticle();
    if (!current) return false;
    const done = await run('restore', () => api.restore(current.id, current.latest.revision, fromRevision), null);
    if (done) notice.value = { key: 'restored', params: { from: fromRevision, revision: done.latest.revision } };
    return done !== null;
  }

  return { submitForReview, publish, unpublish, restore };
}

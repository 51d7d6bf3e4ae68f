import {
  createLatestRequest,
  useGraphqlConnection,
  type ClientErrorCode,
  type Failure,
  type Outcome,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  EditableArticleFieldsFragment as EditableArticle,
  KnowledgeBaseLocale as ArticleLocale,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createArticleEditorApi } from './article-editor-api';
import { checkForm, copyForm, emptyForm, formOf, inputOf, sameForm, type ArticleForm } from './article-form';
import { useArticleListStore } from './article-list-store';
import { createArticleWorkflowActions } from './article-workflow-actions';
import { may } from './knowledge-base-access';

export type EditorLoadState = 'idle' | 'loading' | 'ready' | 'missing' | 'error';
export type EditorAction = 'save' | 'submit' | 'publish' | 'unpublish' | 'restore';

/** What the editor tells after an action went through: a `kb.editor.done.*` key and its values. */
export interface EditorNotice {
  key: 'drafted' | 'saved' | 'unchanged' | 'submitted' | 'published' | 'unpublished' | 'restored';
  params: Record<string, number>;
}

/** Someone saved the article after this editor opened it: their version, and the revision this editor started from. */
export interface EditorConflict {
  base: number;
  theirs: EditableArticle;
}

/**
 * One article in the editor: the form, the revision it was loaded at, and the workflow (save a
 * draft or a revision; submit for review, publish, unpublish and restore come from
 * `article-workflow-actions`). A save sends the revision the editor started from; when someone else saved in between, the api
 * answers CONFLICT, and the editor keeps the form untouched, loads their version beside it and
 * lets the person choose: see what changed, take theirs, or save theirs over explicitly. Nothing
 * is ever overwritten silently. Each async action takes a request token, so an answer for an
 * article the editor has left never lands in the one now open.
 */
export const useArticleEditorStore = defineStore('article-editor', () => {
  const api = createArticleEditorApi(useGraphqlConnection());
  const session = useSessionStore();
  const list = useArticleListStore();
  const requests = createLatestRequest();

  const article = shallowRef<EditableArticle | null>(null);
  const loadState = ref<EditorLoadState>('idle');
  const loadError = ref<ClientErrorCode | null>(null);
  const form = ref<ArticleForm>(emptyForm('en'));
  const pristine = shallowRef<ArticleForm>(emptyForm('en'));
  const busy = ref<EditorAction | null>(null);
  const failure = shallowRef<Failure | null>(null);
  const conflict = shallowRef<EditorConflict | null>(null);
  const notice = shallowRef<EditorNotice | null>(null);
  const slugTaken = ref(false);
  const showChecks = ref(false);

  const articleId = computed(() => article.value?.id ?? null);
  const isNew = computed(() => article.value === null);
  const baseRevision = computed(() => article.value?.latest.revision ?? null);
  const dirty = computed(() => !sameForm(form.value, pristine.value));
  const fieldErrors = computed(() => checkForm(form.value));
  const visibleFieldErrors = computed(() => (showChecks.value ? fieldErrors.value : {}));
  const canPublish = computed(() => may(session.staff?.roles, 'publishArticles'));

  watch(
    () => [form.value.slug, form.value.locale],
    () => (slugTaken.value = false),
  );

  function clear(): void {
    requests.invalidate();
    article.value = null;
    loadError.value = null;
    busy.value = null;
    failure.value = null;
    conflict.value = null;
    notice.value = null;
    slugTaken.value = false;
    showChecks.value = false;
  }

  function show(next: EditableArticle): void {
    article.value = next;
    pristine.value = formOf(next.latest);
    form.value = formOf(next.latest);
    loadState.value = 'ready';
  }

  /** An empty editor for a new article, optionally started from another (a translation). */
  function startNew(locale: ArticleLocale, prefill: Partial<ArticleForm> = {}): void {
    clear();
    const empty = emptyForm(locale);
    pristine.value = empty;
    form.value = { ...copyForm(empty), ...prefill, locale };
    loadState.value = 'ready';
  }

  async function open(id: string): Promise<void> {
    if (article.value?.id === id && loadState.value === 'ready') return;
    clear();
    loadState.value = 'loading';
    const ticket = requests.begin();
    const outcome = await api.fetch(id);
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      loadError.value = outcome.code;
      loadState.value = 'error';
    } else if (outcome.data.editableArticle === null) {
      loadState.value = 'missing';
    } else {
      show(outcome.data.editableArticle);
    }
  }

  /** Takes the article as the api answered; the form follows unless it was changed meanwhile. */
  function accept(next: EditableArticle, sent: ArticleForm | null): void {
    const keepTyping = sent !== null && !sameForm(form.value, sent);
    article.value = next;
    pristine.value = formOf(next.latest);
    if (!keepTyping) form.value = formOf(next.latest);
    list.remember({
      id: next.id,
      status: next.status,
      updatedAt: next.updatedAt,
      publishedRevision: next.publishedRevision,
      latest: next.latest,
    });
  }

  async function run(
    action: EditorAction,
    send: () => Promise<Outcome<EditableArticle>>,
    sent: ArticleForm | null,
  ): Promise<EditableArticle | null> {
    if (busy.value !== null) return null;
    const ticket = requests.begin();
    busy.value = action;
    failure.value = null;
    notice.value = null;
    const outcome = await send();
    if (!requests.isLatest(ticket)) return null;
    if (outcome.ok) {
      busy.value = null;
      accept(outcome.data, sent);
      return outcome.data;
    }
    await explain({ code: outcome.code, reason: outcome.reason }, ticket);
    if (requests.isLatest(ticket)) busy.value = null;
    return null;
  }

  /** A CONFLICT is either someone else's save (then load theirs beside the form) or a slug in use. */
  async function explain(reason: Failure, ticket: number): Promise<void> {
    const current = article.value;
    if (reason.code === 'CONFLICT' && reason.reason !== 'KB_SLUG_TAKEN' && current) {
      const latest = await api.fetch(current.id);
      if (!requests.isLatest(ticket)) return;
      const theirs = latest.ok ? latest.data.editableArticle : null;
      if (theirs && theirs.latest.revision !== current.latest.revision) {
        conflict.value = { base: current.latest.revision, theirs };
        return;
      }
    }
    if (reason.code === 'CONFLICT' && (reason.reason === 'KB_SLUG_TAKEN' || reason.reason === null || !current)) {
      slugTaken.value = true;
    }
    failure.value = reason;
  }

  /** Saves the form: the first draft, or a revision on top of the one the editor loaded. */
  async function save(): Promise<boolean> {
    if (busy.value !== null || conflict.value !== null) return false;
    showChecks.value = true;
    if (Object.keys(fieldErrors.value).length > 0) {
      failure.value = { code: 'VALIDATION_ERROR', reason: null };
      return false;
    }
    const sent = copyForm(form.value);
    const input = inputOf(sent);
    const current = article.value;
    if (!current) {
      const drafted = await run('save', () => api.draft(input), sent);
      if (drafted) notice.value = { key: 'drafted', params: {} };
      return drafted !== null;
    }
    if (!dirty.value) return true;
    const base = current.latest.revision;
    const saved = await run('save', () => api.revise(current.id, base, input), sent);
    if (saved)
      notice.value =
        saved.latest.revision > base
          ? { key: 'saved', params: { revision: saved.latest.revision } }
          : { key: 'unchanged', params: {} };
    return saved !== null;
  }

  /** The person takes the other editor's version: their revision in the form, the own changes dropped. */
  function takeTheirs(): void {
    const current = conflict.value;
    if (!current) return;
    conflict.value = null;
    failure.value = null;
    show(current.theirs);
    list.remember({ ...current.theirs });
  }

  /** The person has seen the other save and chooses to save the own version on top of it. */
  async function saveMineOverTheirs(): Promise<boolean> {
    const current = conflict.value;
    if (!current) return false;
    conflict.value = null;
    failure.value = null;
    article.value = current.theirs;
    pristine.value = formOf(current.theirs.latest);
    return save();
  }

  const { submitForReview, publish, unpublish, restore } = createArticleWorkflowActions({
    api,
    article,
    dirty,
    conflict,
    notice,
    run,
  });

  watch(
    () => session.token,
    () => {
      clear();
      loadState.value = 'idle';
      form.value = emptyForm('en');
      pristine.value = emptyForm('en');
    },
  );

  return {
    article,
    articleId,
    isNew,
    loadState,
    loadError,
    form,
    dirty,
    baseRevision,
    busy,
    failure,
    conflict,
    notice,
    slugTaken,
    fieldErrors,
    visibleFieldErrors,
    canPublish,
    startNew,
    open,
    save,
    takeTheirs,
    saveMineOverTheirs,
    submitForReview,
    publish,
    unpublish,
    restore,
  };
});

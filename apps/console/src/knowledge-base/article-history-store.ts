import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { ArticleAsPublishedAtQuery, ArticleDiffQuery } from '../api/knowledge-base-operations';
import type {
  ArticleDiffFieldsFragment as ArticleDiff,
  PublicArticleSnapshotFieldsFragment as PublicArticleSnapshot,
} from '../generated/graphql';
import { useArticleEditorStore } from './article-editor-store';

export type LookupState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Looking back at the article open in the editor: the two revisions picked in the history and
 * the diff between them, and time travel — the article exactly as the public saw it at an
 * instant (or that it was not public then). Both start over when another article is opened.
 */
export const useArticleHistoryStore = defineStore('article-history', () => {
  const connection = useGraphqlConnection();
  const editor = useArticleEditorStore();

  const picked = ref<number[]>([]);
  const diffRequests = createLatestRequest();
  const diff = shallowRef<ArticleDiff | null>(null);
  const diffState = ref<LookupState>('idle');
  const diffFailure = shallowRef<Failure | null>(null);

  const travelRequests = createLatestRequest();
  const snapshot = shallowRef<PublicArticleSnapshot | null>(null);
  const travelledTo = ref<string | null>(null);
  const travelState = ref<LookupState>('idle');
  const travelFailure = shallowRef<Failure | null>(null);

  /** Picks or unpicks a revision; picking a third lets go of the first picked. */
  function togglePick(revision: number): void {
    picked.value = picked.value.includes(revision)
      ? picked.value.filter((r) => r !== revision)
      : [...picked.value, revision].slice(-2);
  }

  async function compare(fromRevision: number, toRevision: number): Promise<void> {
    const id = editor.articleId;
    if (!id) return;
    const [from, to] = fromRevision <= toRevision ? [fromRevision, toRevision] : [toRevision, fromRevision];
    const ticket = diffRequests.begin();
    diffState.value = 'loading';
    diffFailure.value = null;
    const outcome = await outcomeOf(
      connection.client
        .query(ArticleDiffQuery, { id, fromRevision: from, toRevision: to }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!diffRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      diff.value = outcome.data.articleDiff;
      diffState.value = 'ready';
    } else {
      diffFailure.value = { code: outcome.code, reason: outcome.reason };
      diffState.value = 'error';
    }
  }

  function comparePicked(): Promise<void> {
    const [a, b] = picked.value;
    return a !== undefined && b !== undefined ? compare(a, b) : Promise.resolve();
  }

  function closeDiff(): void {
    diffRequests.invalidate();
    diff.value = null;
    diffState.value = 'idle';
    diffFailure.value = null;
  }

  /** The article as the public saw it at `at`; null in `snapshot` means it was not public then. */
  async function travelTo(at: Date): Promise<void> {
    const id = editor.articleId;
    if (!id || Number.isNaN(at.getTime())) return;
    const instant = at.toISOString();
    const ticket = travelRequests.begin();
    travelState.value = 'loading';
    travelFailure.value = null;
    const outcome = await outcomeOf(
      connection.client
        .query(ArticleAsPublishedAtQuery, { id, at: instant }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!travelRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      snapshot.value = outcome.data.articleAsPublishedAt;
      travelledTo.value = instant;
      travelState.value = 'ready';
    } else {
      travelFailure.value = { code: outcome.code, reason: outcome.reason };
      travelState.value = 'error';
    }
  }

  function closeTravel(): void {
    travelRequests.invalidate();
    snapshot.value = null;
    travelledTo.value = null;
    travelState.value = 'idle';
    travelFailure.value = null;
  }

  watch(
    () => editor.articleId,
    () => {
      picked.value = [];
      closeDiff();
      closeTravel();
    },
  );

  return {
    picked,
    togglePick,
    diff,
    diffState,
    diffFailure,
    compare,
    comparePicked,
    closeDiff,
    snapshot,
    travelledTo,
    travelState,
    travelFailure,
    travelTo,
    closeTravel,
  };
});

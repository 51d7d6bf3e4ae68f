import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { EditableArticlesQuery } from '../api/knowledge-base-operations';
import type {
  ArticleListEntryFieldsFragment as ArticleListEntry,
  ArticleStatus,
  KnowledgeBaseLocale as ArticleLocale,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { COMMON_STAGES, foldForFilter } from './article-form';

export type ListState = 'idle' | 'loading' | 'ready' | 'error';

/** As many as the api lists in one answer: the whole knowledge base of a publisher. */
export const LIST_SIZE = 500;

const collator = new Intl.Collator('en', { numeric: true });
const sortedUnique = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort(collator.compare);

/**
 * Every article as editors see it (its latest revision and where it stands), filtered by
 * language, status and a quick search on titles and error codes. The editor also asks it which
 * products, versions, stages and translation groups are already in use.
 */
export const useArticleListStore = defineStore('article-list', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();

  const entries = shallowRef<ArticleListEntry[]>([]);
  const state = ref<ListState>('idle');
  const error = ref<ClientErrorCode | null>(null);

  const locale = ref<ArticleLocale | ''>('');
  const status = ref<ArticleStatus | ''>('');
  const query = ref('');

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(EditableArticlesQuery, { first: LIST_SIZE }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      entries.value = outcome.data.editableArticles;
      state.value = 'ready';
      error.value = null;
    } else {
      error.value = outcome.code;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  /** Loads the list unless it is already there (the editor needs it, but need not wait for a fresh one). */
  function ensureLoaded(): Promise<void> {
    return state.value === 'ready' || state.value === 'loading' ? Promise.resolve() : load();
  }

  /** Takes the article as a save or publish returned it, so the list is right without a reload. */
  function remember(entry: ArticleListEntry): void {
    const others = entries.value.filter((other) => other.id !== entry.id);
    entries.value = [entry, ...others];
  }

  const filtered = computed(() => {
    const needle = foldForFilter(query.value.trim());
    return entries.value.filter(
      (entry) =>
        (!locale.value || entry.latest.locale === locale.value) &&
        (!status.value || entry.status === status.value) &&
        (!needle ||
          [entry.latest.title, entry.latest.slug, ...entry.latest.errorCodes].some((text) =>
            foldForFilter(text).includes(needle),
          )),
    );
  });

  const knownProducts = computed(() =>
    sortedUnique(entries.value.flatMap((entry) => entry.latest.products.map(({ product }) => product))),
  );

  function knownVersions(product: string): string[] {
    return sortedUnique(
      entries.value.flatMap((entry) =>
        entry.latest.products.filter((p) => p.product === product.trim()).flatMap((p) => p.versions),
      ),
    );
  }

  /** Stages used by articles about any of these products; with no product, every stage in use. */
  function knownStages(products: readonly string[]): string[] {
    const names = new Set(products.map((product) => product.trim()).filter(Boolean));
    const relevant =
      names.size === 0
        ? entries.value
        : entries.value.filter((entry) => entry.latest.products.some(({ product }) => names.has(product)));
    const stages = sortedUnique(relevant.map((entry) => entry.latest.stage));
    return stages.length > 0 ? stages : [...COMMON_STAGES];
  }

  const knownTranslationGroups = computed(() =>
    sortedUnique(entries.value.map((entry) => entry.latest.translationGroup)),
  );

  /** The other language versions of a translation group. */
  function translationsOf(group: string, exceptId: string | null): ArticleListEntry[] {
    const key = group.trim();
    if (!key) return [];
    return entries.value
      .filter((entry) => entry.id !== exceptId && entry.latest.translationGroup === key)
      .sort((a, b) => a.latest.locale.localeCompare(b.latest.locale));
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      entries.value = [];
      state.value = 'idle';
      error.value = null;
    },
  );

  return {
    entries,
    state,
    error,
    locale,
    status,
    query,
    filtered,
    load,
    ensureLoaded,
    remember,
    knownProducts,
    knownVersions,
    knownStages,
    knownTranslationGroups,
    translationsOf,
  };
});

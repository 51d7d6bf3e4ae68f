import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { reactive, ref, shallowRef, watch } from 'vue';
import { ChatArchiveQuery } from '../api/chat-operations';
import type { ChatArchiveFilter, ChatSummaryFieldsFragment as ChatSummary } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export const ARCHIVE_PAGE_SIZE = 25;

/** The archive's filters as the page holds them (and as its address carries them). */
export interface ArchiveFilters {
  text: string;
  departmentId: string;
  agentId: string;
  from: string;
  to: string;
  /** '' for any, '1'…'5' for that score, 'good' or 'notGood'. */
  rating: string;
}

export const emptyFilters = (): ArchiveFilters => ({
  text: '',
  departmentId: '',
  agentId: '',
  from: '',
  to: '',
  rating: '',
});

export function filterInput(filters: ArchiveFilters): ChatArchiveFilter {
  const input: ChatArchiveFilter = {};
  if (filters.text.trim()) input.text = filters.text.trim();
  if (filters.departmentId) input.departmentId = filters.departmentId;
  if (filters.agentId) input.agentId = filters.agentId;
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = filters.to;
  if (/^[1-5]$/.test(filters.rating)) input.rating = Number(filters.rating);
  if (filters.rating === 'good' || filters.rating === 'notGood') input.ratedGood = filters.rating === 'good';
  return input;
}

/**
 * Past and present chats the member may read, found by words (folded as the api folds them:
 * Persian and Arabic letters and digits, Japanese, Vietnamese tones) and filters, newest first,
 * a page at a time; a newer search always wins over an older answer.
 */
export const useChatArchiveStore = defineStore('chat-archive', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const filters = reactive(emptyFilters());
  const hits = shallowRef<{ excerpt: string | null; chat: ChatSummary }[]>([]);
  const total = ref(0);
  const nextOffset = ref<number | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ClientErrorCode | null>(null);
  /** Every agent seen in the results, for the agent filter. */
  const agents = shallowRef<{ id: string; name: string }[]>([]);

  async function search(offset = 0): Promise<void> {
    const ticket = requests.begin();
    state.value = 'loading';
    const variables = { filter: filterInput(filters), offset, limit: ARCHIVE_PAGE_SIZE };
    const outcome = await outcomeOf(
      connection.client.query(ChatArchiveQuery, variables, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      state.value = 'error';
      error.value = outcome.code;
      return;
    }
    const page = outcome.data.chatArchive;
    hits.value = offset === 0 ? page.hits : [...hits.value, ...page.hits];
    total.value = page.total;
    nextOffset.value = page.nextOffset ?? null;
    state.value = 'ready';
    error.value = null;
    const seen = new Map(agents.value.map((agent) => [agent.id, agent]));
    for (const { chat } of page.hits) if (chat.agent) seen.set(chat.agent.id, chat.agent);
    agents.value = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  function setFilters(next: Partial<ArchiveFilters>): Promise<void> {
    Object.assign(filters, emptyFilters(), next);
    return search(0);
  }

  function more(): Promise<void> {
    return nextOffset.value === null ? Promise.resolve() : search(nextOffset.value);
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      Object.assign(filters, emptyFilters());
      hits.value = [];
      total.value = 0;
      nextOffset.value = null;
      state.value = 'idle';
      agents.value = [];
    },
  );

  return { filters, hits, total, nextOffset, state, error, agents, search, setFilters, more };
});

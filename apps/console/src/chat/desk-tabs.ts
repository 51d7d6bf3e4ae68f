import { usePageVisibility, type OutgoingMessage } from '@deskstream/ui';
import { computed, ref, watch } from 'vue';
import type {
  ChatSummaryFieldsFragment as ChatSummary,
  TranscriptEntryFieldsFragment as TranscriptEntry,
} from '../generated/graphql';

/** One chat open at the desk, as a tab. */
export interface OpenChat {
  id: string;
  chat: ChatSummary;
  transcript: TranscriptEntry[];
  /** Sent from here and not yet in the transcript. */
  outgoing: OutgoingMessage[];
  /** Entries from the visitor (and notices) that arrived while this chat was not in view. */
  unread: number;
  /** The visitor's name while they are typing. */
  visitorTyping: string | null;
  draft: string;
}

/**
 * The desk's tabs and which one is in view: the agent is looking at a chat when the desk page is
 * shown, the browser tab is visible and the chat is the active one; only then does it count as
 * read. Tabs are switched by id, by number (from 1) or to the next and previous, wrapping round.
 */
export function useDeskTabs() {
  const tabs = ref<OpenChat[]>([]);
  const activeChatId = ref<string | null>(null);
  const active = computed(() => tabs.value.find((tab) => tab.id === activeChatId.value) ?? null);
  const totalUnread = computed(() => tabs.value.reduce((sum, tab) => sum + tab.unread, 0));

  const page = usePageVisibility();
  const deskViewers = ref(0);
  const looking = computed(() => deskViewers.value > 0 && page.visible.value);

  /** The desk page is shown: the chat in view counts as read. Returns the function that ends it. */
  function viewDesk(): () => void {
    deskViewers.value += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      deskViewers.value -= 1;
    };
  }

  watch([looking, activeChatId], () => {
    if (looking.value && active.value) active.value.unread = 0;
  });

  const tab = (chatId: string) => tabs.value.find((each) => each.id === chatId);
  const inView = (chatId: string) => looking.value && activeChatId.value === chatId;

  /** Adds a tab (its `outgoing` and `visitorTyping` may be refs: the tab unwraps them). */
  function add(open: OpenChat): OpenChat {
    tabs.value.push(open);
    return tab(open.id)!;
  }

  function select(chatId: string): void {
    if (!tab(chatId)) return;
    activeChatId.value = chatId;
    if (looking.value) tab(chatId)!.unread = 0;
  }

  /** The n-th tab, from 1. */
  function selectNumber(n: number): void {
    const target = tabs.value[n - 1];
    if (target) select(target.id);
  }

  /** The next (1) or previous (-1) tab, wrapping round. */
  function selectNext(step: 1 | -1): void {
    if (tabs.value.length === 0) return;
    const index = tabs.value.findIndex((each) => each.id === activeChatId.value);
    const next = (index + step + tabs.value.length) % tabs.value.length;
    select(tabs.value[index < 0 ? 0 : next]!.id);
  }

  /** Takes the tab away; the one after it (or before, at the end) comes into view. */
  function remove(chatId: string): boolean {
    const index = tabs.value.findIndex((each) => each.id === chatId);
    if (index < 0) return false;
    tabs.value.splice(index, 1);
    if (activeChatId.value === chatId)
      activeChatId.value = tabs.value[Math.min(index, tabs.value.length - 1)]?.id ?? null;
    return true;
  }

  function clear(): void {
    tabs.value = [];
    activeChatId.value = null;
  }

  return {
    tabs,
    activeChatId,
    active,
    totalUnread,
    viewDesk,
    tab,
    inView,
    add,
    select,
    selectNumber,
    selectNext,
    remove,
    clear,
  };
}

import { createLatestRequest, createTypingSignal, newCommandId, useGraphqlConnection, type TypingSignal } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, watch } from 'vue';
import type {
  ChatSummaryFieldsFragment as ChatSummary,
  ChatWithTranscriptFieldsFragment as ChatWithTranscript,
  TranscriptEntryFieldsFragment as TranscriptEntry,
  TransferTargetInput as TransferTarget,
} from '../generated/graphql';
import { AcceptChatMutation, ChatActivitySubscription, ChatQuery, ChatTypingSubscription, CloseChatMutation, MyChatsQuery, SendMessageMutation, SetTypingMutation, TransferChatMutation } from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { deskOutcomeOf, type DeskFailure } from './chat-outcome';
import { useChatQueueStore } from './chat-queue-store';

/** The longest message the api takes, in characters as people see them. */
export const MESSAGE_MAX_CHARACTERS = 10_000;
/** Waits before each automatic resend of a message the network lost (same client message id). */
export const SEND_RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];
/** A typing indication is repeated at most this often, and ends after this long without a key. */
export const TYPING_REPEAT_MS = 3_000;
export const TYPING_IDLE_MS = 4_000;
/** The visitor's typing indication is dropped if nothing confirms it for this long. */
export const VISITOR_TYPING_TIMEOUT_MS = 10_000;

export interface OutgoingMessage {
  clientMessageId: string;
  text: string;
  state: 'sending' | 'failed';
  failure: DeskFailure | null;
  /** The transcript entry that shows it, once there; until then it is shown as outgoing. */
  entryId: string | null;
}

export interface OpenChat {
  id: string;
  chat: ChatSummary;
  transcript: TranscriptEntry[];
  /** Sent here and not yet in the transcript. */
  outgoing: OutgoingMessage[];
  /** Entries from the visitor (and notices) that arrived while this chat was not in view. */
  unread: number;
  /** The visitor's name while they are typing. */
  visitorTyping: string | null;
  draft: string;
}

const characters = (text: string) => [...text].length;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The agent's open chats, one tab each: accepting (one agent wins; the other is told), each
 * chat's transcript live with the visitor's typing, sending with a client message id (resent on
 * a network error, so it is written once), the agent's typing, transfer and close. Unread counts
 * grow while a chat is not in view. Everything is reloaded after the live socket reconnects.
 */
export const useChatDeskStore = defineStore('chat-desk', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const queue = useChatQueueStore();

  const tabs = ref<OpenChat[]>([]);
  const activeChatId = ref<string | null>(null);
  const active = computed(() => tabs.value.find((tab) => tab.id === activeChatId.value) ?? null);
  const totalUnread = computed(() => tabs.value.reduce((sum, tab) => sum + tab.unread, 0));
  const accepting = ref<string | null>(null);
  const acceptFailure = ref<{ chatId: string; failure: DeskFailure } | null>(null);

  const tab = (chatId: string) => tabs.value.find((each) => each.id === chatId);
  const isMine = (chat: ChatSummary) => chat.status === 'ACTIVE' && chat.agent?.id === session.staff?.id;

  // --- is the agent looking? ------------------------------------------------------------------
  const deskViewers = ref(0);
  const pageVisible = ref(typeof document === 'undefined' || document.visibilityState !== 'hidden');
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => (pageVisible.value = document.visibilityState !== 'hidden'));
  }
  const looking = computed(() => deskViewers.value > 0 && pageVisible.value);

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

  // --- tabs -----------------------------------------------------------------------------------
  const live = new Map<string, () => void>();
  const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const reloads = new Map<string, ReturnType<typeof createLatestRequest>>();

  function openTab(chat: ChatWithTranscript, activate: boolean): OpenChat {
    let open = tab(chat.id);
    if (open) {
      showChat(open, chat);
    } else {
      const { transcript, ...summary } = chat;
      tabs.value.push({ id: chat.id, chat: summary, transcript: [...transcript], outgoing: [], unread: 0, visitorTyping: null, draft: '' });
      open = tab(chat.id)!;
      followChat(chat.id);
    }
    if (activate || activeChatId.value === null) activeChatId.value = chat.id;
    return open;
  }

  function showChat(open: OpenChat, chat: ChatWithTranscript): void {
    const { transcript, ...summary } = chat;
    open.chat = summary;
    const known = new Set(transcript.map((entry) => entry.id));
    // Entries pushed after this answer was made stay.
    const newer = open.transcript.filter((entry) => !known.has(entry.id) && entry.at > (transcript.at(-1)?.at ?? ''));
    open.transcript = [...transcript, ...newer];
    matchOutgoing(open);
  }

  function followChat(chatId: string): void {
    const activity = pipe(
      connection.client.subscription(ChatActivitySubscription, { chatId }),
      subscribe((result) => {
        const open = tab(chatId);
        if (!open || !result.data || result.data.chatActivity.chat.id !== chatId) return;
        open.chat = result.data.chatActivity.chat;
        addEntry(open, result.data.chatActivity.entry);
      }),
    );
    const typing = pipe(
      connection.client.subscription(ChatTypingSubscription, { chatId }),
      subscribe((result) => {
        const open = tab(chatId);
        if (!open || !result.data || result.data.chatTyping.chatId !== chatId || result.data.chatTyping.by !== 'VISITOR') return;
        showVisitorTyping(open, result.data.chatTyping.typing ? result.data.chatTyping.name : null);
      }),
    );
    live.set(chatId, () => {
      activity.unsubscribe();
      typing.unsubscribe();
    });
  }

  function showVisitorTyping(open: OpenChat, name: string | null): void {
    clearTimeout(typingTimers.get(open.id));
    open.visitorTyping = name;
    if (name !== null) {
      typingTimers.set(
        open.id,
        setTimeout(() => {
          const still = tab(open.id);
          if (still) still.visitorTyping = null;
        }, VISITOR_TYPING_TIMEOUT_MS),
      );
    }
  }

  function addEntry(open: OpenChat, entry: TranscriptEntry): void {
    const index = open.transcript.findIndex((each) => each.id === entry.id);
    if (index >= 0) {
      open.transcript[index] = entry;
      return;
    }
    open.transcript.push(entry);
    if (entry.author.kind === 'VISITOR') showVisitorTyping(open, null);
    matchOutgoing(open);
    if (!isMineEntry(entry) && !(looking.value && activeChatId.value === open.id)) open.unread += 1;
  }

  const isMineEntry = (entry: TranscriptEntry) => entry.author.kind === 'AGENT' && entry.author.id === session.staff?.id;
  // Per outgoing message, my entries already in the transcript when it was written (none of them is it).
  const writtenAfter = new Map<string, ReadonlySet<string>>();
  // Per chat, my entries known to be messages delivered from here.
  const delivered = new Map<string, Set<string>>();

  /**
   * Finds the transcript entry of each message still on its way, by its text, among my entries
   * that came after it was written and belong to no other message; the api's answer names the
   * entry for sure later. A message with its entry is no longer shown as outgoing.
   */
  function matchOutgoing(open: OpenChat): void {
    if (open.outgoing.length === 0) return;
    const claimed = new Set([...(delivered.get(open.id) ?? []), ...open.outgoing.flatMap((message) => message.entryId ?? [])]);
    for (const message of open.outgoing) {
      if (message.entryId !== null || message.state !== 'sending') continue;
      const earlier = writtenAfter.get(message.clientMessageId);
      const entry = open.transcript.find((each) => isMineEntry(each) && each.text === message.text && !claimed.has(each.id) && !earlier?.has(each.id));
      if (entry) {
        message.entryId = entry.id;
        claimed.add(entry.id);
      }
    }
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

  function closeTab(chatId: string): void {
    const index = tabs.value.findIndex((each) => each.id === chatId);
    if (index < 0) return;
    live.get(chatId)?.();
    live.delete(chatId);
    clearTimeout(typingTimers.get(chatId));
    stopTyping(chatId);
    tabs.value.splice(index, 1);
    delivered.delete(chatId);
    if (activeChatId.value === chatId) activeChatId.value = tabs.value[Math.min(index, tabs.value.length - 1)]?.id ?? null;
  }

  // --- loading --------------------------------------------------------------------------------
  const mineRequests = createLatestRequest();

  /** Opens a tab for each chat the agent holds (after sign-in, a reload, a reconnection). */
  async function loadMine(): Promise<void> {
    const ticket = mineRequests.begin();
    const outcome = await deskOutcomeOf(connection.client.query(MyChatsQuery, {}, { requestPolicy: 'network-only' }).toPromise());
    if (!mineRequests.isLatest(ticket) || !outcome.ok) return;
    for (const chat of outcome.data.myChats) openTab(chat, false);
  }

  /** Reads one open chat again, whole. */
  async function reloadChat(chatId: string): Promise<void> {
    let requests = reloads.get(chatId);
    if (!requests) reloads.set(chatId, (requests = createLatestRequest()));
    const ticket = requests.begin();
    const outcome = await deskOutcomeOf(connection.client.query(ChatQuery, { id: chatId }, { requestPolicy: 'network-only' }).toPromise());
    const open = tab(chatId);
    if (!requests.isLatest(ticket) || !open || !outcome.ok) return;
    showChat(open, outcome.data.chat);
  }

  /** Opens any chat the agent may see (from a visitor's history, or a supervisor's overview). */
  async function openChat(chatId: string): Promise<DeskFailure | null> {
    if (tab(chatId)) {
      select(chatId);
      return null;
    }
    const outcome = await deskOutcomeOf(connection.client.query(ChatQuery, { id: chatId }, { requestPolicy: 'network-only' }).toPromise());
    if (!outcome.ok) return outcome;
    openTab(outcome.data.chat, true);
    return null;
  }

  /** Keeps the agent's chats loaded and caught up after reconnections; returns the function that stops. */
  const follow = createSharedFollow(() => {
    const stopCatchingUp = connection.onLiveConnected(() => {
      void loadMine();
      for (const open of tabs.value) void reloadChat(open.id);
    });
    void loadMine();
    return stopCatchingUp;
  });

  // --- accepting ------------------------------------------------------------------------------
  /** Takes a pending chat. Another agent may win it first: then `acceptFailure` says so (CONFLICT). */
  async function accept(chatId: string): Promise<boolean> {
    accepting.value = chatId;
    acceptFailure.value = null;
    const outcome = await deskOutcomeOf(connection.client.mutation(AcceptChatMutation, { chatId }).toPromise());
    if (accepting.value === chatId) accepting.value = null;
    if (!outcome.ok) {
      acceptFailure.value = { chatId, failure: outcome };
      if (outcome.code === 'CONFLICT' || outcome.code === 'NOT_FOUND') void queue.loadQueue();
      return false;
    }
    queue.drop(chatId);
    openTab(outcome.data.acceptChat, true);
    return true;
  }

  function dismissAcceptFailure(): void {
    acceptFailure.value = null;
  }

  // --- sending --------------------------------------------------------------------------------
  /** Sends the text as one message; false when there is nothing to send or it is too long. */
  function send(chatId: string, text: string): boolean {
    const open = tab(chatId);
    if (!open || text.trim().length === 0 || characters(text) > MESSAGE_MAX_CHARACTERS) return false;
    const message: OutgoingMessage = { clientMessageId: newCommandId(), text, state: 'sending', failure: null, entryId: null };
    writtenAfter.set(message.clientMessageId, new Set(open.transcript.filter(isMineEntry).map((entry) => entry.id)));
    open.outgoing.push(message);
    stopTyping(chatId);
    void deliver(chatId, message.clientMessageId);
    return true;
  }

  /** Sends again a message that failed, with the same client message id (so it is written once). */
  function retry(chatId: string, clientMessageId: string): void {
    const message = tab(chatId)?.outgoing.find((each) => each.clientMessageId === clientMessageId);
    if (!message || message.state === 'sending') return;
    message.state = 'sending';
    message.failure = null;
    void deliver(chatId, clientMessageId);
  }

  function discard(chatId: string, clientMessageId: string): void {
    const open = tab(chatId);
    if (open) open.outgoing = open.outgoing.filter((each) => each.clientMessageId !== clientMessageId);
    writtenAfter.delete(clientMessageId);
  }

  async function deliver(chatId: string, clientMessageId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const message = tab(chatId)?.outgoing.find((each) => each.clientMessageId === clientMessageId);
      if (!message) return;
      const outcome = await deskOutcomeOf(connection.client.mutation(SendMessageMutation, { chatId, clientMessageId, text: message.text }).toPromise());
      const open = tab(chatId);
      const still = open?.outgoing.find((each) => each.clientMessageId === clientMessageId);
      if (!open || !still) return;
      if (outcome.ok) {
        const entry = outcome.data.sendMessage;
        // Another message of the same text may have taken this entry for its own: it looks again.
        for (const other of open.outgoing) if (other !== still && other.entryId === entry.id) other.entryId = null;
        let mine = delivered.get(chatId);
        if (!mine) delivered.set(chatId, (mine = new Set()));
        mine.add(entry.id);
        open.outgoing = open.outgoing.filter((each) => each.clientMessageId !== clientMessageId);
        writtenAfter.delete(clientMessageId);
        if (!open.transcript.some((each) => each.id === entry.id)) open.transcript.push(entry);
        matchOutgoing(open);
        return;
      }
      const delay = SEND_RETRY_DELAYS_MS[attempt];
      if (outcome.code === 'NETWORK_ERROR' && delay !== undefined) {
        await wait(delay);
        continue;
      }
      still.state = 'failed';
      still.failure = outcome;
      still.entryId = null;
      return;
    }
  }

  // --- typing ---------------------------------------------------------------------------------
  const typingSignals = new Map<string, TypingSignal>();

  /** The agent pressed a key in the reply box: tells the visitor, at most every few seconds. */
  function noteTyping(chatId: string): void {
    const open = tab(chatId);
    if (!open || !isMine(open.chat)) return;
    let signal = typingSignals.get(chatId);
    if (!signal) {
      signal = createTypingSignal(
        (typing) => void connection.client.mutation(SetTypingMutation, { chatId, typing }).toPromise(),
        { repeatMs: TYPING_REPEAT_MS, idleMs: TYPING_IDLE_MS },
      );
      typingSignals.set(chatId, signal);
    }
    signal.keyPressed();
  }

  function stopTyping(chatId: string): void {
    typingSignals.get(chatId)?.stop();
    typingSignals.delete(chatId);
  }

  // --- transfer and close ---------------------------------------------------------------------
  /** Hands the chat to another department or agent, with a note for them; its tab closes. */
  async function transfer(chatId: string, to: TransferTarget, note: string): Promise<DeskFailure | null> {
    const outcome = await deskOutcomeOf(
      connection.client.mutation(TransferChatMutation, { chatId, to, note: note.trim() || null, commandId: newCommandId() }).toPromise(),
    );
    if (!outcome.ok) return outcome;
    const open = tab(chatId);
    if (open) {
      open.chat = outcome.data.transferChat;
      if (!isMine(open.chat)) closeTab(chatId);
    }
    return null;
  }

  /** Ends the chat with a reason; the tab stays, showing the closing notice, until the agent closes it. */
  async function close(chatId: string, reason: string): Promise<DeskFailure | null> {
    const outcome = await deskOutcomeOf(connection.client.mutation(CloseChatMutation, { chatId, reason: reason.trim(), commandId: newCommandId() }).toPromise());
    if (!outcome.ok) return outcome;
    const open = tab(chatId);
    if (open) open.chat = outcome.data.closeChat;
    stopTyping(chatId);
    void reloadChat(chatId);
    return null;
  }

  // A new or ended session starts from a clean slate.
  watch(
    () => session.token,
    () => {
      for (const chatId of [...live.keys()]) closeTab(chatId);
      tabs.value = [];
      activeChatId.value = null;
      accepting.value = null;
      acceptFailure.value = null;
      mineRequests.invalidate();
      for (const signal of typingSignals.values()) signal.cancel();
      typingSignals.clear();
    },
  );

  return {
    tabs,
    activeChatId,
    active,
    totalUnread,
    accepting,
    acceptFailure,
    isMine,
    viewDesk,
    select,
    selectNumber,
    selectNext,
    closeTab,
    loadMine,
    reloadChat,
    openChat,
    follow,
    accept,
    dismissAcceptFailure,
    send,
    retry,
    discard,
    noteTyping,
    stopTyping,
    transfer,
    close,
  };
});

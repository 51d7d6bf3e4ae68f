import { checkMessage } from '@deskstream/chat-domain';
import { createLatestRequest, newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, watch, watchEffect } from 'vue';
import {
  AcceptChatMutation,
  ChatQuery,
  CloseChatMutation,
  MyChatsQuery,
  TransferChatMutation,
} from '../api/chat-operations';
import type {
  ChatSummaryFieldsFragment as ChatSummary,
  TranscriptEntryFieldsFragment as TranscriptEntry,
  TransferTargetInput,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';
import { useChatQueueStore } from './chat-queue-store';
import { useAgentTyping } from './desk-agent-typing';
import { followHandedOver, type HandedOver } from './desk-handed-over';
import { useDeskOutgoing } from './desk-outgoing';
import { useDeskLiveChats } from './desk-live-chats';
import { useDeskTabs } from './desk-tabs';

export type { OpenChat } from './desk-tabs';

export { VISITOR_TYPING_TIMEOUT_MS } from './desk-live-chats';

/**
 * The agent's open chats, one tab each (`desk-tabs`): accepting (one agent wins; the other is
 * told), each chat's transcript live with the visitor's typing (`desk-live-chats`), sending with a
 * client message id (`desk-outgoing`), the agent's typing (`desk-agent-typing`), transfer and
 * close. Unread counts grow while a chat is not in view. A chat a colleague transferred to the
 * agent by name opens in a tab as it happens, counts as unread and new until they look at it,
 * and tells its listeners (the chime). Everything is reloaded after the live socket reconnects.
 */
export const useChatDeskStore = defineStore('chat-desk', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const queue = useChatQueueStore();
  const desk = useDeskTabs();
  const { tabs, tab } = desk;
  const typing = useAgentTyping(connection);
  const outgoing = useDeskOutgoing(connection, (chatId, entry) => {
    const open = tab(chatId);
    if (open && !open.transcript.some((each) => each.id === entry.id)) open.transcript.push(entry);
  });

  const accepting = ref<string | null>(null);
  const acceptFailure = ref<{ chatId: string; failure: Failure } | null>(null);

  const isMine = (chat: ChatSummary) => chat.status === 'ACTIVE' && chat.agent?.id === session.staff?.id;
  const isMineEntry = (entry: TranscriptEntry) =>
    entry.author.kind === 'AGENT' && entry.author.id === session.staff?.id;
  const liveChats = useDeskLiveChats(connection, desk, outgoing, isMineEntry);
  const { openTab, showChat } = liveChats;

  // --- chats handed to the agent by name ------------------------------------------------------
  /** Chats handed over that the agent has not looked at yet (for the tab title). */
  const handedUnseen = ref<string[]>([]);
  const handedListeners = new Set<(handed: HandedOver) => void>();

  async function receiveHandedOver(handed: HandedOver): Promise<void> {
    const outcome = await readChat(handed.chat.id);
    if (!outcome.ok || outcome.data.chat.agent?.id !== session.staff?.id) return;
    const open = openTab(outcome.data.chat, false);
    if (!desk.inView(open.id)) {
      open.unread = Math.max(open.unread, 1);
      if (!handedUnseen.value.includes(open.id)) handedUnseen.value = [...handedUnseen.value, open.id];
    }
    for (const listener of [...handedListeners]) listener(handed);
  }

  /** Runs `listener` for every chat handed to the agent by name. */
  function onHandedOver(listener: (handed: HandedOver) => void): () => void {
    handedListeners.add(listener);
    return () => handedListeners.delete(listener);
  }

  watchEffect(() => {
    const still = handedUnseen.value.filter((id) => tab(id) && !desk.inView(id));
    if (still.length !== handedUnseen.value.length) handedUnseen.value = still;
  });

  function closeTab(chatId: string): void {
    if (!tab(chatId)) return;
    liveChats.stopFollowing(chatId);
    typing.stop(chatId);
    outgoing.forget(chatId);
    desk.remove(chatId);
  }

  // --- loading --------------------------------------------------------------------------------
  const mineRequests = createLatestRequest();
  const reloads = new Map<string, ReturnType<typeof createLatestRequest>>();
  const readChat = (chatId: string) =>
    outcomeOf(connection.client.query(ChatQuery, { id: chatId }, { requestPolicy: 'network-only' }).toPromise());

  /** Opens a tab for each chat the agent holds (after sign-in, a reload, a reconnection). */
  async function loadMine(): Promise<void> {
    const ticket = mineRequests.begin();
    const outcome = await outcomeOf(
      connection.client.query(MyChatsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!mineRequests.isLatest(ticket) || !outcome.ok) return;
    for (const chat of outcome.data.myChats) openTab(chat, false);
  }

  /** Reads one open chat again, whole. */
  async function reloadChat(chatId: string): Promise<void> {
    let requests = reloads.get(chatId);
    if (!requests) reloads.set(chatId, (requests = createLatestRequest()));
    const ticket = requests.begin();
    const outcome = await readChat(chatId);
    const open = tab(chatId);
    if (!requests.isLatest(ticket) || !open || !outcome.ok) return;
    showChat(open, outcome.data.chat);
  }

  /** Opens any chat the agent may see (from a visitor's history, or a supervisor's overview). */
  async function openChat(chatId: string): Promise<Failure | null> {
    if (tab(chatId)) {
      desk.select(chatId);
      return null;
    }
    const outcome = await readChat(chatId);
    if (!outcome.ok) return outcome;
    openTab(outcome.data.chat, true);
    return null;
  }

  /** Keeps the agent's chats loaded and caught up after reconnections; returns the function that stops. */
  const follow = createSharedFollow(() => {
    const stopCatchingUp = connection.onLiveConnected(() => {
      void loadMine();
      for (const open of tabs.value) void reloadChat(open.id);
      outgoing.resendTransient();
    });
    void loadMine();
    return [stopCatchingUp, followHandedOver(connection, (handed) => void receiveHandedOver(handed))];
  });

  // --- accepting ------------------------------------------------------------------------------
  /** Takes a pending chat. Another agent may win it first: then `acceptFailure` says so (CONFLICT). */
  async function accept(chatId: string): Promise<boolean> {
    accepting.value = chatId;
    acceptFailure.value = null;
    const outcome = await outcomeOf(connection.client.mutation(AcceptChatMutation, { chatId }).toPromise());
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

  // --- sending and typing ---------------------------------------------------------------------
  /** Sends the text as one message; false when there is nothing to send or it is too long (chat's own rule). */
  function send(chatId: string, text: string): boolean {
    if (!tab(chatId) || checkMessage(text)) return false;
    typing.stop(chatId);
    outgoing.of(chatId).send(text);
    return true;
  }

  /** Sends again a message that failed, with the same client message id (so it is written once). */
  function retry(chatId: string, clientMessageId: string): void {
    if (tab(chatId)) void outgoing.of(chatId).retry(clientMessageId);
  }

  function discard(chatId: string, clientMessageId: string): void {
    if (tab(chatId)) outgoing.of(chatId).discard(clientMessageId);
  }

  /** The agent pressed a key in the reply box: tells the visitor, at most every few seconds. */
  function noteTyping(chatId: string): void {
    const open = tab(chatId);
    if (open && isMine(open.chat)) typing.keyPressed(chatId);
  }

  // --- transfer and close ---------------------------------------------------------------------
  /** Hands the chat to another department or agent, with a note for them; its tab closes. */
  async function transfer(chatId: string, to: TransferTargetInput, note: string): Promise<Failure | null> {
    const variables = { chatId, to, note: note.trim() || null, commandId: newCommandId() };
    const outcome = await outcomeOf(connection.client.mutation(TransferChatMutation, variables).toPromise());
    if (!outcome.ok) return outcome;
    const open = tab(chatId);
    if (open) {
      open.chat = outcome.data.transferChat;
      if (!isMine(open.chat)) closeTab(chatId);
    }
    return null;
  }

  /** Ends the chat with a reason; the tab stays, showing the closing notice, until the agent closes it. */
  async function close(chatId: string, reason: string): Promise<Failure | null> {
    const variables = { chatId, reason: reason.trim(), commandId: newCommandId() };
    const outcome = await outcomeOf(connection.client.mutation(CloseChatMutation, variables).toPromise());
    if (!outcome.ok) return outcome;
    const open = tab(chatId);
    if (open) open.chat = outcome.data.closeChat;
    typing.stop(chatId);
    void reloadChat(chatId);
    return null;
  }

  // A new or ended session starts from a clean slate.
  watch(
    () => session.token,
    () => {
      typing.cancelAll();
      for (const chatId of liveChats.followedChatIds()) closeTab(chatId);
      outgoing.forgetAll();
      desk.clear();
      accepting.value = null;
      acceptFailure.value = null;
      handedUnseen.value = [];
      mineRequests.invalidate();
    },
  );

  return {
    tabs,
    activeChatId: desk.activeChatId,
    active: desk.active,
    totalUnread: desk.totalUnread,
    handedUnseen,
    onHandedOver,
    accepting,
    acceptFailure,
    isMine,
    viewDesk: desk.viewDesk,
    select: desk.select,
    selectNumber: desk.selectNumber,
    selectNext: desk.selectNext,
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
    stopTyping: typing.stop,
    transfer,
    close,
  };
});

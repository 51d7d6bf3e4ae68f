import { createLatestRequest, localeControlKey, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, inject, ref, shallowRef } from 'vue';
import { useChatFormStore } from './chat-form-store';
import { chatStorageKey, createChatStorage, type SavedChat } from './chat-storage';
import { useOfflineQuestionStore } from './offline-question-store';
import {
  CloseChatAsVisitorMutation,
  RequestChatMutation,
  VisitorChatQuery,
  type TranscriptEntry,
  type VisitorChat,
  type VisitorChatWithTranscript,
} from './operations';
import { useVisitorChatLive } from './visitor-chat-live';
import { useVisitorMessages } from './visitor-messages';
import { newVisitorToken } from './visitor-token';

export { MESSAGE_MAX_CHARACTERS, VISITOR_TYPING_IDLE_MS, type ShownEntry } from './visitor-messages';
export { AGENT_TYPING_FADE_MS, QUEUE_REFRESH_MS } from './visitor-chat-live';

/** What the chat panel shows. */
export type ChatScreen = 'loading' | 'resume-error' | 'form' | 'offline-sent' | 'chat';

const chatOf = ({ transcript: _transcript, ...chat }: VisitorChatWithTranscript): VisitorChat => chat;

/**
 * The visitor's conversation at the reference desk: start a chat from the form, wait in the
 * queue, talk live (`visitor-messages`, `visitor-chat-live`), close, start another. The chat id and
 * visitor token are kept in the browser, so a reload or a dropped connection resumes the same
 * chat; after every reconnection the transcript is reloaded and unsent messages go out again.
 */
export const useVisitorChatStore = defineStore('visitor-chat', () => {
  const connection = useGraphqlConnection();
  const storage = inject(chatStorageKey, null) ?? createChatStorage();
  // The page's language goes with the request: a ticket made from the chat is answered in it.
  const pageLocale = inject(localeControlKey, null)?.locale;
  const form = useChatFormStore();
  const offline = useOfflineQuestionStore();

  const saved = shallowRef<SavedChat | null>(null);
  const chat = shallowRef<VisitorChat | null>(null);
  const transcript = shallowRef<TranscriptEntry[]>([]);
  const resumeState = ref<'none' | 'resuming' | 'error'>('none');
  const starting = ref(false);
  const startError = ref<Failure | null>(null);
  const closing = ref(false);
  const closeError = ref<Failure | null>(null);
  const chatRequests = createLatestRequest();
  /** The token of a chat being started: kept until it succeeds, so a retry finds the same chat. */
  let startToken: string | null = null;

  function remember(next: SavedChat | null): void {
    saved.value = next;
    if (next) storage.save(next);
    else storage.clear();
  }

  function showChat(full: VisitorChatWithTranscript): void {
    chat.value = chatOf(full);
    transcript.value = [...full.transcript];
    form.departmentId = full.departmentId;
  }

  function addEntry(entry: TranscriptEntry): void {
    if (transcript.value.some((each) => each.id === entry.id)) return;
    const next = [...transcript.value, entry];
    // Stable: entries of the same moment keep the order they came in.
    next.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    transcript.value = next;
  }

  const askForChat = (current: SavedChat) =>
    outcomeOf(
      connection.client
        .query(
          VisitorChatQuery,
          { chatId: current.chatId, visitorToken: current.visitorToken },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    );

  /** Loads the chat again from the api: after a reconnection, and while waiting in the queue. */
  async function reload(): Promise<void> {
    const current = saved.value;
    if (!current) return;
    const ticket = chatRequests.begin();
    const outcome = await askForChat(current);
    if (!chatRequests.isLatest(ticket) || saved.value?.chatId !== current.chatId) return;
    if (outcome.ok) showChat(outcome.data.visitorChat);
  }

  const conversation = {
    saved,
    chat,
    transcript,
    addEntry,
    reload,
    keepUnsent: (unsent: SavedChat['unsent']) => {
      if (saved.value) remember({ ...saved.value, unsent });
    },
  };
  const messages = useVisitorMessages(conversation);
  const live = useVisitorChatLive({
    ...conversation,
    applyActivity(next, entry) {
      if (!chat.value || next.id !== chat.value.id) return;
      chat.value = next;
      addEntry(entry);
      messages.acknowledge(entry);
    },
    caughtUp() {
      void reload();
      messages.resendTransient();
    },
  });

  async function resume(savedChat: SavedChat): Promise<void> {
    saved.value = savedChat;
    resumeState.value = 'resuming';
    const ticket = chatRequests.begin();
    const outcome = await askForChat(savedChat);
    if (!chatRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      resumeState.value = 'none';
      showChat(outcome.data.visitorChat);
      messages.restore(savedChat.unsent);
    } else if (outcome.code === 'NETWORK_ERROR' || outcome.code === 'UNKNOWN' || outcome.code === 'RATE_LIMITED') {
      resumeState.value = 'error';
    } else {
      // The chat is gone or the token is not its own any more: start afresh.
      resumeState.value = 'none';
      remember(null);
    }
  }

  function retryResume(): Promise<void> {
    return saved.value ? resume(saved.value) : Promise.resolve();
  }

  let opened: Promise<void> | null = null;

  /**
   * Opens the panel: the first time, resumes a saved chat, loads the departments and preselects
   * one; later (the visitor came back to the page), only preselects the department asked for.
   */
  function open(preselect: string | null = null): Promise<void> {
    if (opened) {
      if (preselect && !chat.value && form.isKnown(preselect)) form.selectDepartment(preselect);
      return opened;
    }
    opened = (async () => {
      const savedChat = storage.load();
      const loading = form.loadDepartments();
      if (savedChat) await resume(savedChat);
      await loading;
      if (!chat.value) await form.preselect(preselect);
    })();
    return opened;
  }

  async function startChat(): Promise<void> {
    const departmentId = form.departmentId;
    if (!departmentId || starting.value) return;
    starting.value = true;
    startError.value = null;
    startToken ??= newVisitorToken();
    const visitorToken = startToken;
    const { name, email, question } = form.draft;
    const input = {
      departmentId,
      name: name.trim(),
      email: email.trim() === '' ? null : email.trim(),
      question,
      visitorToken,
      locale: pageLocale?.value ?? null,
    };
    const outcome = await outcomeOf(connection.client.mutation(RequestChatMutation, { input }).toPromise());
    starting.value = false;
    if (outcome.ok) {
      startToken = null;
      chatRequests.invalidate();
      remember({ chatId: outcome.data.requestChat.id, visitorToken, unsent: [] });
      showChat(outcome.data.requestChat);
      form.draft.question = '';
      return;
    }
    // Everyone went offline meanwhile: the form turns into the offline question form, text kept.
    if (outcome.reason === 'CHAT_NO_AGENT_ONLINE') form.markOffline();
    startError.value = { code: outcome.code, reason: outcome.reason };
  }

  async function close(): Promise<void> {
    const current = saved.value;
    if (!current || closing.value) return;
    closing.value = true;
    closeError.value = null;
    messages.stopTyping();
    const ticket = chatRequests.begin();
    const outcome = await outcomeOf(
      connection.client
        .mutation(CloseChatAsVisitorMutation, { chatId: current.chatId, visitorToken: current.visitorToken })
        .toPromise(),
    );
    closing.value = false;
    if (outcome.ok) {
      if (chatRequests.isLatest(ticket)) showChat(outcome.data.closeChatAsVisitor);
      else addEntry(outcome.data.closeChatAsVisitor.transcript.at(-1)!);
    } else {
      closeError.value = { code: outcome.code, reason: outcome.reason };
    }
  }

  function startNewChat(): void {
    messages.reset();
    chatRequests.invalidate();
    remember(null);
    chat.value = null;
    transcript.value = [];
    startToken = null;
    startError.value = null;
    closeError.value = null;
    form.draft.question = '';
    offline.reset();
    void form.resetAvailability();
  }

  const screen = computed<ChatScreen>(() => {
    if (resumeState.value === 'resuming') return 'loading';
    if (resumeState.value === 'error') return 'resume-error';
    if (chat.value) return 'chat';
    if (offline.receipt) return 'offline-sent';
    if (form.departmentsState === 'idle' || (form.departmentsState === 'loading' && form.departments.length === 0))
      return 'loading';
    return 'form';
  });
  const department = computed(
    () => form.departments.find((each) => each.id === (chat.value?.departmentId ?? form.departmentId)) ?? null,
  );
  const chatId = computed(() => saved.value?.chatId ?? null);
  /** What every operation on this chat carries. */
  const credentials = computed(() =>
    saved.value ? { chatId: saved.value.chatId, visitorToken: saved.value.visitorToken } : null,
  );

  /** While the form is shown: asks who is online again now and then, and when the visitor comes back. */
  function keepAvailabilityFresh(target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null): () => void {
    return form.keepAvailabilityFresh(
      () => screen.value === 'form',
      target === undefined ? {} : { window: target, document: null },
    );
  }

  return {
    screen,
    department,
    chatId,
    credentials,
    chat,
    transcript,
    open,
    starting,
    startError,
    startChat,
    keepAvailabilityFresh,
    outgoing: messages.outgoing,
    shownEntries: messages.shownEntries,
    composerError: messages.composerError,
    send: messages.send,
    retry: messages.retry,
    noteTyping: messages.noteTyping,
    stopTyping: messages.stopTyping,
    agentTyping: live.agentTyping,
    follow: live.follow,
    liveStatus: connection.liveStatus,
    retryResume,
    reload,
    closing,
    closeError,
    close,
    startNewChat,
  };
});

import { createLatestRequest, createTypingSignal, newCommandId, useGraphqlConnection } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, inject, reactive, ref, shallowRef, watch } from 'vue';
import { chatOutcomeOf, isTransient, type ChatFailure } from './chat-outcome';
import { chatStorageKey, createChatStorage, type SavedChat } from './chat-storage';
import { deliveryOf, type OwnMessageStatus } from './message-status';
import {
  AskOfflineQuestionMutation,
  ChatAvailabilityQuery,
  CloseChatAsVisitorMutation,
  DepartmentsQuery,
  EmailChatTranscriptMutation,
  RequestChatMutation,
  SendVisitorMessageMutation,
  SetVisitorTypingMutation,
  VisitorChatActivitySubscription,
  VisitorChatQuery,
  VisitorChatTypingSubscription,
  type Department,
  type TranscriptEntry,
  type VisitorChat,
  type VisitorChatWithTranscript,
} from './operations';
import { newVisitorToken } from './visitor-token';

/** What the chat panel shows. */
export type ChatScreen = 'loading' | 'resume-error' | 'form' | 'offline-sent' | 'chat';
export type Availability = 'unknown' | 'checking' | 'online' | 'offline';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** A message the visitor typed that the api has not acknowledged yet. */
export interface OutgoingMessage {
  clientMessageId: string;
  text: string;
  at: string;
  state: 'sending' | 'failed';
  failure: ChatFailure | null;
}

/** One line of the conversation as shown: the api's entries, then what is still on its way. */
export interface ShownEntry {
  key: string;
  entry: TranscriptEntry;
  /** For the visitor's own messages. */
  status: OwnMessageStatus | null;
  /** For a failed message: its client id, to send it again. */
  retryId: string | null;
  failure: ChatFailure | null;
}

export const MESSAGE_MAX_CHARACTERS = 10_000;
/** While waiting in the queue, the position is asked again this often (nothing pushes it). */
export const QUEUE_REFRESH_MS = 10_000;
/** Who is online is asked again this often while a form is shown (and when the page regains focus). */
export const AVAILABILITY_REFRESH_MS = 30_000;
/** An agent's "typing" fades if no word follows (a lost "stopped typing" must not stick). */
export const AGENT_TYPING_FADE_MS = 8_000;
/** The visitor is "typing" until this long after the last key. */
export const VISITOR_TYPING_IDLE_MS = 3_000;
const VISITOR_TYPING_REPEAT_MS = 4_000;

const characters = (text: string) => [...text].length;

const chatOf = (full: VisitorChatWithTranscript): VisitorChat => {
  const { transcript: _transcript, ...chat } = full;
  return chat;
};

/**
 * The visitor's side of the reference desk: choose a department, start a chat (or leave a
 * question for email when nobody is online), wait in the queue, talk live, close, mail or
 * download the transcript. The chat id and visitor token are kept in the browser, so a reload
 * or a dropped connection resumes the same chat; live updates come over the socket, and after
 * every reconnection the transcript is reloaded and unsent messages go out again.
 */
export const useVisitorChatStore = defineStore('visitorChat', () => {
  const connection = useGraphqlConnection();
  const storage = inject(chatStorageKey, null) ?? createChatStorage();

  // --- departments and who is online --------------------------------------------------------
  const departments = shallowRef<Department[]>([]);
  const departmentsState = ref<LoadState>('idle');
  const departmentId = ref<string | null>(null);
  const availability = ref<Availability>('unknown');
  const availabilityRequests = createLatestRequest();

  async function loadDepartments(): Promise<void> {
    departmentsState.value = 'loading';
    const outcome = await chatOutcomeOf(connection.client.query(DepartmentsQuery, {}, { requestPolicy: 'network-only' }).toPromise());
    if (outcome.ok) {
      departments.value = outcome.data.departments;
      departmentsState.value = 'ready';
    } else {
      departmentsState.value = 'error';
    }
  }

  async function checkAvailability(): Promise<void> {
    const id = departmentId.value;
    const ticket = availabilityRequests.begin();
    if (!id) {
      availability.value = 'unknown';
      return;
    }
    if (availability.value === 'unknown') availability.value = 'checking';
    const outcome = await chatOutcomeOf(connection.client.query(ChatAvailabilityQuery, { departmentId: id }, { requestPolicy: 'network-only' }).toPromise());
    if (!availabilityRequests.isLatest(ticket)) return;
    // Unknown when it cannot be asked: the live form is offered, and the api says if nobody is there.
    availability.value = outcome.ok ? (outcome.data.chatAvailability.online ? 'online' : 'offline') : 'unknown';
  }

  function selectDepartment(id: string | null): void {
    if (id === departmentId.value) return;
    departmentId.value = id;
    availability.value = 'unknown';
    void checkAvailability();
  }

  // --- what the visitor is writing in the forms ----------------------------------------------
  const draft = reactive({ name: '', email: '', question: '' });

  // --- the chat ------------------------------------------------------------------------------
  const saved = shallowRef<SavedChat | null>(null);
  const chat = shallowRef<VisitorChat | null>(null);
  const transcript = shallowRef<TranscriptEntry[]>([]);
  const outgoing = ref<OutgoingMessage[]>([]);
  const agentTyping = ref<string | null>(null);
  const resumeState = ref<'none' | 'resuming' | 'error'>('none');
  const starting = ref(false);
  const startError = ref<ChatFailure | null>(null);
  const closing = ref(false);
  const closeError = ref<ChatFailure | null>(null);
  const chatRequests = createLatestRequest();
  /** The token of a chat being started: kept until it succeeds, so a retry finds the same chat. */
  let startToken: string | null = null;

  function remember(next: SavedChat | null): void {
    saved.value = next;
    if (next) storage.save(next);
    else storage.clear();
  }

  function rememberUnsent(): void {
    if (!saved.value) return;
    remember({ ...saved.value, unsent: outgoing.value.map(({ clientMessageId, text, at }) => ({ clientMessageId, text, at })) });
  }

  function showChat(full: VisitorChatWithTranscript): void {
    chat.value = chatOf(full);
    transcript.value = [...full.transcript];
    departmentId.value = full.departmentId;
  }

  function addEntry(entry: TranscriptEntry): void {
    if (transcript.value.some((each) => each.id === entry.id)) return;
    const next = [...transcript.value, entry];
    // Stable: entries of the same moment keep the order they came in.
    next.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    transcript.value = next;
  }

  /** Loads the chat again from the api: after a reconnection, and while waiting in the queue. */
  async function reload(): Promise<void> {
    const current = saved.value;
    if (!current) return;
    const ticket = chatRequests.begin();
    const outcome = await chatOutcomeOf(
      connection.client.query(VisitorChatQuery, { chatId: current.chatId, visitorToken: current.visitorToken }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!chatRequests.isLatest(ticket) || saved.value?.chatId !== current.chatId) return;
    if (outcome.ok) showChat(outcome.data.visitorChat);
  }

  async function resume(savedChat: SavedChat): Promise<void> {
    saved.value = savedChat;
    resumeState.value = 'resuming';
    const ticket = chatRequests.begin();
    const outcome = await chatOutcomeOf(
      connection.client.query(VisitorChatQuery, { chatId: savedChat.chatId, visitorToken: savedChat.visitorToken }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!chatRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      resumeState.value = 'none';
      showChat(outcome.data.visitorChat);
      outgoing.value = savedChat.unsent.map((message) => ({ ...message, state: 'sending', failure: null }));
      for (const message of [...outgoing.value]) void deliver(message.clientMessageId);
    } else if (outcome.failure.code === 'NETWORK_ERROR' || outcome.failure.code === 'UNKNOWN' || outcome.failure.code === 'RATE_LIMITED') {
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
      if (preselect && !chat.value && departments.value.some((department) => department.id === preselect)) selectDepartment(preselect);
      return opened;
    }
    opened = (async () => {
      const savedChat = storage.load();
      const loading = loadDepartments();
      if (savedChat) await resume(savedChat);
      await loading;
      if (chat.value) return;
      const known = (id: string | null) => id !== null && departments.value.some((department) => department.id === id);
      const choice = known(preselect) ? preselect : known(departmentId.value) ? departmentId.value : departments.value.length === 1 ? departments.value[0]!.id : null;
      departmentId.value = choice;
      await checkAvailability();
    })();
    return opened;
  }

  async function startChat(): Promise<void> {
    const id = departmentId.value;
    if (!id || starting.value) return;
    starting.value = true;
    startError.value = null;
    startToken ??= newVisitorToken();
    const visitorToken = startToken;
    const email = draft.email.trim();
    const outcome = await chatOutcomeOf(
      connection.client
        .mutation(RequestChatMutation, { input: { departmentId: id, name: draft.name.trim(), email: email === '' ? null : email, question: draft.question, visitorToken } })
        .toPromise(),
    );
    starting.value = false;
    if (outcome.ok) {
      startToken = null;
      chatRequests.invalidate();
      remember({ chatId: outcome.data.requestChat.id, visitorToken, unsent: [] });
      showChat(outcome.data.requestChat);
      draft.question = '';
      return;
    }
    if (outcome.failure.reason === 'CHAT_NO_AGENT_ONLINE') {
      // Everyone went offline meanwhile: the form turns into the offline question form, text kept.
      availabilityRequests.invalidate();
      availability.value = 'offline';
    }
    startError.value = outcome.failure;
  }

  // --- messages --------------------------------------------------------------------------------
  const composerError = ref<ChatFailure | null>(null);

  async function deliver(clientMessageId: string): Promise<void> {
    const current = saved.value;
    const message = outgoing.value.find((each) => each.clientMessageId === clientMessageId);
    if (!current || !message) return;
    message.state = 'sending';
    message.failure = null;
    const outcome = await chatOutcomeOf(
      connection.client
        .mutation(SendVisitorMessageMutation, { chatId: current.chatId, visitorToken: current.visitorToken, clientMessageId, text: message.text })
        .toPromise(),
    );
    if (saved.value?.chatId !== current.chatId) return;
    const still = outgoing.value.find((each) => each.clientMessageId === clientMessageId);
    if (!still) return;
    if (outcome.ok) {
      addEntry(outcome.data.sendVisitorMessage);
      outgoing.value = outgoing.value.filter((each) => each.clientMessageId !== clientMessageId);
      rememberUnsent();
    } else {
      still.state = 'failed';
      still.failure = outcome.failure;
      if (outcome.failure.reason === 'CHAT_CLOSED') void reload();
    }
  }

  /** Sends a message; false (and nothing sent) when it is empty or too long. */
  function send(text: string): boolean {
    composerError.value = null;
    if (!saved.value || chat.value?.status === 'CLOSED') return false;
    if (text.trim().length === 0) return false;
    if (characters(text) > MESSAGE_MAX_CHARACTERS) {
      composerError.value = { code: 'VALIDATION_ERROR', reason: 'CHAT_MESSAGE_TOO_LONG' };
      return false;
    }
    stopTyping();
    const message: OutgoingMessage = { clientMessageId: newCommandId(), text, at: new Date().toISOString(), state: 'sending', failure: null };
    outgoing.value.push(message);
    rememberUnsent();
    void deliver(message.clientMessageId);
    return true;
  }

  function retry(clientMessageId: string): Promise<void> {
    return deliver(clientMessageId);
  }

  function resendTransient(): void {
    for (const message of outgoing.value) {
      if (message.state === 'failed' && message.failure && isTransient(message.failure)) void deliver(message.clientMessageId);
    }
  }

  const shownEntries = computed<ShownEntry[]>(() => {
    const delivery = deliveryOf(transcript.value, chat.value?.status ?? 'PENDING');
    const name = chat.value?.visitorName ?? '';
    return [
      ...transcript.value.map((entry) => ({ key: entry.id, entry, status: delivery.get(entry.id) ?? null, retryId: null, failure: null })),
      ...outgoing.value.map((message) => ({
        key: `outgoing-${message.clientMessageId}`,
        entry: { id: message.clientMessageId, kind: 'MESSAGE' as const, author: { kind: 'VISITOR' as const, name }, text: message.text, at: message.at, notice: null, subject: null },
        status: message.state,
        retryId: message.state === 'failed' ? message.clientMessageId : null,
        failure: message.failure,
      })),
    ];
  });

  // --- typing -----------------------------------------------------------------------------------
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  const typingSignal = createTypingSignal(
    (typing) => {
      const current = saved.value;
      if (!current) return;
      void connection.client.mutation(SetVisitorTypingMutation, { chatId: current.chatId, visitorToken: current.visitorToken, typing }).toPromise();
    },
    { repeatMs: VISITOR_TYPING_REPEAT_MS, idleMs: VISITOR_TYPING_IDLE_MS },
  );

  /** Called on each key in the message box: "typing" goes out now and then, "stopped" after a pause. */
  function noteTyping(): void {
    if (!saved.value || chat.value?.status === 'CLOSED') return;
    typingSignal.keyPressed();
  }

  const stopTyping = (): void => typingSignal.stop();

  function showAgentTyping(name: string | null): void {
    clearTimeout(agentTypingTimer);
    agentTyping.value = name;
    if (name) agentTypingTimer = setTimeout(() => (agentTyping.value = null), AGENT_TYPING_FADE_MS);
  }

  // --- live ------------------------------------------------------------------------------------
  function applyActivity(next: VisitorChat, entry: TranscriptEntry): void {
    if (!chat.value || next.id !== chat.value.id) return;
    chat.value = next;
    addEntry(entry);
    if (entry.author.kind === 'AGENT' || entry.notice === 'CLOSED_BY_AGENT') showAgentTyping(null);
  }

  function openLive(current: SavedChat): () => void {
    const variables = { chatId: current.chatId, visitorToken: current.visitorToken };
    const activity = pipe(
      connection.client.subscription(VisitorChatActivitySubscription, variables),
      subscribe((result) => {
        if (result.data) applyActivity(result.data.visitorChatActivity.chat, result.data.visitorChatActivity.entry);
      }),
    );
    const typing = pipe(
      connection.client.subscription(VisitorChatTypingSubscription, variables),
      subscribe((result) => {
        const indication = result.data?.visitorChatTyping;
        if (indication && indication.by === 'AGENT') showAgentTyping(indication.typing ? indication.name : null);
      }),
    );
    // After every (re)connection: catch up on what was pushed while the socket was down.
    const stopCatchingUp = connection.onLiveConnected(() => {
      void reload();
      resendTransient();
    });
    const queueTimer = setInterval(() => {
      if (chat.value?.status === 'PENDING') void reload();
    }, QUEUE_REFRESH_MS);
    return () => {
      activity.unsubscribe();
      typing.unsubscribe();
      stopCatchingUp();
      clearInterval(queueTimer);
      showAgentTyping(null);
    };
  }

  let followers = 0;
  let liveFor: SavedChat | null = null;
  let stopLive: (() => void) | null = null;

  function syncLive(): void {
    const wanted = followers > 0 && saved.value && chat.value && chat.value.status !== 'CLOSED' ? saved.value : null;
    if (wanted?.chatId === liveFor?.chatId && wanted?.visitorToken === liveFor?.visitorToken) return;
    stopLive?.();
    stopLive = null;
    liveFor = wanted;
    if (wanted) stopLive = openLive(wanted);
  }

  watch(() => [saved.value?.chatId, chat.value?.status], syncLive);

  /**
   * Keeps the chat live while a view shows it: subscribes to its entries and the agent's typing,
   * reloads after every reconnection, and asks for the queue position while waiting. Returns the
   * function that stops following.
   */
  function follow(): () => void {
    followers += 1;
    syncLive();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      followers -= 1;
      syncLive();
    };
  }

  // --- closing, starting again -----------------------------------------------------------------
  async function close(): Promise<void> {
    const current = saved.value;
    if (!current || closing.value) return;
    closing.value = true;
    closeError.value = null;
    stopTyping();
    const ticket = chatRequests.begin();
    const outcome = await chatOutcomeOf(connection.client.mutation(CloseChatAsVisitorMutation, { chatId: current.chatId, visitorToken: current.visitorToken }).toPromise());
    closing.value = false;
    if (outcome.ok) {
      if (chatRequests.isLatest(ticket)) showChat(outcome.data.closeChatAsVisitor);
      else addEntry(outcome.data.closeChatAsVisitor.transcript.at(-1)!);
    } else {
      closeError.value = outcome.failure;
    }
  }

  function startNewChat(): void {
    stopTyping();
    chatRequests.invalidate();
    remember(null);
    chat.value = null;
    transcript.value = [];
    outgoing.value = [];
    startToken = null;
    startError.value = null;
    closeError.value = null;
    composerError.value = null;
    draft.question = '';
    offlineReceipt.value = null;
    transcriptMail.value = { state: 'idle', to: null, failure: null };
    availability.value = 'unknown';
    void checkAvailability();
  }

  // --- the transcript by email ------------------------------------------------------------------
  const transcriptMail = ref<{ state: 'idle' | 'sending' | 'sent' | 'failed'; to: string | null; failure: ChatFailure | null }>({
    state: 'idle',
    to: null,
    failure: null,
  });

  async function emailTranscript(email: string): Promise<void> {
    const current = saved.value;
    if (!current) return;
    transcriptMail.value = { state: 'sending', to: email.trim(), failure: null };
    const outcome = await chatOutcomeOf(
      connection.client.mutation(EmailChatTranscriptMutation, { chatId: current.chatId, visitorToken: current.visitorToken, email: email.trim() }).toPromise(),
    );
    if (saved.value?.chatId !== current.chatId) return;
    transcriptMail.value = outcome.ok ? { state: 'sent', to: outcome.data.emailChatTranscript.to, failure: null } : { state: 'failed', to: email.trim(), failure: outcome.failure };
  }

  // --- a question for email, when nobody is online ---------------------------------------------
  const offlineSending = ref(false);
  const offlineError = ref<ChatFailure | null>(null);
  const offlineReceipt = ref<{ id: string; email: string } | null>(null);
  /** Kept for retries of the same question (same department, email and text), so it is written once. */
  let offlineRequest: { id: string; content: string } | null = null;

  async function askOffline(): Promise<void> {
    const id = departmentId.value;
    if (!id || offlineSending.value) return;
    offlineSending.value = true;
    offlineError.value = null;
    const email = draft.email.trim();
    const content = JSON.stringify([id, email, draft.question]);
    if (offlineRequest?.content !== content) offlineRequest = { id: newCommandId(), content };
    const outcome = await chatOutcomeOf(
      connection.client
        .mutation(AskOfflineQuestionMutation, { input: { clientRequestId: offlineRequest.id, departmentId: id, name: draft.name.trim(), email, question: draft.question } })
        .toPromise(),
    );
    offlineSending.value = false;
    if (outcome.ok) {
      offlineReceipt.value = { id: outcome.data.askOfflineQuestion.id, email };
      draft.question = '';
      offlineRequest = null;
    } else {
      offlineError.value = outcome.failure;
    }
  }

  function askAnother(): void {
    offlineReceipt.value = null;
    offlineError.value = null;
    void checkAvailability();
  }

  // --- what to show --------------------------------------------------------------------------
  const screen = computed<ChatScreen>(() => {
    if (resumeState.value === 'resuming') return 'loading';
    if (resumeState.value === 'error') return 'resume-error';
    if (chat.value) return 'chat';
    if (offlineReceipt.value) return 'offline-sent';
    if (departmentsState.value === 'idle' || (departmentsState.value === 'loading' && departments.value.length === 0)) return 'loading';
    return 'form';
  });
  const formMode = computed<'live' | 'offline'>(() => (availability.value === 'offline' ? 'offline' : 'live'));
  const department = computed(() => departments.value.find((each) => each.id === (chat.value?.departmentId ?? departmentId.value)) ?? null);

  /** While a form is shown: asks who is online again now and then, and when the page regains focus. */
  function keepAvailabilityFresh(target: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = globalThis.window ?? null): () => void {
    const refresh = () => {
      if (screen.value === 'form' && departmentId.value) void checkAvailability();
    };
    const timer = setInterval(refresh, AVAILABILITY_REFRESH_MS);
    target?.addEventListener('focus', refresh);
    return () => {
      clearInterval(timer);
      target?.removeEventListener('focus', refresh);
    };
  }

  return {
    // departments and availability
    departments,
    departmentsState,
    departmentId,
    department,
    availability,
    loadDepartments,
    selectDepartment,
    checkAvailability,
    keepAvailabilityFresh,
    // the forms
    draft,
    formMode,
    screen,
    open,
    starting,
    startError,
    startChat,
    offlineSending,
    offlineError,
    offlineReceipt,
    askOffline,
    askAnother,
    // the chat
    chat,
    transcript,
    outgoing,
    shownEntries,
    agentTyping,
    liveStatus: connection.liveStatus,
    retryResume,
    reload,
    follow,
    send,
    retry,
    composerError,
    noteTyping,
    stopTyping,
    closing,
    closeError,
    close,
    startNewChat,
    transcriptMail,
    emailTranscript,
  };
});

import {
  createTypingSignal,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  useOutgoingMessages,
  type Failure,
  type MessageStatus,
  type UnsentMessage,
} from '@deskstream/ui';
import { computed, ref, type Ref, type ShallowRef } from 'vue';
import type { SavedChat } from './chat-storage';
import { deliveryOf } from './message-status';
import {
  SendVisitorMessageMutation,
  SetVisitorTypingMutation,
  type TranscriptEntry,
  type VisitorChat,
} from './operations';

export const MESSAGE_MAX_CHARACTERS = 10_000;
/** The visitor is "typing" until this long after the last key. */
export const VISITOR_TYPING_IDLE_MS = 3_000;
const VISITOR_TYPING_REPEAT_MS = 4_000;

/** One line of the conversation as shown: the api's entries, then what is still on its way. */
export interface ShownEntry {
  key: string;
  entry: TranscriptEntry;
  /** For the visitor's own messages. */
  status: MessageStatus | null;
  /** For a failed message: its client id, to send it again. */
  retryId: string | null;
  failure: Failure | null;
}

export interface VisitorConversation {
  saved: ShallowRef<SavedChat | null>;
  chat: ShallowRef<VisitorChat | null>;
  transcript: ShallowRef<TranscriptEntry[]>;
  addEntry(entry: TranscriptEntry): void;
  /** Keeps the messages not yet taken with the saved chat, to send them again after a reload. */
  keepUnsent(unsent: UnsentMessage[]): void;
  reload(): Promise<void>;
}

const characters = (text: string) => [...text].length;

/**
 * What the visitor writes in the chat: messages with their client ids (shown as sending, failed,
 * sent or delivered; resent with the same id) and the "typing" signal to the agent.
 */
export function useVisitorMessages(conversation: VisitorConversation) {
  const connection = useGraphqlConnection();
  const { saved, chat, transcript } = conversation;
  const composerError: Ref<Failure | null> = ref(null);

  const outgoing = useOutgoingMessages<TranscriptEntry>({
    post: async ({ clientMessageId, text }) => {
      const current = saved.value;
      if (!current) return { ok: false, code: 'UNKNOWN', reason: null };
      const outcome = await outcomeOf(
        connection.client
          .mutation(SendVisitorMessageMutation, {
            chatId: current.chatId,
            visitorToken: current.visitorToken,
            clientMessageId,
            text,
          })
          .toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.sendVisitorMessage } : outcome;
    },
    onSent: (entry) => conversation.addEntry(entry),
    onFailed: (_message, failure) => {
      if (failure.reason === 'CHAT_CLOSED') void conversation.reload();
    },
    onUnsentChange: (unsent) => conversation.keepUnsent(unsent),
    newId: newCommandId,
  });

  const typingSignal = createTypingSignal(
    (typing) => {
      const current = saved.value;
      if (current)
        void connection.client
          .mutation(SetVisitorTypingMutation, { chatId: current.chatId, visitorToken: current.visitorToken, typing })
          .toPromise();
    },
    { repeatMs: VISITOR_TYPING_REPEAT_MS, idleMs: VISITOR_TYPING_IDLE_MS },
  );

  const closed = () => !saved.value || chat.value?.status === 'CLOSED';

  /** Called on each key in the message box: "typing" goes out now and then, "stopped" after a pause. */
  function noteTyping(): void {
    if (!closed()) typingSignal.keyPressed();
  }

  const stopTyping = (): void => typingSignal.stop();

  /** Sends a message; false (and nothing sent) when it is empty or too long. */
  function send(text: string): boolean {
    composerError.value = null;
    if (closed() || text.trim().length === 0) return false;
    if (characters(text) > MESSAGE_MAX_CHARACTERS) {
      composerError.value = { code: 'VALIDATION_ERROR', reason: 'CHAT_MESSAGE_TOO_LONG' };
      return false;
    }
    stopTyping();
    outgoing.send(text);
    return true;
  }

  const shownEntries = computed<ShownEntry[]>(() => {
    const delivery = deliveryOf(transcript.value, chat.value?.status ?? 'PENDING');
    const name = chat.value?.visitorName ?? '';
    return [
      ...transcript.value.map((entry) => ({
        key: entry.id,
        entry,
        status: delivery.get(entry.id) ?? null,
        retryId: null,
        failure: null,
      })),
      ...outgoing.messages.value.map((message) => ({
        key: `outgoing-${message.clientMessageId}`,
        entry: {
          id: message.clientMessageId,
          kind: 'MESSAGE' as const,
          author: { kind: 'VISITOR' as const, name },
          text: message.text,
          at: message.at,
          notice: null,
          subject: null,
          clientMessageId: message.clientMessageId,
        },
        status: message.state,
        retryId: message.state === 'failed' ? message.clientMessageId : null,
        failure: message.failure,
      })),
    ];
  });

  /** Forgets everything written for the chat that is left. */
  function reset(): void {
    stopTyping();
    outgoing.clear();
    composerError.value = null;
  }

  return {
    outgoing: outgoing.messages,
    shownEntries,
    composerError,
    send,
    retry: outgoing.retry,
    restore: outgoing.restore,
    resendTransient: outgoing.resendTransient,
    acknowledge: outgoing.acknowledge,
    noteTyping,
    stopTyping,
    reset,
  };
}

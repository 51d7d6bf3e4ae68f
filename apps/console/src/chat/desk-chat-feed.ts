import type { GraphqlConnection } from '@deskstream/ui';
import { pipe, subscribe } from 'wonka';
import { ChatActivitySubscription, ChatTypingSubscription } from '../api/chat-operations';
import type {
  ChatSummaryFieldsFragment as ChatSummary,
  TranscriptEntryFieldsFragment as TranscriptEntry,
} from '../generated/graphql';

export interface DeskChatFeedHandlers {
  /** A new or changed transcript entry, with the chat as it now stands. */
  onActivity(chat: ChatSummary, entry: TranscriptEntry): void;
  /** The visitor is typing (their name) or stopped (null). */
  onVisitorTyping(name: string | null): void;
}

/** Follows one open chat live: its transcript's entries and the visitor's typing. Returns the function that stops. */
export function followDeskChat(
  connection: GraphqlConnection,
  chatId: string,
  handlers: DeskChatFeedHandlers,
): () => void {
  const activity = pipe(
    connection.client.subscription(ChatActivitySubscription, { chatId }),
    subscribe((result) => {
      const pushed = result.data?.chatActivity;
      if (pushed && pushed.chat.id === chatId) handlers.onActivity(pushed.chat, pushed.entry);
    }),
  );
  const typing = pipe(
    connection.client.subscription(ChatTypingSubscription, { chatId }),
    subscribe((result) => {
      const pushed = result.data?.chatTyping;
      if (pushed && pushed.chatId === chatId && pushed.by === 'VISITOR')
        handlers.onVisitorTyping(pushed.typing ? pushed.name : null);
    }),
  );
  return () => {
    activity.unsubscribe();
    typing.unsubscribe();
  };
}

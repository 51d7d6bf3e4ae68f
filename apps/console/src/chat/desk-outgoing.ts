import { outcomeOf, useOutgoingMessages, type GraphqlConnection, type OutgoingMessages } from '@deskstream/ui';
import { SendMessageMutation } from '../api/chat-operations';
import type { TranscriptEntryFieldsFragment as TranscriptEntry } from '../generated/graphql';

/** Waits before each automatic resend of a message the network lost (same client message id). */
export const SEND_RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];

/**
 * The agent's messages on their way, per open chat (`useOutgoingMessages` from `@deskstream/ui`):
 * each sent with its own client message id and resent with the same id, so the api writes it
 * once. A message is done when the api answers with its entry (`onSent`) or when its echo — my
 * entry with the same `clientMessageId` — arrives first over the live feed (`acknowledge`).
 */
export function useDeskOutgoing(
  connection: GraphqlConnection,
  onSent: (chatId: string, entry: TranscriptEntry) => void,
) {
  const perChat = new Map<string, OutgoingMessages>();

  function of(chatId: string): OutgoingMessages {
    let messages = perChat.get(chatId);
    if (!messages) {
      messages = useOutgoingMessages<TranscriptEntry>({
        post: ({ clientMessageId, text }) =>
          outcomeOf(
            connection.client.mutation(SendMessageMutation, { chatId, clientMessageId, text }).toPromise(),
          ).then((outcome) => (outcome.ok ? { ok: true, data: outcome.data.sendMessage } : outcome)),
        onSent: (entry) => onSent(chatId, entry),
        retryDelaysMs: SEND_RETRY_DELAYS_MS,
      });
      perChat.set(chatId, messages);
    }
    return messages;
  }

  /** The chat's tab is gone: its messages on their way are dropped (an answer still coming is ignored). */
  function forget(chatId: string): void {
    perChat.get(chatId)?.clear();
    perChat.delete(chatId);
  }

  return {
    of,
    forget,
    forgetAll: () => [...perChat.keys()].forEach(forget),
    /** After a reconnection: messages that failed for want of a network go out again. */
    resendTransient: () => perChat.forEach((messages) => messages.resendTransient()),
  };
}

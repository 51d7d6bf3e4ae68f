import { useGraphqlConnection, useTypingIndicator } from '@deskstream/ui';
import { pipe, subscribe } from 'wonka';
import { watch } from 'vue';
import type { SavedChat } from './chat-storage';
import {
  VisitorChatActivitySubscription,
  VisitorChatTypingSubscription,
  type TranscriptEntry,
  type VisitorChat,
} from './operations';
import type { VisitorConversation } from './visitor-messages';

/** While waiting in the queue, the position is asked again this often (nothing pushes it). */
export const QUEUE_REFRESH_MS = 10_000;
/** An agent's "typing" fades if no word follows (a lost "stopped typing" must not stick). */
export const AGENT_TYPING_FADE_MS = 8_000;

export interface LiveConversation extends VisitorConversation {
  /** A pushed entry; the chat as it is after it. */
  applyActivity(chat: VisitorChat, entry: TranscriptEntry): void;
  /** After every (re)connection of the socket. */
  caughtUp(): void;
}

/**
 * Keeps the visitor's chat live while a view shows it: its entries and the agent's typing over
 * the socket, a reload after every reconnection, and the queue position asked for while waiting.
 */
export function useVisitorChatLive(conversation: LiveConversation) {
  const connection = useGraphqlConnection();
  const { saved, chat } = conversation;
  const agentTyping = useTypingIndicator(AGENT_TYPING_FADE_MS);

  function openLive(current: SavedChat): () => void {
    const variables = { chatId: current.chatId, visitorToken: current.visitorToken };
    const activity = pipe(
      connection.client.subscription(VisitorChatActivitySubscription, variables),
      subscribe((result) => {
        const pushed = result.data?.visitorChatActivity;
        if (!pushed) return;
        conversation.applyActivity(pushed.chat, pushed.entry);
        if (pushed.entry.author.kind === 'AGENT' || pushed.entry.notice === 'CLOSED_BY_AGENT') agentTyping.clear();
      }),
    );
    const typing = pipe(
      connection.client.subscription(VisitorChatTypingSubscription, variables),
      subscribe((result) => {
        const indication = result.data?.visitorChatTyping;
        if (indication && indication.by === 'AGENT') agentTyping.show(indication.typing ? indication.name : null);
      }),
    );
    // After every (re)connection: catch up on what was pushed while the socket was down.
    const stopCatchingUp = connection.onLiveConnected(() => conversation.caughtUp());
    const queueTimer = setInterval(() => {
      if (chat.value?.status === 'PENDING') void conversation.reload();
    }, QUEUE_REFRESH_MS);
    return () => {
      activity.unsubscribe();
      typing.unsubscribe();
      stopCatchingUp();
      clearInterval(queueTimer);
      agentTyping.clear();
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

  /** Follows the chat while a view shows it; returns the function that stops following. */
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

  return { agentTyping: agentTyping.typing, follow };
}

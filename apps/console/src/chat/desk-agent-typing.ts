import { createTypingSignal, type GraphqlConnection, type TypingSignal } from '@deskstream/ui';
import { SetTypingMutation } from '../api/chat-operations';

/** A typing indication is repeated at most this often, and ends after this long without a key. */
export const TYPING_REPEAT_MS = 3_000;
export const TYPING_IDLE_MS = 4_000;

/** The agent's typing, per chat: told to the visitor now and then while keys are pressed, stopped after a pause or on send. */
export function useAgentTyping(connection: GraphqlConnection) {
  const signals = new Map<string, TypingSignal>();

  /** The agent pressed a key in the chat's reply box. */
  function keyPressed(chatId: string): void {
    let signal = signals.get(chatId);
    if (!signal) {
      signal = createTypingSignal(
        (typing) => void connection.client.mutation(SetTypingMutation, { chatId, typing }).toPromise(),
        {
          repeatMs: TYPING_REPEAT_MS,
          idleMs: TYPING_IDLE_MS,
        },
      );
      signals.set(chatId, signal);
    }
    signal.keyPressed();
  }

  /** Tells the visitor the agent stopped (a message sent, the chat closed). */
  function stop(chatId: string): void {
    signals.get(chatId)?.stop();
    signals.delete(chatId);
  }

  /** Forgets every chat without telling anyone (a new session). */
  function cancelAll(): void {
    for (const signal of signals.values()) signal.cancel();
    signals.clear();
  }

  return { keyPressed, stop, cancelAll };
}

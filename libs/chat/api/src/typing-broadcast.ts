/** Typing indications through the store, so a visitor on one api process is seen typing by an agent on another. */
import { CHAT_TYPING_EVENT, CHAT_TYPING_STREAM } from '@deskstream/chat-domain';
import { StoreBroadcast } from '@deskstream/event-sourcing';
import type { TypingIndication } from './module-deps';

export function storeTypingBroadcast(
  client: ConstructorParameters<typeof StoreBroadcast>[0],
  onError: (error: unknown) => void,
): StoreBroadcast<TypingIndication> {
  return new StoreBroadcast<TypingIndication>(client, { stream: CHAT_TYPING_STREAM, type: CHAT_TYPING_EVENT, onError });
}

import type { GraphqlConnection } from '@deskstream/ui';
import { pipe, subscribe } from 'wonka';
import { ChatHandedToMeSubscription } from '../api/chat-operations';
import type { ChatSummaryFieldsFragment as ChatSummary } from '../generated/graphql';

export interface HandedOver {
  chat: ChatSummary;
  by: { id: string; name: string };
  note: string | null;
}

/** Chats transferred to the signed-in agent by name, as it happens. Returns the function that stops. */
export function followHandedOver(connection: GraphqlConnection, onHanded: (handed: HandedOver) => void): () => void {
  const pushes = pipe(
    connection.client.subscription(ChatHandedToMeSubscription, {}),
    subscribe((result) => {
      const handed = result.data?.chatHandedToMe;
      if (handed) onHanded(handed);
    }),
  );
  return () => pushes.unsubscribe();
}

import { checkMessage } from '@deskstream/chat-domain';
import { newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { ref, shallowRef, watch } from 'vue';
import { AddChatNoteMutation, ChatMentionCandidatesQuery, ChatMentionsSubscription } from '../api/chat-operations';
import type {
  ChatMentionsSubscription as ChatMentionsPush,
  TranscriptEntryFieldsFragment as TranscriptEntry,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';

export type ChatMention = ChatMentionsPush['chatMentions'];
export interface Colleague {
  id: string;
  name: string;
}

/**
 * Internal notes between staff in a chat, and their mentions: the colleagues who may read a
 * chat (the only ones a note may mention), adding a note with a client note id kept until it
 * succeeds (a retry is one note), and the notes that mention the signed-in member, pushed
 * wherever they are in the console until they open or dismiss them.
 */
export const useChatNotesStore = defineStore('chat-notes', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const candidates = new Map<string, Colleague[]>();
  const mentions = shallowRef<ChatMention[]>([]);
  const pendingIds = new Map<string, string>();
  const adding = ref<string | null>(null);

  /** Who a note in this chat may mention (read once per chat). */
  async function colleaguesFor(chatId: string): Promise<Colleague[]> {
    const known = candidates.get(chatId);
    if (known) return known;
    const outcome = await outcomeOf(
      connection.client.query(ChatMentionCandidatesQuery, { chatId }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) return [];
    candidates.set(chatId, outcome.data.chatMentionCandidates);
    return outcome.data.chatMentionCandidates;
  }

  /** Adds the note; the entry it became, or the failure (CHAT_MENTION_CANNOT_READ: someone mentioned cannot read the chat). */
  async function addNote(
    chatId: string,
    text: string,
    mentionIds: readonly string[],
  ): Promise<{ ok: true; entry: TranscriptEntry } | ({ ok: false } & Failure)> {
    const invalid = checkMessage(text);
    if (invalid) return { ok: false, code: 'VALIDATION_ERROR', reason: invalid.code };
    const key = `${chatId}\u0000${text}`;
    let clientNoteId = pendingIds.get(key);
    if (!clientNoteId) pendingIds.set(key, (clientNoteId = newCommandId()));
    adding.value = chatId;
    const outcome = await outcomeOf(
      connection.client
        .mutation(AddChatNoteMutation, { chatId, clientNoteId, text, mentionIds: [...mentionIds] })
        .toPromise(),
    );
    adding.value = null;
    if (!outcome.ok) return outcome;
    pendingIds.delete(key);
    return { ok: true, entry: outcome.data.addChatNote };
  }

  function dismiss(noteId: string): void {
    mentions.value = mentions.value.filter((mention) => mention.note.id !== noteId);
  }

  /** Follows the notes that mention the member; returns the function that stops. */
  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(ChatMentionsSubscription, {}),
      subscribe((result) => {
        const mention = result.data?.chatMentions;
        if (mention && !mentions.value.some((each) => each.note.id === mention.note.id))
          mentions.value = [...mentions.value, mention];
      }),
    );
    return () => pushes.unsubscribe();
  });

  watch(
    () => session.token,
    () => {
      candidates.clear();
      pendingIds.clear();
      mentions.value = [];
      adding.value = null;
    },
  );

  return { mentions, adding, colleaguesFor, addNote, dismiss, follow };
});

import { useTypingIndicator, type GraphqlConnection } from '@deskstream/ui';
import { reactive } from 'vue';
import type {
  ChatWithTranscriptFieldsFragment as ChatWithTranscript,
  TranscriptEntryFieldsFragment as TranscriptEntry,
} from '../generated/graphql';
import { followDeskChat } from './desk-chat-feed';
import type { useDeskOutgoing } from './desk-outgoing';
import type { OpenChat, useDeskTabs } from './desk-tabs';

/** The visitor's typing indication is dropped if nothing confirms it for this long. */
export const VISITOR_TYPING_TIMEOUT_MS = 10_000;

/**
 * The desk's open chats kept live: each tab follows its chat's transcript and the visitor's
 * typing (`desk-chat-feed`) from the moment it opens until it stops. Entries pushed live count
 * as unread while the chat is not in view (never my own, which acknowledge my messages on their
 * way); a chat read again from the api keeps the entries pushed after that answer was made.
 */
export function useDeskLiveChats(
  connection: GraphqlConnection,
  desk: ReturnType<typeof useDeskTabs>,
  outgoing: ReturnType<typeof useDeskOutgoing>,
  isMineEntry: (entry: TranscriptEntry) => boolean,
) {
  const { tab } = desk;
  const live = new Map<string, { stop: () => void; clearTyping: () => void }>();

  /** Opens (or refreshes) the chat's tab and follows it live; `activate` brings it into view. */
  function openTab(chat: ChatWithTranscript, activate: boolean): OpenChat {
    let open = tab(chat.id);
    if (open) {
      showChat(open, chat);
    } else {
      const { transcript, ...summary } = chat;
      const visitorTyping = useTypingIndicator(VISITOR_TYPING_TIMEOUT_MS);
      open = desk.add(
        reactive({
          id: chat.id,
          chat: summary,
          transcript: [...transcript],
          outgoing: outgoing.of(chat.id).messages,
          unread: 0,
          visitorTyping: visitorTyping.typing,
          draft: '',
        }),
      );
      const stop = followDeskChat(connection, chat.id, {
        onActivity: (pushed, entry) => {
          const still = tab(chat.id);
          if (!still) return;
          still.chat = pushed;
          if (entry.author.kind === 'VISITOR') visitorTyping.clear();
          addEntry(still, entry);
        },
        onVisitorTyping: visitorTyping.show,
      });
      live.set(chat.id, { stop, clearTyping: visitorTyping.clear });
    }
    if (activate || desk.activeChatId.value === null) desk.activeChatId.value = chat.id;
    return open;
  }

  /** The chat as the api read it again; entries pushed after that answer was made stay. */
  function showChat(open: OpenChat, chat: ChatWithTranscript): void {
    const { transcript, ...summary } = chat;
    open.chat = summary;
    const known = new Set(transcript.map((entry) => entry.id));
    const newer = open.transcript.filter((entry) => !known.has(entry.id) && entry.at > (transcript.at(-1)?.at ?? ''));
    open.transcript = [...transcript, ...newer];
    for (const entry of transcript) if (isMineEntry(entry)) outgoing.of(open.id).acknowledge(entry);
  }

  function addEntry(open: OpenChat, entry: TranscriptEntry): void {
    const index = open.transcript.findIndex((each) => each.id === entry.id);
    if (index >= 0) {
      open.transcript[index] = entry;
      return;
    }
    open.transcript.push(entry);
    // My own message, sent from here: it is no longer on its way.
    if (isMineEntry(entry)) outgoing.of(open.id).acknowledge(entry);
    if (!isMineEntry(entry) && !desk.inView(open.id)) open.unread += 1;
  }

  /** Stops following the chat and drops the visitor's typing indication. */
  function stopFollowing(chatId: string): void {
    live.get(chatId)?.stop();
    live.get(chatId)?.clearTyping();
    live.delete(chatId);
  }

  return {
    openTab,
    showChat,
    stopFollowing,
    /** The chats followed live now. */
    followedChatIds: () => [...live.keys()],
  };
}

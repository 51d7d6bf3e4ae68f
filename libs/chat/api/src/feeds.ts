/**
 * The live feeds, fed from the projection runner after the read model changed:
 * - the pending queue of each department whose queue changed (a burst coalesced into one push);
 * - every new transcript entry of a chat, with the chat as it is now (to whoever watches it).
 * Payloads are copies, so a subscriber resolving later never sees a newer state half-way.
 */
import { CHAT_EVENT_TYPES, type ChatEvent } from '@deskstream/chat-domain';
import {
  CHAT_PROJECTION,
  type ChatReadModel,
  type ChatRecord,
  type TranscriptEntry,
} from '@deskstream/chat-read-models';
import type { ProjectionRunner } from '@deskstream/event-sourcing';

export const queueTopic = (departmentId: string) => `CHAT_QUEUE_${departmentId}`;
export const activityTopic = (chatId: string) => `CHAT_ACTIVITY_${chatId}`;
export const typingTopic = (chatId: string) => `CHAT_TYPING_${chatId}`;

export interface PendingQueue {
  departmentId: string;
  chats: ChatRecord[];
}

export interface ChatActivity {
  chat: ChatRecord;
  entry: TranscriptEntry;
}

const CHAT_EVENTS: ReadonlySet<string> = new Set(CHAT_EVENT_TYPES);
const NO_ENTRY: ReadonlySet<string> = new Set<ChatEvent['type']>([
  'ChatRated',
  'ChatVisitorLeft',
  'ChatVisitorReturned',
]);

/** A copy without the transcript: the entry travels on its own, and the transcript can be long. */
export const chatSnapshot = (chat: ChatRecord): ChatRecord => ({ ...chat, transcript: [] });

export interface FeedPublisher {
  queue(departmentId: string, queue: PendingQueue): void;
  activity(chatId: string, activity: ChatActivity): void;
}

/** Starts publishing; returns the function that stops. */
export function chatFeeds(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: ChatReadModel,
  publish: FeedPublisher,
): () => void {
  const published = new Map<string, number>();
  const touched = new Set<string>();
  let scheduled: ReturnType<typeof setImmediate> | undefined;

  const flushQueues = () => {
    scheduled = undefined;
    for (const departmentId of touched) {
      const version = readModel.queueVersion(departmentId);
      if (published.get(departmentId) === version) continue;
      published.set(departmentId, version);
      publish.queue(departmentId, { departmentId, chats: readModel.pending([departmentId]).map(chatSnapshot) });
    }
    touched.clear();
  };

  const stopListening = runner.onChange((change) => {
    if (change.projection !== CHAT_PROJECTION || !CHAT_EVENTS.has(change.event.type)) return;
    const chat = readModel.chat((change.event.data as { chatId: string }).chatId);
    if (!chat) return;
    const entry = chat.transcript[chat.transcript.length - 1];
    // Only events that added an entry (a rating or the visitor's comings and goings add none).
    if (entry && !NO_ENTRY.has(change.event.type))
      publish.activity(chat.id, { chat: chatSnapshot(chat), entry: { ...entry } });
    // A transfer changes two queues; there are few departments, so each is checked.
    for (const departmentId of readModel.queueDepartments()) {
      if (published.get(departmentId) !== readModel.queueVersion(departmentId)) touched.add(departmentId);
    }
    if (touched.size > 0 && !scheduled) scheduled = setImmediate(flushQueues);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}

/**
 * The desk's other live feeds, fed from the projection runner after the read models changed:
 * - a chat transferred to an agent by name, to that agent (`CHAT_HANDED_<agentId>`);
 * - a note's mentions, to each staff member mentioned (`CHAT_MENTION_<staffId>`);
 * - each offline question as it is asked or answered, by department (`CHAT_QUESTIONS_<departmentId>`);
 * - the supervisors' overview, whenever a chat, a load or someone's presence changed, and the
 *   day (in the organisation's time zone) whose figures changed — a burst coalesced into one push each.
 */
import { CHAT_EVENT_TYPES, QUESTION_EVENT_TYPES, type ChatEvent, type QuestionEvent } from '@deskstream/chat-domain';
import {
  CHAT_PROJECTION,
  DESK_DIRECTORY_PROJECTION,
  type ChatReadModel,
  type ChatRecord,
  type QuestionRecord,
  type TranscriptEntry,
} from '@deskstream/chat-read-models';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { chatSnapshot } from './feeds';

export const handedOverTopic = (agentId: string) => `CHAT_HANDED_${agentId}`;
export const mentionTopic = (staffId: string) => `CHAT_MENTION_${staffId}`;
export const questionsTopic = (departmentId: string) => `CHAT_QUESTIONS_${departmentId}`;
export const OVERVIEW_TOPIC = 'CHAT_OVERVIEW';
export const FIGURES_TOPIC = 'CHAT_FIGURES';

export interface ChatHandedOver {
  chat: ChatRecord;
  by: { id: string; name: string };
  note: string | null;
}

export interface ChatMention {
  chatId: string;
  departmentId: string;
  visitorName: string;
  note: TranscriptEntry;
  by: { id: string; name: string };
  /** The chat as it was when the note was added, for the access check. */
  chat: ChatRecord;
}

export interface DeskFeedPublisher {
  handedOver(agentId: string, payload: ChatHandedOver): void;
  mention(staffId: string, payload: ChatMention): void;
  question(departmentId: string, question: QuestionRecord): void;
  /** The overview changed (the subscription resolves it as it is when pushed). */
  overview(): void;
  figures(day: string): void;
}

const CHAT_EVENTS: ReadonlySet<string> = new Set(CHAT_EVENT_TYPES);
const QUESTION_EVENTS: ReadonlySet<string> = new Set(QUESTION_EVENT_TYPES);
/** Chat events that change no figure and no overview. */
const QUIET: ReadonlySet<ChatEvent['type']> = new Set(['ChatNoteAdded', 'ChatVisitorLeft', 'ChatVisitorReturned']);

/** Starts publishing; returns the function that stops. */
export function deskFeeds(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: ChatReadModel,
  publish: DeskFeedPublisher,
): () => void {
  const days = new Set<string>();
  let overviewChanged = false;
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    if (overviewChanged) publish.overview();
    overviewChanged = false;
    for (const day of days) publish.figures(day);
    days.clear();
  };
  const later = () => (scheduled ??= setImmediate(flush));

  const onChat = (event: ChatEvent) => {
    const chat = readModel.chat(event.data.chatId);
    if (!chat) return;
    if (event.type === 'ChatTransferred' && event.data.to.kind === 'agent') {
      publish.handedOver(event.data.to.id, {
        chat: chatSnapshot(chat),
        by: event.data.by,
        note: event.data.note || null,
      });
    }
    if (event.type === 'ChatNoteAdded') {
      const note = chat.transcript.find((entry) => entry.id === event.data.noteId);
      for (const staff of note ? event.data.mentions : []) {
        const payload = {
          chatId: chat.id,
          departmentId: chat.departmentId,
          visitorName: chat.visitor.name,
          note: { ...note! },
          by: event.data.author,
          chat: chatSnapshot(chat),
        };
        publish.mention(staff.id, payload);
      }
    }
    if (QUIET.has(event.type)) return;
    overviewChanged = true;
    days.add(readModel.daily.dayOf(chat.requestedAt));
    later();
  };

  const onQuestion = (event: QuestionEvent) => {
    const question = readModel.question(event.data.questionId);
    if (!question) return;
    publish.question(question.departmentId, { ...question });
    days.add(readModel.daily.dayOf(question.askedAt));
    later();
  };

  const stopListening = runner.onChange((change) => {
    if (change.projection === DESK_DIRECTORY_PROJECTION) {
      overviewChanged = true;
      later();
      return;
    }
    if (change.projection !== CHAT_PROJECTION) return;
    if (CHAT_EVENTS.has(change.event.type)) onChat(change.event as unknown as ChatEvent);
    else if (QUESTION_EVENTS.has(change.event.type)) onQuestion(change.event as unknown as QuestionEvent);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}

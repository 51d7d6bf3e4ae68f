/**
 * Saved replies: ready answers a department's agents insert into their replies. Each
 * department's replies are one stream, `savedreplies-<departmentId>`; supervisors and admins
 * write it, agents read it. Times are ISO-8601 strings from the command.
 */
import type { StaffRef } from './chat-events';

export const savedRepliesStream = (departmentId: string) => `savedreplies-${departmentId}`;

/** Added or revised: the reply as it reads now. */
export type SavedReplySaved = {
  type: 'SavedReplySaved';
  data: { departmentId: string; replyId: string; title: string; text: string; savedBy: StaffRef; savedAt: string };
};
export type SavedReplyRemoved = {
  type: 'SavedReplyRemoved';
  data: { departmentId: string; replyId: string; removedBy: StaffRef; removedAt: string };
};

export type SavedReplyEvent = SavedReplySaved | SavedReplyRemoved;

export const SAVED_REPLY_EVENT_TYPES = [
  'SavedReplySaved',
  'SavedReplyRemoved',
] as const satisfies readonly SavedReplyEvent['type'][];

export const isSavedReplyEvent = (event: { type: string }): event is SavedReplyEvent =>
  (SAVED_REPLY_EVENT_TYPES as readonly string[]).includes(event.type);

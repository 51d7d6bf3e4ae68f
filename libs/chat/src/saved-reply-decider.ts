/**
 * A department's saved replies, pure: added, revised and removed by supervisors and admins
 * (the resolver checks roles). Titles are unique in a department, so the reply box's picker
 * can find a reply by its title; a department keeps a bounded number of them.
 */
import { reject, type ChatRejection } from './errors';
import { characters, checkMessage } from './input-rules';
import type { StaffRef } from './events';
import type { SavedReplyEvent } from './saved-reply-events';

export const SAVED_REPLY_TITLE_MAX_CHARACTERS = 80;
export const SAVED_REPLIES_PER_DEPARTMENT = 200;

export type SavedReplyCommand =
  | {
      type: 'SaveSavedReply';
      /** `revise`: the reply must exist already; otherwise a new one is added under `replyId`. */
      data: { departmentId: string; replyId: string; revise: boolean; title: string; text: string; by: StaffRef; at: string };
    }
  | { type: 'RemoveSavedReply'; data: { departmentId: string; replyId: string; by: StaffRef; at: string } };

export interface SavedReplyState {
  replies: ReadonlyMap<string, { title: string; text: string }>;
}

export const initialSavedReplyState = (): SavedReplyState => ({ replies: new Map() });

export function evolveSavedReplies(state: SavedReplyState, event: SavedReplyEvent): SavedReplyState {
  const replies = new Map(state.replies);
  if (event.type === 'SavedReplySaved') replies.set(event.data.replyId, { title: event.data.title, text: event.data.text });
  else replies.delete(event.data.replyId);
  return { replies };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;

const sameTitle = (a: string, b: string) => a.normalize('NFKC').toLocaleLowerCase('en') === b.normalize('NFKC').toLocaleLowerCase('en');

export function decideSavedReplies(command: SavedReplyCommand, state: SavedReplyState): SavedReplyEvent[] | ChatRejection {
  switch (command.type) {
    case 'SaveSavedReply': {
      const { departmentId, replyId, revise, text, by, at } = command.data;
      const title = command.data.title.trim();
      const existing = state.replies.get(replyId);
      if (revise && !existing) return reject('CHAT_SAVED_REPLY_NOT_FOUND');
      if (title.length === 0 || characters(title) > SAVED_REPLY_TITLE_MAX_CHARACTERS || CONTROL.test(title)) return reject('CHAT_SAVED_REPLY_TITLE_INVALID');
      const invalid = checkMessage(text);
      if (invalid) return invalid;
      if ([...state.replies].some(([id, reply]) => id !== replyId && sameTitle(reply.title, title))) return reject('CHAT_SAVED_REPLY_TITLE_TAKEN');
      if (existing && existing.title === title && existing.text === text) return [];
      if (!existing && state.replies.size >= SAVED_REPLIES_PER_DEPARTMENT) return reject('CHAT_SAVED_REPLY_LIMIT');
      return [{ type: 'SavedReplySaved', data: { departmentId, replyId, title, text, savedBy: by, savedAt: at } }];
    }
    case 'RemoveSavedReply': {
      const { departmentId, replyId, by, at } = command.data;
      if (!state.replies.has(replyId)) return reject('CHAT_SAVED_REPLY_NOT_FOUND');
      return [{ type: 'SavedReplyRemoved', data: { departmentId, replyId, removedBy: by, removedAt: at } }];
    }
  }
}

export const savedReplyDecider = { initialState: initialSavedReplyState, evolve: evolveSavedReplies, decide: decideSavedReplies };

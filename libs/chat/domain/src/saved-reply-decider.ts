/**
 * A department's saved replies, pure: added, revised and removed by supervisors and admins
 * (the resolver checks roles). Titles are unique in a department, so the reply box's picker
 * can find a reply by its title; a department keeps a bounded number of them.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import { reject, type ChatRejection } from './errors';
import { SAVED_REPLIES_PER_DEPARTMENT, checkMessage, checkSavedReplyTitle } from './input-rules';
import type { StaffRef } from './chat-events';
import type { SavedReplyEvent } from './saved-reply-events';

export type SavedReplyCommand =
  | {
      type: 'SaveSavedReply';
      /** `revise`: the reply must exist already; otherwise a new one is added under `replyId`. */
      data: {
        departmentId: string;
        replyId: string;
        revise: boolean;
        title: string;
        text: string;
        by: StaffRef;
        at: string;
      };
    }
  | { type: 'RemoveSavedReply'; data: { departmentId: string; replyId: string; by: StaffRef; at: string } };

export interface SavedReplyState {
  replies: ReadonlyMap<string, { title: string; text: string }>;
}

export const initialSavedReplyState = (): SavedReplyState => ({ replies: new Map() });

export function evolveSavedReplies(state: SavedReplyState, event: SavedReplyEvent): SavedReplyState {
  const replies = new Map(state.replies);
  switch (event.type) {
    case 'SavedReplySaved':
      replies.set(event.data.replyId, { title: event.data.title, text: event.data.text });
      break;
    case 'SavedReplyRemoved':
      replies.delete(event.data.replyId);
      break;
    default:
      return assertNever(event);
  }
  return { replies };
}

const sameTitle = (a: string, b: string) =>
  a.normalize('NFKC').toLocaleLowerCase('en') === b.normalize('NFKC').toLocaleLowerCase('en');

export function decideSavedReplies(
  command: SavedReplyCommand,
  state: SavedReplyState,
): SavedReplyEvent[] | ChatRejection {
  switch (command.type) {
    case 'SaveSavedReply': {
      const { departmentId, replyId, revise, text, by, at } = command.data;
      const title = command.data.title.trim();
      const existing = state.replies.get(replyId);
      if (revise && !existing) return reject('CHAT_SAVED_REPLY_NOT_FOUND');
      const invalid = checkSavedReplyTitle(title) ?? checkMessage(text);
      if (invalid) return invalid;
      if ([...state.replies].some(([id, reply]) => id !== replyId && sameTitle(reply.title, title)))
        return reject('CHAT_SAVED_REPLY_TITLE_TAKEN');
      if (existing && existing.title === title && existing.text === text) return [];
      if (!existing && state.replies.size >= SAVED_REPLIES_PER_DEPARTMENT) return reject('CHAT_SAVED_REPLY_LIMIT');
      return [{ type: 'SavedReplySaved', data: { departmentId, replyId, title, text, savedBy: by, savedAt: at } }];
    }
    case 'RemoveSavedReply': {
      const { departmentId, replyId, by, at } = command.data;
      if (!state.replies.has(replyId)) return reject('CHAT_SAVED_REPLY_NOT_FOUND');
      return [{ type: 'SavedReplyRemoved', data: { departmentId, replyId, removedBy: by, removedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

export const savedReplyDecider: Decider<SavedReplyCommand, SavedReplyEvent, SavedReplyState, ChatRejection> = {
  initialState: initialSavedReplyState,
  evolve: evolveSavedReplies,
  decide: decideSavedReplies,
};

/**
 * What happens around a chat besides the conversation itself: staff's internal notes with
 * mentions, the visitor's rating, and the visitor's departure from a waiting chat (recorded by
 * the api process that saw the last live connection end), their return, and the chat abandoned
 * once they stayed away for the desk's set time. Pure, like the rest of the decider.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { ChatEvent, StaffRef } from './chat-events';
import { reject, type ChatRejection } from './errors';
import { checkMessage, checkRating } from './input-rules';

/** A staff member a note mentions, with whether they may read the chat (the resolver asks the directory). */
export interface MentionedStaff extends StaffRef {
  mayRead: boolean;
}

export type ChatAftercareCommand =
  | {
      type: 'AddChatNote';
      data: {
        chatId: string;
        author: StaffRef;
        noteId: string;
        clientNoteId: string;
        text: string;
        mentions: MentionedStaff[];
        at: string;
      };
    }
  | {
      type: 'RateChat';
      data: { chatId: string; visitorTokenHash: string; score: number; comment: string | null; at: string };
    }
  | { type: 'RecordVisitorLeft'; data: { chatId: string; at: string } }
  | { type: 'RecordVisitorReturned'; data: { chatId: string; at: string } }
  | { type: 'AbandonChat'; data: { chatId: string; visitorLeftAt: string; at: string } };

/** What these decisions need of a chat's state. */
export interface AftercareState {
  status: 'PENDING' | 'ACTIVE' | 'CLOSED';
  visitorTokenHash: string;
  messageIds: ReadonlySet<string>;
  /** Some agent accepted the chat at some point. */
  answered: boolean;
  /** The agent who held it last. */
  lastAgent: StaffRef | null;
  rating: { score: number; comment: string | null } | null;
  /** The latest recorded departure of the visitor from the waiting chat. */
  visitorLeftAt: string | null;
  /** The latest sign of the visitor: a message of theirs or a recorded return. */
  visitorSeenAt: string | null;
}

/** Whether the visitor has been away since `leftAt` (nothing of them at or after it). */
const awaySince = (state: AftercareState, leftAt: string) =>
  state.visitorSeenAt === null || state.visitorSeenAt < leftAt;

export function decideAftercare(command: ChatAftercareCommand, state: AftercareState): ChatEvent[] | ChatRejection {
  switch (command.type) {
    case 'AddChatNote': {
      const { chatId, author, noteId, clientNoteId, text, mentions, at } = command.data;
      if (state.messageIds.has(noteId)) return [];
      const invalid = checkMessage(text);
      if (invalid) return invalid;
      if (mentions.some((staff) => !staff.mayRead)) return reject('CHAT_MENTION_CANNOT_READ');
      const unique = [...new Map(mentions.map(({ id, name }) => [id, { id, name }])).values()];
      return [
        { type: 'ChatNoteAdded', data: { chatId, noteId, clientNoteId, author, text, mentions: unique, addedAt: at } },
      ];
    }
    case 'RateChat': {
      const { chatId, visitorTokenHash, score, at } = command.data;
      if (visitorTokenHash !== state.visitorTokenHash) return reject('CHAT_VISITOR_TOKEN_INVALID');
      const comment = command.data.comment?.trim() || null;
      if (state.rating)
        return state.rating.score === score && state.rating.comment === comment ? [] : reject('CHAT_ALREADY_RATED');
      if (!state.answered) return reject('CHAT_NOT_ANSWERED');
      return (
        checkRating(score, comment) ?? [
          { type: 'ChatRated', data: { chatId, score, comment, agent: state.lastAgent, ratedAt: at } },
        ]
      );
    }
    case 'RecordVisitorLeft': {
      const { chatId, at } = command.data;
      if (state.status !== 'PENDING') return [];
      if (state.visitorLeftAt !== null && awaySince(state, state.visitorLeftAt)) return [];
      return [{ type: 'ChatVisitorLeft', data: { chatId, leftAt: at } }];
    }
    case 'RecordVisitorReturned': {
      const { chatId, at } = command.data;
      if (state.visitorLeftAt === null || !awaySince(state, state.visitorLeftAt)) return [];
      return [{ type: 'ChatVisitorReturned', data: { chatId, returnedAt: at } }];
    }
    case 'AbandonChat': {
      const { chatId, visitorLeftAt, at } = command.data;
      if (state.status !== 'PENDING') return reject('CHAT_NOT_WAITING');
      if (state.visitorLeftAt === null || !awaySince(state, visitorLeftAt)) return reject('CHAT_VISITOR_STILL_THERE');
      return [{ type: 'ChatAbandoned', data: { chatId, visitorLeftAt, abandonedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

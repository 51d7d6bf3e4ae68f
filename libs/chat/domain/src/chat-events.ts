/**
 * Chat's events. A live chat is a stream `chat-<id>`; a question left while nobody of its
 * department was online is a stream `question-<id>`. Times are ISO-8601 strings from the
 * command. The visitor's name and email sit only in the first event of each stream; the
 * visitor's token is never stored, only its hash.
 */

export const chatStream = (chatId: string) => `chat-${chatId}`;
export const questionStream = (questionId: string) => `question-${questionId}`;
/**
 * Typing indications (`ChatTypingIndicated`), passed through the store so every api process's
 * subscribers hear them; the stream keeps them a minute and no read model folds them.
 */
export const CHAT_TYPING_STREAM = 'chat-typing';
export const CHAT_TYPING_EVENT = 'ChatTypingIndicated';

export interface StaffRef {
  id: string;
  name: string;
}

export type MessageAuthor = { kind: 'visitor' } | { kind: 'agent'; id: string; name: string };
export type TransferTarget = { kind: 'department'; departmentId: string } | { kind: 'agent'; id: string; name: string };

export type ChatRequested = {
  type: 'ChatRequested';
  data: {
    chatId: string;
    departmentId: string;
    visitor: { name: string; email: string | null };
    firstQuestion: string;
    visitorTokenHash: string;
    requestedAt: string;
    /** The language the visitor's page was in (fa, en, ja, vi), when it said; events written before it lack it. */
    locale?: string;
  };
};
export type ChatAccepted = { type: 'ChatAccepted'; data: { chatId: string; agent: StaffRef; acceptedAt: string } };
/**
 * `messageId` is derived from the client's message id, so a retried send is recognised; the
 * author's `clientMessageId` itself is kept too (an additive field: events written before it lack it), so
 * the author's client can match its own sent message. Text is kept exactly as typed.
 */
export type MessagePosted = {
  type: 'MessagePosted';
  data: {
    chatId: string;
    messageId: string;
    clientMessageId?: string;
    author: MessageAuthor;
    text: string;
    postedAt: string;
  };
};
export type ChatTransferred = {
  type: 'ChatTransferred';
  data: { chatId: string; by: StaffRef; to: TransferTarget; note: string; transferredAt: string };
};
export type ChatClosedByVisitor = { type: 'ChatClosedByVisitor'; data: { chatId: string; closedAt: string } };
export type ChatClosedByAgent = {
  type: 'ChatClosedByAgent';
  data: { chatId: string; agent: StaffRef; reason: string; closedAt: string };
};

/** An internal note between staff (never shown to the visitor); `mentions` are the colleagues it notifies. */
export type ChatNoteAdded = {
  type: 'ChatNoteAdded';
  data: {
    chatId: string;
    noteId: string;
    clientNoteId: string;
    author: StaffRef;
    text: string;
    mentions: StaffRef[];
    addedAt: string;
  };
};
/** The visitor's rating, once per chat: `score` 1 to 5 (4 and 5 are good); `agent` held the chat last. */
export type ChatRated = {
  type: 'ChatRated';
  data: { chatId: string; score: number; comment: string | null; agent: StaffRef | null; ratedAt: string };
};
/** The visitor's last live connection to a waiting chat ended (seen by one api process). */
export type ChatVisitorLeft = { type: 'ChatVisitorLeft'; data: { chatId: string; leftAt: string } };
/** The visitor is connected again after a recorded departure. */
export type ChatVisitorReturned = { type: 'ChatVisitorReturned'; data: { chatId: string; returnedAt: string } };
/** The chat waited with nobody on the visitor's side for the desk's set time: it leaves the queue. */
export type ChatAbandoned = {
  type: 'ChatAbandoned';
  data: { chatId: string; visitorLeftAt: string; abandonedAt: string };
};

export type ChatEvent =
  | ChatRequested
  | ChatAccepted
  | MessagePosted
  | ChatTransferred
  | ChatClosedByVisitor
  | ChatClosedByAgent
  | ChatNoteAdded
  | ChatRated
  | ChatVisitorLeft
  | ChatVisitorReturned
  | ChatAbandoned;

/** `locale`: the language the visitor asked in (fa, en, ja, vi), when their page said; events written before it lack it. */
export type OfflineQuestionAsked = {
  type: 'OfflineQuestionAsked';
  data: {
    questionId: string;
    departmentId: string;
    visitor: { name: string; email: string };
    question: string;
    askedAt: string;
    locale?: string;
  };
};
/** The answer went out by email: `mailId` is its outbox mail. */
export type OfflineQuestionAnswered = {
  type: 'OfflineQuestionAnswered';
  data: { questionId: string; answeredBy: StaffRef; answer: string; mailId: string; answeredAt: string };
};

export type QuestionEvent = OfflineQuestionAsked | OfflineQuestionAnswered;

export const CHAT_EVENT_TYPES = [
  'ChatRequested',
  'ChatAccepted',
  'MessagePosted',
  'ChatTransferred',
  'ChatClosedByVisitor',
  'ChatClosedByAgent',
  'ChatNoteAdded',
  'ChatRated',
  'ChatVisitorLeft',
  'ChatVisitorReturned',
  'ChatAbandoned',
] as const satisfies readonly ChatEvent['type'][];

export const QUESTION_EVENT_TYPES = [
  'OfflineQuestionAsked',
  'OfflineQuestionAnswered',
] as const satisfies readonly QuestionEvent['type'][];

/**
 * Chat's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const CHAT_ERRORS = errorTable('CHAT', {
  CHAT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such chat.' },
  CHAT_QUESTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such question.' },
  CHAT_DEPARTMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such department.' },
  CHAT_AGENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such agent.' },
  CHAT_EXISTS: { code: 'CONFLICT', message: 'This chat has already been started.' },
  CHAT_NO_AGENT_ONLINE: {
    code: 'CONFLICT',
    message: 'Nobody of this department is online now. Leave your question and we will answer by email.',
  },
  CHAT_ALREADY_ACCEPTED: { code: 'CONFLICT', message: 'Another agent has already accepted this chat.' },
  CHAT_NOT_ACCEPTED: { code: 'CONFLICT', message: 'Accept this chat first.' },
  CHAT_CLOSED: { code: 'CONFLICT', message: 'This chat has been closed.' },
  CHAT_TRANSFER_TO_SAME: { code: 'CONFLICT', message: 'The chat is already there.' },
  CHAT_TRANSFER_TARGET_CANNOT_ANSWER: {
    code: 'CONFLICT',
    message: 'This person does not answer chats: transfer to an agent or supervisor of a department.',
  },
  CHAT_QUESTION_ALREADY_ANSWERED: { code: 'CONFLICT', message: 'This question has already been answered.' },
  CHAT_NOT_YOURS: { code: 'FORBIDDEN', message: 'This chat is being answered by another agent.' },
  CHAT_VISITOR_TOKEN_INVALID: { code: 'FORBIDDEN', message: 'This chat belongs to another visitor.' },
  CHAT_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests from your address. Wait a moment and try again.',
  },
  CHAT_MESSAGE_EMPTY: { code: 'VALIDATION_ERROR', message: 'A message cannot be empty.' },
  CHAT_MESSAGE_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A message is at most 10,000 characters.' },
  CHAT_VISITOR_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A name is 1 to 80 characters, without < or > or control characters.',
  },
  CHAT_EMAIL_INVALID: { code: 'VALIDATION_ERROR', message: 'This is not a valid email address.' },
  CHAT_EMAIL_REQUIRED: { code: 'VALIDATION_ERROR', message: 'An email address is needed so that we can answer.' },
  CHAT_TRANSCRIPT_EMAIL_NOT_GIVEN: {
    code: 'VALIDATION_ERROR',
    message: 'A transcript is mailed only to the email address given when the chat was started.',
  },
  CHAT_REASON_INVALID: { code: 'VALIDATION_ERROR', message: 'A reason is 1 to 500 characters.' },
  CHAT_NOTE_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A note is at most 1,000 characters.' },
  CHAT_VISITOR_TOKEN_MALFORMED: {
    code: 'VALIDATION_ERROR',
    message: 'A visitor token is 32 to 128 letters, digits, - or _.',
  },
  CHAT_CLIENT_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A client id is 1 to 128 characters.' },
  CHAT_TRANSFER_TARGET_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Transfer to exactly one department or one agent.',
  },
  CHAT_LIMIT_INVALID: { code: 'VALIDATION_ERROR', message: 'A limit is 1 to 500 and a period at most 366 days.' },
  CHAT_NOT_WAITING: { code: 'CONFLICT', message: 'This chat is no longer waiting.' },
  CHAT_VISITOR_STILL_THERE: { code: 'CONFLICT', message: 'The visitor is still there (or came back).' },
  CHAT_NOT_ANSWERED: { code: 'CONFLICT', message: 'Only a chat an agent answered can be rated.' },
  CHAT_ALREADY_RATED: { code: 'CONFLICT', message: 'This chat has already been rated.' },
  CHAT_RATING_INVALID: { code: 'VALIDATION_ERROR', message: 'A rating is a whole number from 1 to 5.' },
  CHAT_RATING_COMMENT_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A comment is at most 1,000 characters.' },
  CHAT_MENTION_CANNOT_READ: {
    code: 'FORBIDDEN',
    message: 'Someone you mentioned cannot read this chat: transfer it or mention a colleague of its department.',
  },
  CHAT_MENTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such staff member to mention.' },
  CHAT_ARCHIVE_FILTER_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Days are YYYY-MM-DD, a rating 1 to 5, a page 1 to 100 chats, the search words at most 200 characters.',
  },
  CHAT_SAVED_REPLY_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such saved reply.' },
  CHAT_SAVED_REPLY_TITLE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A saved reply’s title is 1 to 80 characters, without control characters.',
  },
  CHAT_SAVED_REPLY_TITLE_TAKEN: {
    code: 'CONFLICT',
    message: 'This department already has a saved reply with that title.',
  },
  CHAT_SAVED_REPLY_LIMIT: {
    code: 'CONFLICT',
    message: 'A department keeps at most 200 saved replies; remove one first.',
  },
});

export type ChatErrorReason = keyof typeof CHAT_ERRORS.entries;

/** A rejection as a value: what `decide` returns instead of events. Its `code` is the stable reason. */
export type ChatRejection = Rejection<ChatErrorReason>;

export const reject = (reason: ChatErrorReason): ChatRejection => CHAT_ERRORS.reject(reason);

import type { ChatErrorReason } from '@deskstream/chat-domain';
import { errorMessageKey, type Failure } from '@deskstream/ui';

/** The reasons the console words itself (`chat.errors.<reason>`); any other falls back to the code's message. */
export const WORDED_REASONS = [
  'CHAT_ALREADY_ACCEPTED',
  'CHAT_NOT_ACCEPTED',
  'CHAT_CLOSED',
  'CHAT_NOT_YOURS',
  'CHAT_NOT_FOUND',
  'CHAT_TRANSFER_TO_SAME',
  'CHAT_QUESTION_ALREADY_ANSWERED',
  'CHAT_MESSAGE_EMPTY',
  'CHAT_MESSAGE_TOO_LONG',
  'CHAT_REASON_INVALID',
  'CHAT_NOTE_TOO_LONG',
  'CHAT_EMAIL_INVALID',
  'CHAT_SAVED_REPLY_TITLE_INVALID',
  'CHAT_SAVED_REPLY_TITLE_TAKEN',
  'CHAT_SAVED_REPLY_LIMIT',
  'CHAT_SAVED_REPLY_NOT_FOUND',
] as const satisfies readonly ChatErrorReason[];

/** The i18n key that tells the agent why a desk operation failed: chat's reason when worded here, else the code's message. */
export function deskFailureKey(failure: Failure): string {
  return failure.reason && (WORDED_REASONS as readonly string[]).includes(failure.reason)
    ? `chat.errors.${failure.reason}`
    : errorMessageKey(failure.code);
}

import { errorCodeOf, errorMessageKey, type ClientErrorCode } from '@deskstream/ui';
import type { OperationResult } from '@urql/core';

/**
 * Why a desk operation failed: the api's code (what the console acts on) and, where chat says
 * more, its stable reason (`CHAT_ALREADY_ACCEPTED`, `CHAT_CLOSED`, ...), so the reader is told
 * exactly what happened.
 */
export interface DeskFailure {
  code: ClientErrorCode;
  reason: string | null;
}

export type DeskOutcome<T> = { ok: true; data: T } | ({ ok: false } & DeskFailure);

export async function deskOutcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<DeskOutcome<T>> {
  try {
    const result = await pending;
    if (result.error) {
      const reason = result.error.graphQLErrors.map((error) => error.extensions?.['reason']).find((each) => typeof each === 'string');
      return { ok: false, code: errorCodeOf(result.error), reason: (reason as string | undefined) ?? null };
    }
    if (result.data === undefined || result.data === null) return { ok: false, code: 'UNKNOWN', reason: null };
    return { ok: true, data: result.data };
  } catch {
    return { ok: false, code: 'NETWORK_ERROR', reason: null };
  }
}

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
] as const;

export function deskFailureKey(failure: DeskFailure): string {
  return failure.reason && (WORDED_REASONS as readonly string[]).includes(failure.reason)
    ? `chat.errors.${failure.reason}`
    : errorMessageKey(failure.code);
}

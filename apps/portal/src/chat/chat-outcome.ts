/**
 * A finished chat operation as a value, keeping chat's stable `extensions.reason` besides the
 * code, so the visitor can be told exactly what to fix (a name with `<`, a missing email) and the
 * widget can react (nobody online any more: turn into the offline question form).
 */
import { errorCodeOf, type ClientErrorCode } from '@deskstream/ui';
import type { OperationResult } from '@urql/core';

export interface ChatFailure {
  code: ClientErrorCode;
  /** Chat's reason (`CHAT_NO_AGENT_ONLINE`, `CHAT_EMAIL_INVALID`, …) when the api gave one. */
  reason: string | null;
}

export type ChatOutcome<T> = { ok: true; data: T } | { ok: false; failure: ChatFailure };

export async function chatOutcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<ChatOutcome<T>> {
  try {
    const result = await pending;
    if (result.error) {
      const reason = result.error.graphQLErrors.map((error) => error.extensions?.['reason']).find((each) => typeof each === 'string');
      return { ok: false, failure: { code: errorCodeOf(result.error), reason: (reason as string | undefined) ?? null } };
    }
    if (result.data === undefined || result.data === null) return { ok: false, failure: { code: 'UNKNOWN', reason: null } };
    return { ok: true, data: result.data };
  } catch {
    return { ok: false, failure: { code: 'NETWORK_ERROR', reason: null } };
  }
}

/** Worth sending again by itself after a reconnection: the api was not reached or failed. */
export const isTransient = (failure: ChatFailure) => failure.code === 'NETWORK_ERROR' || failure.code === 'UNKNOWN';

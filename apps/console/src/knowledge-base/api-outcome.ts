import { errorCodeOf, type ClientErrorCode } from '@deskstream/ui';
import type { CombinedError, OperationResult } from '@urql/core';

/** Why a knowledge-base call failed: the api's code and, when it gave one, its reason (`KB_SLUG_TAKEN`, …). */
export interface ApiFailure {
  code: ClientErrorCode;
  reason: string | null;
}

export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

function reasonOf(error: CombinedError): string | null {
  for (const graphQLError of error.graphQLErrors) {
    const reason = graphQLError.extensions?.['reason'];
    if (typeof reason === 'string') return reason;
  }
  return null;
}

/** A finished operation as a value, keeping the reason as well as the code. */
export async function apiOutcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<ApiOutcome<T>> {
  try {
    const result = await pending;
    if (result.error) return { ok: false, failure: { code: errorCodeOf(result.error), reason: reasonOf(result.error) } };
    if (result.data === undefined || result.data === null) return { ok: false, failure: { code: 'UNKNOWN', reason: null } };
    return { ok: true, data: result.data };
  } catch {
    return { ok: false, failure: { code: 'NETWORK_ERROR', reason: null } };
  }
}

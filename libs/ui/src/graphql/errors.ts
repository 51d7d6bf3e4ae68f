import type { CombinedError, OperationResult } from '@urql/core';

/**
 * The stable `extensions.code` values the api puts on GraphQL errors. `READ_MODEL_BEHIND`: the
 * command was stored but the server was too busy to show it in time; sending it again with the
 * same command id is safe.
 */
export const API_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_ERROR', 'CONFLICT', 'NOT_FOUND', 'RATE_LIMITED', 'READ_MODEL_BEHIND'] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What a front end can tell the reader: an api code, an unreachable server, or something else. */
export type ClientErrorCode = ApiErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** The code of a failed operation: the first known GraphQL error code, else network or unknown. */
export function errorCodeOf(error: CombinedError): ClientErrorCode {
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.['code'];
    if (isApiErrorCode(code)) return code;
  }
  if (error.networkError || error.response?.status >= 400) return 'NETWORK_ERROR';
  return 'UNKNOWN';
}

export function hasErrorCode(error: CombinedError, code: ApiErrorCode): boolean {
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.['code'] === code);
}

/** The i18n key of an error's message; every code has a text in every locale (`errors.*`). */
export function errorMessageKey(code: ClientErrorCode): string {
  return `errors.${code}`;
}

/** A finished operation as a value: its data, or the code of why it failed. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; code: ClientErrorCode };

export async function outcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<Outcome<T>> {
  try {
    const result = await pending;
    if (result.error) return { ok: false, code: errorCodeOf(result.error) };
    if (result.data === undefined || result.data === null) return { ok: false, code: 'UNKNOWN' };
    return { ok: true, data: result.data };
  } catch {
    return { ok: false, code: 'NETWORK_ERROR' };
  }
}

import type { CombinedError, OperationResult } from '@urql/core';

/**
 * The stable `extensions.code` values the api puts on GraphQL errors. `READ_MODEL_BEHIND`: the
 * command was stored but the server was too busy to show it in time; sending it again with the
 * same command id is safe.
 */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VALIDATION_ERROR',
  'CONFLICT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'READ_MODEL_BEHIND',
] as const;

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

/**
 * Why an operation failed: the code the front end acts on and, where the api says more, its
 * stable `extensions.reason` (`CHAT_NO_AGENT_ONLINE`, `KB_RATE_LIMITED`, …) so the reader can be
 * told exactly what to fix; null when the api gave none (or was not reached).
 */
export interface Failure {
  code: ClientErrorCode;
  reason: string | null;
}

/** A finished operation as a value: its data, or why it failed. */
export type Outcome<T> = { ok: true; data: T } | ({ ok: false } & Failure);

/** The first `extensions.reason` of a failed operation, if the api gave one. */
export function errorReasonOf(error: CombinedError): string | null {
  for (const graphQLError of error.graphQLErrors) {
    const reason = graphQLError.extensions?.['reason'];
    if (typeof reason === 'string') return reason;
  }
  return null;
}

/** The one way both apps turn an urql answer into an `Outcome`; it never throws. */
export async function outcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<Outcome<T>> {
  try {
    const result = await pending;
    if (result.error) return { ok: false, code: errorCodeOf(result.error), reason: errorReasonOf(result.error) };
    if (result.data === undefined || result.data === null) return { ok: false, code: 'UNKNOWN', reason: null };
    return { ok: true, data: result.data };
  } catch {
    return { ok: false, code: 'NETWORK_ERROR', reason: null };
  }
}

/** Worth sending again by itself (after a reconnection, a pause): the api was not reached or failed. */
export const isTransient = (failure: Failure): boolean =>
  failure.code === 'NETWORK_ERROR' || failure.code === 'UNKNOWN';

/**
 * GraphQL over a plain POST, which is all the knowledge-base pages need: an answer's data, or the
 * reason it was refused (`KB_RATE_LIMITED`, …), `network` when the server cannot be reached.
 * Operations are the typed strings generated from `./operations.ts`, so data and variables are
 * typed and the text sent is the one codegen validated.
 */
import type { TypedDocumentString } from './generated/graphql';

export type GraphqlOutcome<Data> = { ok: true; data: Data } | { ok: false; reason: string };

interface GraphqlBody<Data> {
  data?: Data | null;
  errors?: { extensions?: { reason?: string; code?: string } }[];
}

export async function postGraphql<Data, Variables>(
  path: string,
  operation: TypedDocumentString<Data, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<GraphqlOutcome<Data>> {
  let body: GraphqlBody<Data>;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operation.toString(), variables }),
      signal,
    });
    body = (await response.json()) as GraphqlBody<Data>;
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: 'network' };
  }
  const problem = body.errors?.[0];
  if (problem || !body.data)
    return { ok: false, reason: problem?.extensions?.reason ?? problem?.extensions?.code ?? 'unknown' };
  return { ok: true, data: body.data };
}

/** A fresh command id; `randomUUID` needs a secure page, `getRandomValues` does not. */
export function newCommandId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

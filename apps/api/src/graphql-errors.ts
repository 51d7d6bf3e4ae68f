/**
 * How every GraphQL error leaves the api: one flat list, each with a stable `extensions.code`.
 * Contexts set their own codes (VALIDATION_ERROR, CONFLICT, NOT_FOUND, UNAUTHENTICATED,
 * FORBIDDEN, RATE_LIMITED); this file names the request-level ones, turns a command whose read
 * models lagged into READ_MODEL_BEHIND (retry with the same command id), and hides internal errors.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { READ_MODEL_BEHIND, READ_MODEL_BEHIND_MESSAGE } from '@deskstream/event-sourcing';

/** The api's own error table: problems with the request itself rather than with a command. */
export const REQUEST_ERRORS = {
  GRAPHQL_PARSE_FAILED: { status: 400, message: 'The query is not valid GraphQL.' },
  VALIDATION_ERROR: { status: 400, message: 'The query or its variables do not fit the schema.' },
  QUERY_TOO_COMPLEX: { status: 400, message: 'The query is too deep or asks for too much.' },
  BAD_REQUEST: { status: 400, message: 'The request body is not a GraphQL request.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send GraphQL as application/json.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Mutations need POST.' },
  INTERNAL_SERVER_ERROR: { status: 500, message: 'Something went wrong on our side.' },
  // Not the request's fault either: the command is stored, the server was too busy to show it in time.
  [READ_MODEL_BEHIND]: { status: 200, message: READ_MODEL_BEHIND_MESSAGE },
} as const;

export type RequestErrorCode = keyof typeof REQUEST_ERRORS;

const FASTIFY_CODES: Record<string, RequestErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  MER_ERR_METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
};

interface Classified {
  error: GraphQLError;
  status: number;
}

/** Mercurius wraps parse and validation failures in one error whose `errors` hold the details. */
function unwrap(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((item) =>
    item instanceof GraphQLError
      ? item
      : new GraphQLError(String((item as Error).message ?? item), { originalError: item as Error }),
  );
}

function classify(
  error: GraphQLError,
  wrapperCode: string | undefined,
  production: boolean,
  log: FastifyBaseLogger,
): Classified {
  const given = error.extensions?.code;
  if (typeof given === 'string' && given in REQUEST_ERRORS)
    return { error, status: REQUEST_ERRORS[given as RequestErrorCode].status };
  const original = error.originalError as
    (Error & { code?: string; statusCode?: number; validation?: unknown }) | undefined;
  // A code of a context's own: a field's answer (200), unless the request as a whole was refused (the public rate limit's 429).
  if (typeof given === 'string') return { error, status: original?.statusCode === 429 ? 429 : 200 };

  const fastifyCode = FASTIFY_CODES[original?.code ?? ''] ?? FASTIFY_CODES[wrapperCode ?? ''];
  if (fastifyCode)
    return withCode(
      error,
      fastifyCode,
      fastifyCode === 'METHOD_NOT_ALLOWED' ? error.message : REQUEST_ERRORS[fastifyCode].message,
    );

  if (error.message.startsWith('Syntax Error')) {
    if (/tokens\. Parsing aborted/.test(error.message)) return withCode(error, 'QUERY_TOO_COMPLEX', error.message);
    return withCode(error, 'GRAPHQL_PARSE_FAILED', error.message);
  }
  // Outside a resolver (no path) and not thrown by code: the document or its variables do not fit the schema.
  if (wrapperCode === 'MER_ERR_GQL_VALIDATION' || original?.validation || (!error.path && !original)) {
    const message = original?.validation ? `${REQUEST_ERRORS.BAD_REQUEST.message} ${error.message}` : error.message;
    return withCode(error, original?.validation ? 'BAD_REQUEST' : 'VALIDATION_ERROR', message);
  }
  // Overload rather than a bug: the command's events are stored, the read models had not reached them.
  if (original?.code === READ_MODEL_BEHIND) {
    log.warn({ err: original, path: error.path }, 'a command was stored but the read models did not catch up in time');
    return withCode(error, READ_MODEL_BEHIND, REQUEST_ERRORS[READ_MODEL_BEHIND].message);
  }
  // Anything else is a bug: log it whole, tell the client only that it happened.
  log.error({ err: original ?? error, path: error.path }, 'unexpected error in a GraphQL request');
  const message = production ? REQUEST_ERRORS.INTERNAL_SERVER_ERROR.message : error.message;
  return withCode(error, 'INTERNAL_SERVER_ERROR', message);
}

function withCode(error: GraphQLError, code: RequestErrorCode, message: string): Classified {
  const shaped = new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { code },
  });
  return { error: shaped, status: REQUEST_ERRORS[code].status };
}

/** GraphQL's "Did you mean …?" endings, which tell a stranger the names of fields, arguments, types and values. */
const SUGGESTION = /\s*Did you mean [^]*\?\s*$/;

export function withoutSuggestions(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

export interface ErrorFormatterOptions {
  /** Keep GraphQL's "Did you mean …?" suggestions (on with introspection). Default true. */
  suggestions?: boolean;
}

export function createErrorFormatter(production: boolean, options: ErrorFormatterOptions = {}) {
  const suggestions = options.suggestions ?? true;
  return (
    execution: ExecutionResult & { statusCode?: number },
    context: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } },
  ) => {
    const log = context.reply?.log ?? context.app.log;
    const classified = (execution.errors ?? []).flatMap((error) => {
      const wrapperCode = (error.originalError as { code?: string } | undefined)?.code;
      return unwrap(error).map((inner) => {
        const item = classify(inner, wrapperCode, production, log);
        return suggestions ? item : { ...item, error: withoutSuggestions(item.error) };
      });
    });
    const status = execution.data
      ? 200
      : Math.max(200, ...classified.map((item) => (item.status === 200 ? 0 : item.status)));
    return {
      statusCode: status,
      response: { data: execution.data ?? null, errors: classified.map((item) => item.error.toJSON()) },
    };
  };
}

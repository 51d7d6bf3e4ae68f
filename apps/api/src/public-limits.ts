/**
 * Limits on what callers without a staff session (visitors, and anyone on the internet) can make
 * the api do through its public reads, so no one can turn a small request into a large answer or
 * keep the api busy for everybody:
 *
 * - **Cost.** An operation may cost at most `queryCost` (see `query-cost.ts`: list sizes from
 *   `first`, every alias counted); more is refused before it runs with QUERY_TOO_COMPLEX.
 * - **Answer size.** An answer larger than `responseBytes` is not sent: the caller gets
 *   RESPONSE_TOO_LARGE instead (never a cut-off body).
 * - **Rate.** `/graphql` and the knowledge-base pages (`/kb/…`) answer at most `requestsPerMinute`
 *   requests a minute from one address (as TRUST_PROXY resolves it); more get 429 with
 *   `retry-after`, and GraphQL's RATE_LIMITED.
 *
 * Staff requests (a bearer token of a live session) are not limited here; the shape limits of
 * `query-limits.ts` apply to everyone.
 */
import rateLimit from '@fastify/rate-limit';
import type { StaffDirectory } from '@deskstream/access';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import mercurius from 'mercurius';
import { DEFAULT_PUBLIC_REQUESTS_PER_MINUTE } from './config';
import { queryCost } from './query-cost';
import { callerOf } from './request-caller';

export interface PublicLimits {
  /** Largest answer in bytes. Default 1 MiB. */
  responseBytes: number;
  /** Largest cost of one operation. Default 2,000. */
  queryCost: number;
  /** Requests to `/graphql` and `/kb/…` from one address per minute (PUBLIC_REQUESTS_PER_MINUTE). Default 600. */
  requestsPerMinute: number;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  responseBytes: 1024 * 1024,
  queryCost: 2_000,
  requestsPerMinute: DEFAULT_PUBLIC_REQUESTS_PER_MINUTE,
};

export const PUBLIC_LIMIT_ERRORS = {
  RESPONSE_TOO_LARGE: (limit: number) =>
    `The answer would be larger than ${Math.round(limit / 1024)} KiB, more than the api sends without a staff session; ask for fewer items or fields.`,
  QUERY_TOO_COMPLEX: (limit: number) =>
    `The operation asks for too much at once (it costs more than ${limit}, the most without a staff session: each field counts once per item of the lists around it, and each alias on its own); ask for fewer items, fields or aliases.`,
  RATE_LIMITED: (after: string) => `Too many requests from your address; try again in ${after}.`,
} as const;

const LIMITED_PATH = /^\/(graphql|kb)(\/|\?|$)/;

/** Registers the rate limit; call before the routes it covers (Mercurius, the knowledge-base pages). */
export async function publicRequestLimits(
  app: FastifyInstance,
  staffDirectory: StaffDirectory,
  limits: PublicLimits,
): Promise<void> {
  const isStaff = (request: FastifyRequest) => typeof callerOf(staffDirectory, request) === 'object';
  await app.register(rateLimit, {
    global: true,
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    // request.ip is the address TRUST_PROXY makes of X-Forwarded-For.
    keyGenerator: (request) => request.ip,
    allowList: (request) => !LIMITED_PATH.test(request.url) || isStaff(request),
    addHeadersOnExceeding: { 'x-ratelimit-limit': true, 'x-ratelimit-remaining': true, 'x-ratelimit-reset': true },
    // Thrown: GraphQL answers it as an error with RATE_LIMITED (and 429), the pages as Fastify's JSON 429.
    errorResponseBuilder: (_request, context) =>
      new mercurius.ErrorWithProps(
        PUBLIC_LIMIT_ERRORS.RATE_LIMITED(context.after),
        { code: 'RATE_LIMITED', reason: 'PUBLIC_REQUESTS_PER_MINUTE' },
        429,
      ),
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/graphql') || typeof payload !== 'string' || isStaff(request)) return payload;
    if (Buffer.byteLength(payload) <= limits.responseBytes) return payload;
    request.log.warn(
      { bytes: Buffer.byteLength(payload), limit: limits.responseBytes },
      'a public GraphQL answer was over the size limit; refused',
    );
    reply.code(400).header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({
      data: null,
      errors: [
        {
          message: PUBLIC_LIMIT_ERRORS.RESPONSE_TOO_LARGE(limits.responseBytes),
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ],
    });
  });
}

/** Refuses a public operation over the cost limit before it runs; call once Mercurius is registered. */
export function publicQueryCost(app: FastifyInstance, staffDirectory: StaffDirectory, limits: PublicLimits): void {
  app.graphql.addHook('preExecution', async (schema: GraphQLSchema, document: DocumentNode, context, variables) => {
    // `app.graphql(…)` from the api's own code (the knowledge-base pages' fixed mutations) has no request.
    const request = (context as { reply?: { request?: FastifyRequest } }).reply?.request;
    if (!request || typeof callerOf(staffDirectory, request) === 'object') return;
    const body = request.body as { operationName?: unknown } | undefined;
    const query = request.query as { operationName?: unknown } | undefined;
    const operationName =
      typeof body?.operationName === 'string'
        ? body.operationName
        : typeof query?.operationName === 'string'
          ? query.operationName
          : undefined;
    const cost = queryCost(schema, document, variables ?? {}, { operationName, ceiling: limits.queryCost });
    if (cost > limits.queryCost) {
      throw new mercurius.ErrorWithProps(
        PUBLIC_LIMIT_ERRORS.QUERY_TOO_COMPLEX(limits.queryCost),
        { code: 'QUERY_TOO_COMPLEX' },
        400,
      );
    }
  });
}

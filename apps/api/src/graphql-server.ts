/**
 * Mercurius, set up once for every context: the empty root types contexts extend, JIT after the
 * first run, subscriptions over graphql-ws (the token from connectionParams; served by the api's
 * own transport in `live/`, which executes a change once for every subscriber sharing it),
 * request limits, the error formatter, and GraphiQL outside production.
 */
import type { AccessContext, StaffDirectory } from '@deskstream/access';
import mercurius from 'mercurius';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CallerContext } from '@deskstream/identity';
import { REQUEST_ERRORS, createErrorFormatter } from './graphql-errors';
import { QUERY_LIMITS, queryShapeLimit } from './query-limits';
import { liveTransport } from './live/live-transport';
import type { LiveOperations } from './live/live-operations';

/** Root types with one harmless field each; every bounded context extends them. */
const ROOT_SCHEMA = /* GraphQL */ `
  type Query {
    "The api's version, so a client can tell which one it talks to."
    apiVersion: String!
  }
  type Mutation {
    "Does nothing; answers true. Lets a client check it may send mutations."
    ping: Boolean!
  }
  type Subscription {
    "Never fires; keeps the root type valid until contexts add theirs."
    heartbeat: Boolean
  }
`;

export const API_VERSION = '0.1.0';

export interface GraphqlServerOptions {
  production: boolean;
  /** Who is behind a bearer token; every context reads it through `@deskstream/access`. */
  staffDirectory: StaffDirectory;
  /** A graphql-ws connection that has not sent connection_init by then is closed (4408). Default 10 s. */
  connectionInitTimeoutMs?: number;
}

const KEEP_ALIVE_MS = 30_000;

/** Returns the live transport's operations (how many pushes were shared shows in `shared.stats()`). */
export async function graphqlServer(app: FastifyInstance, options: GraphqlServerOptions): Promise<LiveOperations> {
  const formatErrors = createErrorFormatter(options.production);
  const validationRules = [queryShapeLimit(QUERY_LIMITS)];
  const callerFrom = (payload: Record<string, unknown> | null | undefined): CallerContext & AccessContext => ({
    authorization: typeof payload?.authorization === 'string' ? payload.authorization : undefined,
    staffDirectory: options.staffDirectory,
  });
  const live = liveTransport(app, {
    path: '/graphql',
    onConnect: (payload, request) => ({ ...callerFrom(payload), clientAddress: request.ip }),
    validationRules,
    maxTokens: QUERY_LIMITS.tokens,
    format: (result) => formatErrors(result, { app }).response,
    keepAliveMs: KEEP_ALIVE_MS,
    initTimeoutMs: options.connectionInitTimeoutMs,
  });
  await app.register(mercurius, {
    schema: ROOT_SCHEMA,
    resolvers: {
      Query: { apiVersion: () => API_VERSION },
      Mutation: { ping: () => true },
    },
    jit: 1,
    path: '/graphql',
    graphiql: !options.production,
    validationRules,
    graphql: { parseOptions: { maxTokens: QUERY_LIMITS.tokens } },
    errorFormatter: formatErrors as never,
    context: (request: FastifyRequest): CallerContext & AccessContext => ({
      authorization: request.headers.authorization,
      clientAddress: request.ip,
      staffDirectory: options.staffDirectory,
    }),
    // Mercurius's own subscription handling now serves only the older subscriptions-transport-ws protocol.
    subscription: {
      keepAlive: KEEP_ALIVE_MS,
      onConnect: ({ payload }: { payload?: Record<string, unknown> }) => callerFrom(payload),
    },
  });
  // Mercurius also takes a query sent as a JSON syntax tree; anything else that is not a document is refused here.
  app.graphql.addHook('preValidation', async (_schema, document) => {
    if ((document as { kind?: unknown }).kind !== 'Document' || !Array.isArray(document.definitions)) {
      throw new mercurius.ErrorWithProps(REQUEST_ERRORS.GRAPHQL_PARSE_FAILED.message, { code: 'GRAPHQL_PARSE_FAILED' }, 400);
    }
  });
  return live;
}

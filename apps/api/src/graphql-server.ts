/**
 * Mercurius, set up once for every context: the empty root types contexts extend, JIT after the
 * first run, subscriptions over graphql-ws (the token from connectionParams), request limits,
 * the error formatter, and GraphiQL outside production.
 */
import type { AccessContext, StaffDirectory } from '@deskstream/access';
import mercurius from 'mercurius';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CallerContext } from '@deskstream/identity';
import { REQUEST_ERRORS, createErrorFormatter } from './graphql-errors';
import { QUERY_LIMITS, queryShapeLimit } from './query-limits';

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
}

export async function graphqlServer(app: FastifyInstance, options: GraphqlServerOptions): Promise<void> {
  await app.register(mercurius, {
    schema: ROOT_SCHEMA,
    resolvers: {
      Query: { apiVersion: () => API_VERSION },
      Mutation: { ping: () => true },
    },
    jit: 1,
    path: '/graphql',
    graphiql: !options.production,
    validationRules: [queryShapeLimit(QUERY_LIMITS)],
    graphql: { parseOptions: { maxTokens: QUERY_LIMITS.tokens } },
    errorFormatter: createErrorFormatter(options.production) as never,
    context: (request: FastifyRequest): CallerContext & AccessContext => ({
      authorization: request.headers.authorization,
      clientAddress: request.ip,
      staffDirectory: options.staffDirectory,
    }),
    subscription: {
      keepAlive: 30_000,
      onConnect: ({ payload }: { payload?: Record<string, unknown> }): CallerContext & AccessContext => ({
        authorization: typeof payload?.authorization === 'string' ? payload.authorization : undefined,
        staffDirectory: options.staffDirectory,
      }),
    },
  });
  // Mercurius also takes a query sent as a JSON syntax tree; anything else that is not a document is refused here.
  app.graphql.addHook('preValidation', async (_schema, document) => {
    if ((document as { kind?: unknown }).kind !== 'Document' || !Array.isArray(document.definitions)) {
      throw new mercurius.ErrorWithProps(REQUEST_ERRORS.GRAPHQL_PARSE_FAILED.message, { code: 'GRAPHQL_PARSE_FAILED' }, 400);
    }
  });
}

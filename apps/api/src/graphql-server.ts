/**
 * Mercurius, set up once for every context: the empty root types contexts extend, JIT after the
 * first run, subscriptions over graphql-ws (the token from connectionParams; served by the api's
 * own transport in `live/`, which executes a change once for every subscriber sharing it, caps
 * subscriptions and ends them when the caller's session ends), request limits, the error
 * formatter, introspection and "did you mean" suggestions as a setting, and GraphiQL outside
 * production.
 */
import type { AccessContext, StaffDirectory } from '@deskstream/access';
import { createRequire } from 'node:module';
import type { ValidationRule } from 'graphql';
import mercurius from 'mercurius';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CallerContext } from '@deskstream/identity-api';
import { ROOT_TYPE_DEFS } from '@deskstream/graphql-types';
import { REQUEST_ERRORS, createErrorFormatter } from './graphql-errors';
import { QUERY_LIMITS, queryShapeLimit } from './query-limits';
import { requestDirectory } from './request-caller';
import { liveTransport, refuseOtherProtocols, type LiveTransport } from './live/live-transport';
import type { LiveLimits } from './live/live-admission';

declare module 'fastify' {
  interface FastifyInstance {
    /** The api's graphql-ws transport: its operations, admission counts and open connections. */
    live: LiveTransport;
  }
}

// The graphql module Mercurius (CommonJS) builds the schema with: the rule checks types by class.
const { NoSchemaIntrospectionCustomRule } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The root types, with one harmless field each, that every bounded context extends: the one copy is `root.graphql`. */
const ROOT_SCHEMA = ROOT_TYPE_DEFS;

/** Nothing publishes here: `heartbeat` stays open and quiet. */
const HEARTBEAT_TOPIC = 'API_HEARTBEAT';

export const API_VERSION = '0.1.0';

export interface GraphqlServerOptions {
  production: boolean;
  /** Who is behind a bearer token; every context reads it through `@deskstream/access`. */
  staffDirectory: StaffDirectory;
  /** A graphql-ws connection that has not sent connection_init by then is closed (4408). Default 10 s. */
  connectionInitTimeoutMs?: number;
  /**
   * Schema introspection (`__schema`, `__type`) and "did you mean …?" suggestions in errors.
   * Default: on outside production, off in production (GRAPHQL_INTROSPECTION).
   */
  introspection?: boolean;
  /** Subscriptions per connection and per address, subscribe messages per minute (LIVE_* settings). */
  liveLimits?: Partial<LiveLimits>;
  /** How often open subscriptions re-check their caller's session besides before each push. Default 5 s. */
  accessRecheckMs?: number;
}

/** What `buildApp` passes on from the settings. */
export type GraphqlSettings = Pick<GraphqlServerOptions, 'introspection' | 'liveLimits' | 'accessRecheckMs'>;

const KEEP_ALIVE_MS = 30_000;

/** Returns the live transport (how many pushes were shared shows in `operations.shared.stats()`); also `app.live`. */
export async function graphqlServer(app: FastifyInstance, options: GraphqlServerOptions): Promise<LiveTransport> {
  const introspection = options.introspection ?? !options.production;
  const formatErrors = createErrorFormatter(options.production, { suggestions: introspection });
  const validationRules: ValidationRule[] = [queryShapeLimit(QUERY_LIMITS)];
  if (!introspection) validationRules.push(NoSchemaIntrospectionCustomRule);
  /** The staff session a token names now; subscriptions end once it no longer names the one they started with. */
  const sessionOf = (context: Record<string, unknown>): string | undefined => {
    const staff = options.staffDirectory.identify(
      typeof context.authorization === 'string' ? context.authorization : undefined,
    );
    return typeof staff === 'object' ? staff.sessionId : undefined;
  };
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
    limits: options.liveLimits,
    sessionOf,
    accessRecheckMs: options.accessRecheckMs,
  });
  app.decorate('live', live);
  await app.register(mercurius, {
    schema: ROOT_SCHEMA,
    resolvers: {
      Query: { apiVersion: () => API_VERSION },
      Mutation: { ping: () => true },
      // Without a `subscribe` the field's source would be undefined, which GraphQL reports as a bug.
      Subscription: {
        heartbeat: {
          subscribe: (_root: unknown, _args: unknown, context: { pubsub: { subscribe(topic: string): unknown } }) =>
            context.pubsub.subscribe(HEARTBEAT_TOPIC),
        },
      },
    },
    jit: 1,
    path: '/graphql',
    graphiql: !options.production && introspection,
    validationRules,
    graphql: { parseOptions: { maxTokens: QUERY_LIMITS.tokens } },
    errorFormatter: formatErrors as never,
    context: (request: FastifyRequest): CallerContext & AccessContext => ({
      authorization: request.headers.authorization,
      clientAddress: request.ip,
      staffDirectory: requestDirectory(options.staffDirectory, request),
    }),
    // Mercurius declares the websocket route, which the live transport serves; an upgrade for the
    // older subscriptions-transport-ws protocol (Mercurius's own handler, without the api's limits) is refused.
    subscription: {
      keepAlive: KEEP_ALIVE_MS,
      verifyClient: refuseOtherProtocols,
      onConnect: () => false,
    },
  });
  // Mercurius also takes a query sent as a JSON syntax tree; anything else that is not a document is refused here.
  app.graphql.addHook('preValidation', async (_schema, document) => {
    if ((document as { kind?: unknown }).kind !== 'Document' || !Array.isArray(document.definitions)) {
      throw new mercurius.ErrorWithProps(
        REQUEST_ERRORS.GRAPHQL_PARSE_FAILED.message,
        { code: 'GRAPHQL_PARSE_FAILED' },
        400,
      );
    }
  });
  return live;
}

/**
 * Subscriptions over graphql-ws (`graphql-transport-ws`, what the console and portal speak) are
 * served by the api's own transport, so that one change is executed and serialised once for all
 * the subscribers that share it instead of once per subscriber, with the api's query limits,
 * subscription caps and access re-checks. Mercurius keeps the schema and resolvers and its pubsub
 * (where the feeds publish). The older `graphql-ws` sub-protocol of subscriptions-transport-ws,
 * which Mercurius would serve without those limits, is refused: the upgrade is answered 400 by
 * `refuseOtherProtocols` (given to Mercurius as `verifyClient`), and a socket that got through
 * anyway is closed with 4406.
 *
 * Mercurius declares one websocket route on the GraphQL path; the hook below, added before
 * Mercurius is registered, hands that route's connections to `LiveConnection`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ValidationRule } from 'graphql';
import type { WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';
import { LiveAdmission, DEFAULT_LIVE_LIMITS, type LiveLimits } from './live-admission';
import { LiveConnection } from './live-connection';
import { LiveOperations, type ResultFormatter } from './live-operations';
import { CLOSE, GRAPHQL_TRANSPORT_WS } from './protocol';
import type { TopicPubSub } from './topic-queue';

export interface LiveTransportOptions {
  /** Mercurius's GraphQL path, whose websocket route this takes over. */
  path: string;
  /** The caller from connection_init's payload, merged into every subscription's context; false refuses (4403). */
  onConnect(
    payload: Record<string, unknown> | null | undefined,
    request: FastifyRequest,
  ): Record<string, unknown> | false;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  format: ResultFormatter;
  keepAliveMs: number;
  /** Default 10 s. */
  initTimeoutMs?: number;
  /** Default 1 MiB. */
  highWaterBytes?: number;
  /** Subscriptions per connection and per address, subscribe messages per minute. */
  limits?: Partial<LiveLimits>;
  /** The staff session behind a subscription context's token now (see `LiveConnection`). */
  sessionOf?(context: Record<string, unknown>): string | undefined;
  /** How often every connection's session is checked besides before each push. Default 5 s. */
  accessRecheckMs?: number;
}

export const LEGACY_PROTOCOL_REFUSAL = `Only the ${GRAPHQL_TRANSPORT_WS} subprotocol (graphql-ws) is served; offer it first.`;

/** The sub-protocols a websocket upgrade offers, in order. */
function offeredProtocols(request: IncomingMessage): string[] {
  const header = request.headers['sec-websocket-protocol'];
  return (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((protocol) => protocol.trim())
    .filter(Boolean);
}

/**
 * The websocket server's `verifyClient`: an upgrade whose first offered sub-protocol (the one the
 * server would pick) is not graphql-transport-ws is answered 400 with the reason, before any
 * GraphQL handler sees it.
 */
export function refuseOtherProtocols(
  info: { req: IncomingMessage },
  done: (verified: boolean, code?: number, message?: string, headers?: Record<string, string>) => void,
): void {
  if (offeredProtocols(info.req)[0] === GRAPHQL_TRANSPORT_WS) return done(true);
  done(false, 400, LEGACY_PROTOCOL_REFUSAL, { 'content-type': 'text/plain; charset=utf-8' });
}

export interface LiveTransport {
  operations: LiveOperations;
  admission: LiveAdmission;
  /** Open connections (for tests and health). */
  connections(): number;
}

type WebsocketHandler = (this: unknown, socket: WebSocket, request: FastifyRequest) => unknown;

/** Call before registering Mercurius. The operations' `shared.stats()` tell how much was shared. */
export function liveTransport(app: FastifyInstance, options: LiveTransportOptions): LiveTransport {
  const operations = new LiveOperations({
    schema: () => app.graphql.schema,
    pubsub: () => app.graphql.pubsub as unknown as TopicPubSub,
    validationRules: options.validationRules,
    maxTokens: options.maxTokens,
    format: options.format,
  });
  const admission = new LiveAdmission({ ...DEFAULT_LIVE_LIMITS, ...options.limits });
  const connections = new Set<LiveConnection>();
  const recheck = setInterval(() => {
    for (const connection of connections) {
      if (connection.isClosed) connections.delete(connection);
      else connection.recheckAccess();
    }
  }, options.accessRecheckMs ?? 5_000);
  recheck.unref();
  app.addHook('onClose', async () => clearInterval(recheck));

  app.addHook('onRoute', (route) => {
    const mercuriusHandler = (route as { wsHandler?: WebsocketHandler }).wsHandler;
    if (route.url !== options.path || typeof mercuriusHandler !== 'function') return;
    (route as { wsHandler?: WebsocketHandler }).wsHandler = function (socket: WebSocket, request: FastifyRequest) {
      if (socket.protocol !== GRAPHQL_TRANSPORT_WS) {
        request.log.info({ protocol: socket.protocol }, 'refused a websocket that does not speak graphql-transport-ws');
        socket.close(CLOSE.subprotocolNotAcceptable, 'Subprotocol not acceptable');
        return undefined;
      }
      const connection = new LiveConnection(socket, {
        operations,
        onConnect: (payload) => options.onConnect(payload, request),
        baseContext: { app, request, reply: { request } },
        log: request.log,
        keepAliveMs: options.keepAliveMs,
        initTimeoutMs: options.initTimeoutMs ?? 10_000,
        highWaterBytes: options.highWaterBytes ?? 1024 * 1024,
        address: request.ip,
        admission,
        sessionOf: options.sessionOf,
      });
      connections.add(connection);
      socket.once('close', () => connections.delete(connection));
      return undefined;
    };
  });
  return { operations, admission, connections: () => connections.size };
}

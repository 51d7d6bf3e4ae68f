/**
 * Subscriptions over graphql-ws (`graphql-transport-ws`, what the console and portal speak) are
 * served by the api's own transport, so that one change is executed and serialised once for all
 * the subscribers that share it instead of once per subscriber. Mercurius keeps everything else:
 * the schema and resolvers, its pubsub (where the feeds publish), and the older
 * `graphql-ws` sub-protocol of subscriptions-transport-ws, which still goes to its own handler.
 *
 * Mercurius declares one websocket route on the GraphQL path; the hook below, added before
 * Mercurius is registered, hands that route's graphql-transport-ws connections to `LiveConnection`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ValidationRule } from 'graphql';
import type { WebSocket } from 'ws';
import { LiveConnection } from './live-connection';
import { LiveOperations, type ResultFormatter } from './live-operations';
import { GRAPHQL_TRANSPORT_WS } from './protocol';
import type { TopicPubSub } from './topic-queue';

export interface LiveTransportOptions {
  /** Mercurius's GraphQL path, whose websocket route this takes over. */
  path: string;
  /** The caller from connection_init's payload, merged into every subscription's context; false refuses (4403). */
  onConnect(payload: Record<string, unknown> | null | undefined, request: FastifyRequest): Record<string, unknown> | false;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  format: ResultFormatter;
  keepAliveMs: number;
  /** Default 10 s. */
  initTimeoutMs?: number;
  /** Default 1 MiB. */
  highWaterBytes?: number;
}

type WebsocketHandler = (this: unknown, socket: WebSocket, request: FastifyRequest) => unknown;

/** Call before registering Mercurius. Returns the operations, whose `shared.stats()` tell how much was shared. */
export function liveTransport(app: FastifyInstance, options: LiveTransportOptions): LiveOperations {
  const operations = new LiveOperations({
    schema: () => app.graphql.schema,
    pubsub: () => app.graphql.pubsub as unknown as TopicPubSub,
    validationRules: options.validationRules,
    maxTokens: options.maxTokens,
    format: options.format,
  });
  app.addHook('onRoute', (route) => {
    const mercuriusHandler = (route as { wsHandler?: WebsocketHandler }).wsHandler;
    if (route.url !== options.path || typeof mercuriusHandler !== 'function') return;
    (route as { wsHandler?: WebsocketHandler }).wsHandler = function (this: unknown, socket: WebSocket, request: FastifyRequest) {
      if (socket.protocol !== GRAPHQL_TRANSPORT_WS) return mercuriusHandler.call(this, socket, request);
      new LiveConnection(socket, {
        operations,
        onConnect: (payload) => options.onConnect(payload, request),
        baseContext: { app, request, reply: { request } },
        log: request.log,
        keepAliveMs: options.keepAliveMs,
        initTimeoutMs: options.initTimeoutMs ?? 10_000,
        highWaterBytes: options.highWaterBytes ?? 1024 * 1024,
      });
      return undefined;
    };
  });
  return operations;
}

/**
 * How the live transport configures one graphql-ws connection: the subscriptions it may start,
 * who the caller is, the keep-alive and init timings, back-pressure, and the shared admission.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { LiveAdmission } from './live-admission';
import type { LiveOperations } from './live-operations';

export interface LiveConnectionOptions {
  operations: LiveOperations;
  /** The caller, from connection_init's payload: the context every subscription starts from, or false to refuse. */
  onConnect(
    payload: Record<string, unknown> | null | undefined,
  ): Record<string, unknown> | false | Promise<Record<string, unknown> | false>;
  /** What every subscription's context holds besides what `onConnect` gives (the app, the upgrade request). */
  baseContext: Record<string, unknown>;
  log: FastifyBaseLogger;
  /** A ping from the server this often. */
  keepAliveMs: number;
  /** Closed with 4408 if connection_init has not come by then. */
  initTimeoutMs: number;
  /** Beyond this many bytes waiting in the socket, a subscription waits before sending more. */
  highWaterBytes: number;
  /** The client's address (Fastify's `request.ip`, after TRUST_PROXY). */
  address: string;
  /** Subscription caps and the subscribe flood guard, shared by every connection. */
  admission: LiveAdmission;
  /**
   * The staff session behind a context's token as of now, or undefined when there is none. The
   * session found at connection_init is the connection's; once the token no longer names it
   * (signed out, expired, ended), every subscription of the connection ends with UNAUTHENTICATED.
   */
  sessionOf?(context: Record<string, unknown>): string | undefined;
}

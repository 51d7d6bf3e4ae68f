/**
 * `/health/live`: the process answers. `/health/ready`: the read models have caught up with the
 * store and the store answers now, so commands and queries work; otherwise 503 with the reason:
 * `catching up` (until the first catch-up), or `store unavailable` (with the client's reason in
 * `store.reason`) whenever the store does not answer. `store.recovery` lists what the embedded
 * store cut from its log (a torn tail) or salvaged at its starts, so an operator sees it.
 */
import { BACKWARDS, END, type EventStoreDBClient } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';
import type { RunnerStatus } from '@deskstream/event-sourcing';
import { snapshotHealth } from './snapshots';

export interface Readiness {
  caughtUp(): boolean;
  details(): Record<string, unknown>;
  /** Whether the store answers now: true, or why not. Unset: not asked. */
  store?(): Promise<true | string>;
  /** The torn tails cut and salvages the embedded store reported (none for another store). */
  recovery?(): readonly object[];
}

export function healthRoutes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/health/live', async () => ({ status: 'live' }));
  app.get('/health/ready', async (_request, reply) => {
    const answer = readiness.store ? await readiness.store() : true;
    const store = { ...(answer !== true && { reason: answer }), recovery: readiness.recovery?.() ?? [] };
    if (!readiness.caughtUp()) return reply.code(503).send({ status: 'catching up', store, ...readiness.details() });
    if (answer !== true) return reply.code(503).send({ status: 'store unavailable', store, ...readiness.details() });
    return { status: 'ready', store, ...readiness.details() };
  });
}

/** What `/health/ready` says of the read models, their snapshots and the aggregate cache. */
export function platformDetails(status: () => RunnerStatus, aggregateCache: () => object) {
  return () => {
    const { state, eventsApplied, eventsPerSecond, lagMs, deadLetters, snapshots } = status();
    return {
      readModels: { state, eventsApplied, eventsPerSecond: Math.round(eventsPerSecond), lagMs, deadLetters },
      snapshots: snapshotHealth(snapshots),
      aggregateCache: aggregateCache(),
    };
  };
}

export interface StoreProbeOptions {
  /** How long the store has to answer. Default 2 s. */
  timeoutMs?: number;
  /** A probe's answer is reused this long, so frequent health checks cost one read. Default 1 s. */
  reuseMs?: number;
}

/**
 * Asks the store for the last event of `$all` (at most one read at a time, its answer reused for
 * `reuseMs`): true if it answered, else the client's reason.
 */
export function storeProbe(
  client: Pick<EventStoreDBClient, 'readAll'>,
  options: StoreProbeOptions = {},
): () => Promise<true | string> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const reuseMs = options.reuseMs ?? 1_000;
  let last: { at: number; answer: true | string } | undefined;
  let running: Promise<true | string> | undefined;
  const probe = async (): Promise<true | string> => {
    try {
      // Read to the end (one event at most): leaving the stream early would leave the call open.
      for await (const _event of client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        deadline: timeoutMs,
      }))
        void _event;
      return true;
    } catch (error) {
      return (error as Error).message?.split('\n')[0] || 'the event store did not answer';
    }
  };
  return () => {
    if (last && Date.now() - last.at < reuseMs) return Promise.resolve(last.answer);
    running ??= probe().then((answer) => {
      last = { at: Date.now(), answer };
      running = undefined;
      return answer;
    });
    return running;
  };
}

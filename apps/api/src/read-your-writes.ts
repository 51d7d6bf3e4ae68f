/**
 * Read-your-writes across api replicas. Every answer to a request that wrote (or waited for)
 * events says how far into `$all` it reflects, in the `Deskstream-Position` header; a client that
 * sends that value back as `Deskstream-After` is answered only once this process's read models
 * have reached it — so a mutation answered by one replica and a query answered by another (after
 * a failover, or without sticky sessions) still read back the write. A process that cannot catch
 * up within the wait answers anyway, as before (never an error for being behind).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { comparePositions, type Position, type ProjectionRunner } from '@deskstream/event-sourcing';

export const POSITION_HEADER = 'deskstream-position';
export const AFTER_HEADER = 'deskstream-after';
const DEFAULT_WAIT_MS = 5_000;

interface RequestWrites {
  position?: Position;
}

const requestWrites = new AsyncLocalStorage<RequestWrites>();

export const formatPositionHeader = (position: Position) => `${position.commit}-${position.prepare}`;

/** The position a header names, or undefined when it names none. */
export function parsePositionHeader(value: unknown): Position | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(value.trim());
  if (!match) return undefined;
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

/**
 * Notes, in the request under way, each position the runner is asked to reach (every command
 * waits for its own events so), and answers the latest one in the response's header.
 */
export function readYourWrites(
  app: FastifyInstance,
  runner: Pick<ProjectionRunner, 'waitFor'>,
  waitMs = DEFAULT_WAIT_MS,
): void {
  const waitFor = runner.waitFor.bind(runner);
  runner.waitFor = (position, timeoutMs) => {
    const writes = requestWrites.getStore();
    if (position && writes && (!writes.position || comparePositions(position, writes.position) > 0))
      writes.position = position;
    return waitFor(position, timeoutMs);
  };
  const tracked = new WeakMap<object, RequestWrites>();
  // Callback hooks, not async ones: every request passes here, and most carry no position.
  app.addHook('onRequest', (request, _reply, done) => {
    const writes: RequestWrites = {};
    tracked.set(request, writes);
    const after = parsePositionHeader(request.headers[AFTER_HEADER]);
    if (!after) return requestWrites.run(writes, done);
    void waitFor(after, waitMs)
      .catch(() => undefined)
      .then(() => requestWrites.run(writes, done));
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const position = tracked.get(request)?.position;
    if (position) reply.header(POSITION_HEADER, formatPositionHeader(position));
    done(null, payload);
  });
}

/**
 * Keeps the tickets' search index filled in the background: once the api has caught up with the
 * store, changed tickets are indexed in small batches between other work (a batch, then a turn of
 * the event loop), so the first search after a start does not index a whole history while a
 * request waits. A search still indexes whatever is left just before it runs.
 */
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

export interface PendingIndex {
  readonly pending: number;
  indexPending(limit: number): number;
}

export interface BackgroundIndexing {
  /** Resolves when nothing waits to be indexed (or indexing stopped). */
  idle(): Promise<void>;
  stop(): void;
}

export function indexInBackground(
  index: PendingIndex,
  options: { caughtUp: Promise<void>; batch?: number; pauseMs?: number },
): BackgroundIndexing {
  const batch = options.batch ?? 200;
  const pauseMs = options.pauseMs ?? 1_000;
  let stopped = false;
  const waiting: (() => void)[] = [];
  const settle = () => waiting.splice(0).forEach((resolve) => resolve());

  const loop = async () => {
    await options.caughtUp;
    while (!stopped) {
      while (!stopped && index.indexPending(batch) > 0) await nextTurn();
      settle();
      await sleep(pauseMs, undefined, { ref: false });
    }
    settle();
  };
  void loop().catch(() => settle());

  return {
    idle: () =>
      stopped || index.pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)),
    stop() {
      stopped = true;
      settle();
    },
  };
}

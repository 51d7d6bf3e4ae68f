import { describe, expect, it } from 'vitest';
import { indexInBackground, type PendingIndex } from './search-indexing';

class CountingIndex implements PendingIndex {
  batches: number[] = [];
  constructor(public pending: number) {}
  indexPending(limit: number): number {
    const indexed = Math.min(limit, this.pending);
    this.batches.push(indexed);
    this.pending -= indexed;
    return this.pending;
  }
}

describe('indexing tickets in the background', () => {
  it('waits for the catch-up, then indexes everything in batches', async () => {
    const index = new CountingIndex(450);
    let caughtUp!: () => void;
    const indexing = indexInBackground(index, {
      caughtUp: new Promise<void>((resolve) => (caughtUp = resolve)),
      batch: 200,
      pauseMs: 5,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(index.batches).toEqual([]);
    caughtUp();
    await indexing.idle();
    expect(index.pending).toBe(0);
    expect(index.batches.slice(0, 3)).toEqual([200, 200, 50]);
    indexing.stop();
  });

  it('picks up changes that arrive later', async () => {
    const index = new CountingIndex(0);
    const indexing = indexInBackground(index, { caughtUp: Promise.resolve(), pauseMs: 5 });
    await indexing.idle();
    index.pending = 30;
    await indexing.idle();
    expect(index.pending).toBe(0);
    indexing.stop();
  });
});

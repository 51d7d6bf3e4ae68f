import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectionRunnerStoppedError, ReadModelTimeoutError } from './errors';
import { PositionWaiters } from './position-waiters';

const at = (n: number) => ({ commit: BigInt(n), prepare: BigInt(n) });

describe('waiting for a position', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles each waiter once the runner reaches or passes its position', async () => {
    const waiters = new PositionWaiters(() => ({ position: undefined, caughtUp: false }));
    const settled: number[] = [];
    for (const n of [30, 10, 20]) void waiters.wait(at(n), 1_000).then(() => settled.push(n));
    waiters.reached(at(9));
    await Promise.resolve();
    expect(settled).toEqual([]);
    waiters.reached(at(20));
    await Promise.resolve();
    expect(settled).toEqual([10, 20]);
    expect(waiters.size).toBe(1);
    waiters.reached(at(31));
    await Promise.resolve();
    expect(settled).toEqual([10, 20, 30]);
  });

  it('rejects clearly after the timeout', async () => {
    const waiters = new PositionWaiters(() => ({ position: at(5), caughtUp: true }));
    const waiting = waiters.wait(at(7), 250);
    vi.advanceTimersByTime(250);
    await expect(waiting).rejects.toThrow(ReadModelTimeoutError);
    await expect(waiting).rejects.toThrow(
      'The read models did not reach position 7/7 within 250 ms (they are at 5/5, caught up).',
    );
    // The stable code the api turns into a retryable GraphQL error.
    await expect(waiting).rejects.toMatchObject({ code: 'READ_MODEL_BEHIND' });
    expect(waiters.size).toBe(0);
  });

  it('rejects whoever waits when the runner stops', async () => {
    const waiters = new PositionWaiters(() => ({ position: undefined, caughtUp: false }));
    const waiting = waiters.wait(at(7), 250);
    waiters.stopAll('stopped');
    await expect(waiting).rejects.toThrow(ProjectionRunnerStoppedError);
  });
});

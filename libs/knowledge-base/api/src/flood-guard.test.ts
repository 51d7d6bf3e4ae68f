import { describe, expect, it } from 'vitest';
import { FloodGuard } from './flood-guard';

describe('FloodGuard', () => {
  const limits = {
    vote: { max: 3, windowMs: 1_000 },
    question: { max: 1, windowMs: 1_000 },
    searchMiss: { max: 1, windowMs: 1_000 },
    view: { max: 1, windowMs: 1_000 },
  };

  it('allows the budget per address and window, then refuses', () => {
    const guard = new FloodGuard(limits);
    expect([1, 2, 3, 4].map(() => guard.allow('vote', '10.0.0.1', 0))).toEqual([true, true, true, false]);
    expect(guard.allow('vote', '10.0.0.2', 0)).toBe(true);
    expect(guard.allow('question', '10.0.0.1', 0)).toBe(true);
    expect(guard.allow('vote', '10.0.0.1', 1_000)).toBe(true);
  });

  it('keeps its table bounded', () => {
    const guard = new FloodGuard(limits, 10);
    for (let n = 0; n < 1_000; n++) guard.allow('vote', `addr-${n}`, 0);
    expect((guard as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10);
  });
});

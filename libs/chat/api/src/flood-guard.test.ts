import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOOD_LIMITS, FloodGuard } from './flood-guard';

describe('FloodGuard', () => {
  it('allows an address its budget per window, then refuses until the window has passed', () => {
    const guard = new FloodGuard({ ...DEFAULT_FLOOD_LIMITS, message: { max: 3, windowMs: 1_000 } });
    const tries = [0, 10, 20, 30].map((t) => guard.allow('message', '203.0.113.7', t));
    expect(tries).toEqual([true, true, true, false]);
    expect(guard.allow('message', '198.51.100.2', 30)).toBe(true);
    expect(guard.allow('startChat', '203.0.113.7', 30)).toBe(true);
    expect(guard.allow('message', '203.0.113.7', 1_000)).toBe(true);
  });

  it('stays bounded under a flood of addresses', () => {
    const guard = new FloodGuard(DEFAULT_FLOOD_LIMITS, 10);
    for (let i = 0; i < 1_000; i++) guard.allow('message', `10.0.${i >> 8}.${i & 255}`, 0);
    expect((guard as unknown as { windows: Map<string, unknown> }).windows.size).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, retryAt, retryDelayMs } from './retry-policy';

describe('retry policy', () => {
  it('backs off exponentially up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(DEFAULT_RETRY_POLICY, attempt));
    expect(delays).toEqual([30_000, 120_000, 480_000, 1_920_000, 3_600_000, 3_600_000]);
  });

  it('names the moment of the next attempt', () => {
    expect(retryAt({ ...DEFAULT_RETRY_POLICY, baseDelayMs: 1_000 }, 2, new Date('2025-03-01T08:00:00.000Z'))).toBe(
      '2025-03-01T08:00:04.000Z',
    );
  });
});

/**
 * When a failed mail is tried again: exponential backoff from `baseDelayMs`, multiplied by
 * `factor` per attempt and capped at `maxDelayMs`, for at most `maxAttempts` attempts in all.
 */

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** How long one sender holds an attempt before another may take it over. */
  leaseMs: number;
}

/** 30 s, 2 min, 8 min, 32 min, 1 h: six attempts over about an hour and three quarters. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 30_000,
  factor: 4,
  maxDelayMs: 60 * 60_000,
  leaseMs: 2 * 60_000,
};

/** The delay after the given failed attempt (1 for the first). */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** Math.max(0, attempt - 1));
}

export function retryAt(policy: RetryPolicy, attempt: number, failedAt: Date): string {
  return new Date(failedAt.getTime() + retryDelayMs(policy, attempt)).toISOString();
}

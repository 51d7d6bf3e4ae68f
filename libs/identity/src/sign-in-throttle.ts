/**
 * Failed sign-ins counted per username and address: after `maxFailures` within `windowMs` the
 * pair is refused until the window has passed. A success clears the count. The table is bounded,
 * so a flood of made-up usernames cannot grow it without limit.
 */

export interface SignInThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  maxEntries?: number;
}

interface Entry {
  failures: number;
  firstFailureAt: number;
}

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxEntries: number;

  constructor(options: SignInThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  /** True when this username from this address may try now. */
  allows(username: string, address: string, now: number): boolean {
    const entry = this.current(key(username, address), now);
    return entry === undefined || entry.failures < this.maxFailures;
  }

  recordFailure(username: string, address: string, now: number): void {
    const k = key(username, address);
    const entry = this.current(k, now);
    if (entry) {
      entry.failures += 1;
      return;
    }
    if (this.entries.size >= this.maxEntries) this.evictOldest();
    this.entries.set(k, { failures: 1, firstFailureAt: now });
  }

  recordSuccess(username: string, address: string): void {
    this.entries.delete(key(username, address));
  }

  private current(k: string, now: number): Entry | undefined {
    const entry = this.entries.get(k);
    if (entry && now - entry.firstFailureAt >= this.windowMs) {
      this.entries.delete(k);
      return undefined;
    }
    return entry;
  }

  /** Maps keep insertion order, so the first entry is the oldest window. */
  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}

const key = (username: string, address: string) => `${username.toLowerCase()}\u0000${address}`;

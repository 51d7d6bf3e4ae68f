/**
 * Failed sign-ins counted twice: per username and address (after `maxFailures` within `windowMs`
 * that pair is refused until its window has passed), and per address whatever the usernames
 * (after `maxFailuresPerAddress`, everything from that address is refused until its window has
 * passed), so spraying made-up or guessed usernames from one address is stopped as surely as
 * guessing one account's password. A success clears its pair's count, never the address's. The
 * tables are bounded, so a flood of usernames or addresses cannot grow them without limit.
 */

export interface SignInThrottleOptions {
  /** Failures of one username from one address within the window. Default 5. */
  maxFailures?: number;
  /** Failures from one address within the window, whatever the usernames. Default 20. */
  maxFailuresPerAddress?: number;
  windowMs?: number;
  /** Entries kept per table; the oldest window goes first. Default 100,000. */
  maxEntries?: number;
}

interface Entry {
  failures: number;
  firstFailureAt: number;
}

/** Failure counts in fixed windows from each key's first failure, in a bounded table. */
class FailureWindows {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries: number,
  ) {}

  failures(key: string, now: number): number {
    return this.current(key, now)?.failures ?? 0;
  }

  /** Counts a failure; returns the key's window as it now stands. */
  record(key: string, now: number): Entry {
    const entry = this.current(key, now);
    if (entry) {
      entry.failures += 1;
      return entry;
    }
    if (this.entries.size >= this.maxEntries) this.evictOldest();
    const first = { failures: 1, firstFailureAt: now };
    this.entries.set(key, first);
    return first;
  }

  windowEnd(entry: Entry): number {
    return entry.firstFailureAt + this.windowMs;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.firstFailureAt >= this.windowMs) {
      this.entries.delete(key);
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

export class SignInThrottle {
  private readonly pairs: FailureWindows;
  private readonly addresses: FailureWindows;
  /** Failures of one username from one address that lock it, and the window they count in. */
  readonly maxFailures: number;
  readonly windowMs: number;
  private readonly maxFailuresPerAddress: number;

  constructor(options: SignInThrottleOptions = {}) {
    const windowMs = options.windowMs ?? 15 * 60_000;
    this.windowMs = windowMs;
    const maxEntries = options.maxEntries ?? 100_000;
    this.maxFailures = options.maxFailures ?? 5;
    this.maxFailuresPerAddress = options.maxFailuresPerAddress ?? 20;
    this.pairs = new FailureWindows(windowMs, maxEntries);
    this.addresses = new FailureWindows(windowMs, maxEntries);
  }

  /** True when this username from this address may try now. */
  allows(username: string, address: string, now: number): boolean {
    return (
      this.pairs.failures(pairKey(username, address), now) < this.maxFailures &&
      this.addresses.failures(address, now) < this.maxFailuresPerAddress
    );
  }

  /**
   * Counts a failure. Returns when sign-in locks if this very failure reached a limit (the end of
   * that window, in ms), so the lockout is recorded once; undefined otherwise.
   */
  recordFailure(username: string, address: string, now: number): number | undefined {
    const pair = this.pairs.record(pairKey(username, address), now);
    const fromAddress = this.addresses.record(address, now);
    if (pair.failures === this.maxFailures) return this.pairs.windowEnd(pair);
    if (fromAddress.failures === this.maxFailuresPerAddress) return this.addresses.windowEnd(fromAddress);
    return undefined;
  }

  recordSuccess(username: string, address: string): void {
    this.pairs.forget(pairKey(username, address));
  }
}

const pairKey = (username: string, address: string) => `${username.toLowerCase()}\u0000${address}`;

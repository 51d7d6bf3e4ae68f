/**
 * A bound on password hashing: argon2id is memory-hard on purpose and runs on Node's small
 * worker pool, which file reads (the portal, `widget.js`) share. At most `concurrent` hashes run
 * at once; up to `queued` more wait their turn; beyond that an attempt is refused at once, so a
 * flood of sign-ins can neither fill the pool nor make everyone else's requests wait.
 */

export interface PasswordHashingLimits {
  /** Hashes running at once. Default 2 (half of Node's default pool of 4). */
  concurrent?: number;
  /** Attempts waiting for a turn; more are refused. Default 16. */
  queued?: number;
}

export class PasswordHashingQueue {
  private readonly concurrent: number;
  private readonly queued: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(limits: PasswordHashingLimits = {}) {
    this.concurrent = Math.max(1, limits.concurrent ?? 2);
    this.queued = Math.max(0, limits.queued ?? 16);
  }

  /** Hashes running now and waiting, for tests and health figures. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` in turn, or returns undefined at once when the queue is full. */
  run<T>(work: () => Promise<T>): Promise<T> | undefined {
    if (this.running >= this.concurrent && this.waiting.length >= this.queued) return undefined;
    return this.turn().then(async () => {
      try {
        return await work();
      } finally {
        this.release();
      }
    });
  }

  private turn(): Promise<void> {
    if (this.running < this.concurrent) {
      this.running++;
      return Promise.resolve();
    }
    // The slot is handed over by `release`, so `running` stays counted for the next in line.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

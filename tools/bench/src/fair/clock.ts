/**
 * The fair's simulated clock, given to every context of the api as its `now`. Each player's
 * request runs inside its action's instant (AsyncLocalStorage follows it through Fastify's
 * `inject`, GraphQL and the command), so events written concurrently carry their own times;
 * anything else the api does (mail over SMTP, sweepers, the outbox) reads the frontier: the
 * latest instant handed out, which only moves forward.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class FairClock {
  private frontier: number;
  private readonly scope = new AsyncLocalStorage<number>();

  constructor(startMs: number) {
    this.frontier = startMs;
  }

  /** The clock as the api reads it. */
  readonly now = (): Date => new Date(this.scope.getStore() ?? this.frontier);

  get frontierMs(): number {
    return this.frontier;
  }

  advanceTo(ms: number): void {
    if (ms > this.frontier) this.frontier = ms;
  }

  /** Runs `work` at the instant `ms` (and moves the frontier there). */
  at<T>(ms: number, work: () => Promise<T>): Promise<T> {
    this.advanceTo(ms);
    return this.scope.run(ms, work);
  }
}

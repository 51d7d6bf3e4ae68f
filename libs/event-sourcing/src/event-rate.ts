/** Events per second over a short sliding window, in one-second buckets. */

export class EventRate {
  private readonly buckets: number[];
  private readonly seconds: number[];

  constructor(
    private readonly now: () => number,
    private readonly windowSeconds = 5,
  ) {
    this.buckets = new Array<number>(windowSeconds).fill(0);
    this.seconds = new Array<number>(windowSeconds).fill(-1);
  }

  record(count = 1): void {
    const second = Math.floor(this.now() / 1000);
    const slot = second % this.windowSeconds;
    if (this.seconds[slot] !== second) {
      this.seconds[slot] = second;
      this.buckets[slot] = 0;
    }
    this.buckets[slot]! += count;
  }

  /** Events per second over the last full seconds of the window plus the current one, pro rata. */
  perSecond(): number {
    const nowMs = this.now();
    const second = Math.floor(nowMs / 1000);
    let total = 0;
    let oldest = second;
    for (let slot = 0; slot < this.windowSeconds; slot++) {
      const bucketSecond = this.seconds[slot]!;
      if (bucketSecond > second - this.windowSeconds) {
        total += this.buckets[slot]!;
        oldest = Math.min(oldest, bucketSecond);
      }
    }
    if (total === 0) return 0;
    const elapsed = Math.max((nowMs - oldest * 1000) / 1000, 1);
    return total / elapsed;
  }
}

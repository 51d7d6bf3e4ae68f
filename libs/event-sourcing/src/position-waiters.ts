/**
 * Promises waiting for the runner to reach a position (read-your-writes). Kept in position
 * order, so each step of the runner settles only the ones it passed.
 */
import type { Position } from '@eventstore/db-client';
import { ProjectionRunnerStoppedError, ReadModelTimeoutError } from './errors';
import { comparePositions, formatPosition, hasReached } from './position';

interface Waiter {
  position: Position;
  resolve(): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class PositionWaiters {
  private readonly waiting: Waiter[] = [];

  /** `current` says where the runner is now, for the timeout's message. */
  constructor(private readonly current: () => { position: Position | undefined; caughtUp: boolean }) {}

  wait(position: Position, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.remove(waiter);
          const { position: at, caughtUp } = this.current();
          reject(
            new ReadModelTimeoutError(
              `The read models did not reach position ${formatPosition(position)} within ${timeoutMs} ms ` +
                `(they are at ${formatPosition(at)}, ${caughtUp ? 'caught up' : 'still catching up'}).`,
            ),
          );
        }, timeoutMs),
      };
      let at = this.waiting.length;
      while (at > 0 && comparePositions(this.waiting[at - 1]!.position, position) > 0) at--;
      this.waiting.splice(at, 0, waiter);
    });
  }

  /** Settles every waiter at or before `reached`. */
  reached(reached: Position): void {
    let passed = 0;
    while (passed < this.waiting.length && hasReached(reached, this.waiting[passed]!.position)) passed++;
    if (passed === 0) return;
    for (const waiter of this.waiting.splice(0, passed)) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  stopAll(reason: string): void {
    for (const waiter of this.waiting.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new ProjectionRunnerStoppedError(reason));
    }
  }

  get size(): number {
    return this.waiting.length;
  }

  private remove(waiter: Waiter): void {
    const at = this.waiting.indexOf(waiter);
    if (at >= 0) this.waiting.splice(at, 1);
  }
}

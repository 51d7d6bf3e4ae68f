/**
 * Sending on a server stream with back-pressure: a slow reader makes the sender wait for
 * 'drain' instead of making the server buffer without bound. Ends quietly once the client
 * has gone.
 */
import type { ServerWritableStream } from '@grpc/grpc-js';

export class Outbox {
  private gone = false;
  private drainWaiters: (() => void)[] = [];
  private newsWaiters: (() => void)[] = [];

  constructor(private readonly call: ServerWritableStream<unknown, unknown>) {
    const leave = () => {
      this.gone = true;
      this.release(this.drainWaiters);
      this.release(this.newsWaiters);
    };
    call.on('cancelled', leave);
    call.on('close', leave);
    call.on('error', leave);
    call.on('drain', () => this.release(this.drainWaiters));
  }

  get closed(): boolean {
    return this.gone || this.call.cancelled || this.call.destroyed;
  }

  /** Writes one message; resolves when the stream can take more. */
  async send(message: unknown): Promise<void> {
    if (this.closed) return;
    if (!this.call.write(message) && !this.closed) await new Promise<void>((r) => this.drainWaiters.push(r));
  }

  /** Resolves when `news` is called (more to send) or the client leaves. */
  waitForNews(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.newsWaiters.push(resolve));
  }

  news(): void {
    this.release(this.newsWaiters);
  }

  end(): void {
    if (!this.closed) this.call.end();
  }

  fail(error: unknown): void {
    if (!this.closed) this.call.emit('error', error);
  }

  private release(waiters: (() => void)[]): void {
    for (const resolve of waiters.splice(0)) resolve();
  }
}

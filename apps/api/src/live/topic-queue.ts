/**
 * What a subscription's `subscribe` resolver gets as `context.pubsub`: topics of Mercurius's pubsub
 * (`app.graphql.pubsub`, where the feeds publish) as an async iterable of payloads, one queue per
 * subscription, closed when the subscription ends.
 */

/** Mercurius's pubsub interface: its default over mqemitter, or a custom one from its options. */
export interface TopicPubSub {
  subscribe(topic: string, queue: { push(value: unknown): void; close?: (() => void)[] }): Promise<void>;
  publish(event: { topic: string; payload: unknown }, callback?: (error?: unknown) => void): void;
}

/** Payloads of one subscription's topics, in the order they were published. */
export class TopicQueue implements AsyncIterableIterator<unknown> {
  /** Mercurius's pubsub adds the functions that stop listening here. */
  close: (() => void)[] = [];
  private buffered: unknown[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<unknown>) => void) | undefined;
  private ended = false;

  push(value: unknown): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value, done: false });
    } else {
      this.buffered.push(value);
    }
  }

  /** Payloads published but not yet taken. */
  get length(): number {
    return this.buffered.length - this.head;
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.head < this.buffered.length) {
      const value = this.buffered[this.head];
      this.buffered[this.head++] = undefined;
      if (this.head === this.buffered.length) {
        this.buffered = [];
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<unknown>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Stops listening to the topics and drops what is still queued. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const stop of this.close.splice(0)) stop();
    this.buffered = [];
    this.head = 0;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** `context.pubsub` for one subscription: every queue it opens ends with `endAll`. */
export class SubscriptionTopics {
  private readonly queues: TopicQueue[] = [];
  private ended = false;

  constructor(private readonly pubsub: TopicPubSub) {}

  async subscribe(topics: string | readonly string[]): Promise<TopicQueue> {
    const queue = new TopicQueue();
    this.queues.push(queue);
    await Promise.all(
      (typeof topics === 'string' ? [topics] : topics).map((topic) => this.pubsub.subscribe(topic, queue)),
    );
    // The subscription may have ended while its resolver was still subscribing.
    if (this.ended) queue.end();
    return queue;
  }

  publish(event: { topic: string; payload: unknown }): Promise<void> {
    return new Promise((resolve) => this.pubsub.publish(event, () => resolve()));
  }

  endAll(): void {
    this.ended = true;
    for (const queue of this.queues.splice(0)) queue.end();
  }
}

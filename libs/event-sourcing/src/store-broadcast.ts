/**
 * Short-lived signals every api process must hear (a visitor typing, say), passed through one
 * stream of the store that keeps them only briefly (`$maxAge`), so they reach the subscribers of
 * every replica behind a load balancer, not only the process that received them. Nothing here is
 * history: a listener hears what was sent after it started, and a signal older than `staleAfterMs`
 * when it arrives is dropped.
 */
import { END, jsonEvent, type EventStoreDBClient, type JSONType, type StreamSubscription } from '@eventstore/db-client';

export interface Broadcast<Signal> {
  send(signal: Signal): Promise<void>;
  /** Hears every signal sent from now on, by any process; answers a function that stops listening. */
  listen(listener: (signal: Signal) => void): () => void;
  close(): Promise<void>;
}

/** Within one process only: for tests and a single api process without a store at hand. */
export class LocalBroadcast<Signal> implements Broadcast<Signal> {
  private readonly listeners = new Set<(signal: Signal) => void>();

  async send(signal: Signal): Promise<void> {
    for (const listener of this.listeners) listener(signal);
  }

  listen(listener: (signal: Signal) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

export interface StoreBroadcastOptions {
  /** The stream, e.g. `chat-typing`; its events carry `type` as their event type. */
  stream: string;
  type: string;
  /** How long the store keeps a signal (`$maxAge`). Default 60 s. */
  keepSeconds?: number;
  /** A signal older than this when it arrives is dropped. Default 10 s. */
  staleAfterMs?: number;
  /** How long to wait before listening again after the subscription failed. Default 1 s. */
  retryAfterMs?: number;
  onError?: (error: unknown) => void;
}

/** Signals through the store: every api process on the store hears them. */
export class StoreBroadcast<Signal extends object> implements Broadcast<Signal> {
  private readonly listeners = new Set<(signal: Signal) => void>();
  private subscription: StreamSubscription | undefined;
  private confirmed: (() => void) | undefined;
  /** Settles once the store has confirmed the subscription (what is sent from then on is heard). */
  readonly listening = new Promise<void>((resolve) => (this.confirmed = resolve));
  private retry: ReturnType<typeof setTimeout> | undefined;
  private metadataSet: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly client: Pick<EventStoreDBClient, 'appendToStream' | 'subscribeToStream' | 'setStreamMetadata'>,
    private readonly options: StoreBroadcastOptions,
  ) {}

  async send(signal: Signal): Promise<void> {
    this.metadataSet ??= this.client
      .setStreamMetadata(this.options.stream, { maxAge: this.options.keepSeconds ?? 60 })
      .then(
        () => undefined,
        (error: unknown) => {
          this.metadataSet = undefined;
          this.options.onError?.(error);
        },
      );
    await this.metadataSet;
    await this.client.appendToStream(
      this.options.stream,
      jsonEvent({ type: this.options.type, data: { ...signal } as JSONType }),
    );
  }

  listen(listener: (signal: Signal) => void): () => void {
    this.listeners.add(listener);
    if (!this.subscription && !this.retry) this.subscribe();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.listeners.clear();
    await this.subscription?.unsubscribe().catch(() => undefined);
  }

  private subscribe(): void {
    if (this.closed) return;
    const staleAfterMs = this.options.staleAfterMs ?? 10_000;
    const subscription = this.client.subscribeToStream(this.options.stream, { fromRevision: END });
    this.subscription = subscription;
    subscription.on('confirmation', () => this.confirmed?.());
    subscription.on('data', (resolved) => {
      const event = resolved.event;
      if (!event || event.type !== this.options.type || Date.now() - event.created.getTime() > staleAfterMs) return;
      for (const listener of this.listeners) listener(event.data as Signal);
    });
    subscription.on('error', (error) => {
      if (this.subscription !== subscription || this.closed) return;
      this.options.onError?.(error);
      this.subscription = undefined;
      this.retry = setTimeout(() => {
        this.retry = undefined;
        this.subscribe();
      }, this.options.retryAfterMs ?? 1_000);
      this.retry.unref();
    });
  }
}

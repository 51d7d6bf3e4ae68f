/**
 * One persistent subscription group: competing consumers share its events. Each event goes to
 * one consumer (round robin, dispatch-to-single or pinned by stream), waits for an ack; a nack or
 * a message timeout retries it with a higher retry count, and past `maxRetryCount` (or on a park
 * nack) it is parked as a link in the group's `-parked` stream. The checkpoint (the last event
 * before the oldest one still outstanding) is written to the group's `-checkpoint` stream, so a
 * restart resumes after it.
 */
import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '../storage/record';
import type { Store } from '../store';
import { ALL, checkpointStreamOf, type GroupDefinition } from './settings';
import { GroupCursor } from './cursor';
import { parkEvent, takeParked } from './parked';

export interface Consumer {
  /** The consumer's address and the client's connection name, for GetInfo. */
  from: string;
  connectionName: string;
  bufferSize: number;
  inFlight: number;
  send(event: StoredEvent, retryCount: number): void;
  /** The group was deleted or changed: the consumer's call ends with PersistentSubscriptionDropped. */
  drop(): void;
}

interface Outstanding {
  event: StoredEvent;
  seq: number;
  retryCount: number;
  consumer?: Consumer;
  deadline?: number;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

export class Group {
  readonly consumers: Consumer[] = [];
  private readonly outstanding = new Map<string, Outstanding>();
  private readonly retries: Outstanding[] = [];
  private readonly cursor: GroupCursor;
  private turn = 0;
  private delivered = 0;
  private processed = 0;
  private written: number | undefined;
  private writing = Promise.resolve();
  private checkpointTimer?: NodeJS.Timeout;
  private timeoutTimer?: NodeJS.Timeout;
  private readonly unlisten: () => void;
  private closed = false;

  constructor(
    private readonly store: Store,
    public definition: GroupDefinition,
    checkpoint: number | undefined,
  ) {
    this.cursor = new GroupCursor(store, definition, checkpoint);
    this.written = checkpoint;
    this.unlisten = store.onDurable(() => this.pump());
  }

  /** What GetInfo and List show of the group's progress. */
  stats() {
    const lastKnown = this.cursor.lastKnown();
    return {
      live: this.cursor.atEnd(),
      delivered: this.delivered,
      outstanding: this.outstanding.size,
      inFlight: [...this.outstanding.values()].filter((e) => e.consumer).length,
      retries: this.retries.length,
      lastCheckpoint: this.written,
      lastKnown,
    };
  }

  get full(): boolean {
    const max = this.definition.settings.maxSubscriberCount;
    return max > 0 && this.consumers.length >= max;
  }

  join(consumer: Consumer): void {
    this.consumers.push(consumer);
    this.pump();
  }

  /** A consumer gone: what it held is retried. */
  leave(consumer: Consumer): void {
    const at = this.consumers.indexOf(consumer);
    if (at >= 0) this.consumers.splice(at, 1);
    for (const entry of this.outstanding.values()) if (entry.consumer === consumer) this.retry(entry);
    this.pump();
  }

  ack(ids: string[]): void {
    for (const id of ids) this.settle(id);
    this.pump();
  }

  /** As EventStoreDB: `stop` leaves the event to its message timeout. */
  nack(ids: string[], action: 'park' | 'retry' | 'skip' | 'stop', reason = ''): void {
    for (const id of ids) {
      const entry = this.outstanding.get(id);
      if (!entry || action === 'stop') continue;
      if (action === 'skip') this.settle(id);
      else if (action === 'park') this.park(entry, `Client explicitly NAK'ed message.\n${reason}`);
      else this.retry(entry);
    }
    this.pump();
  }

  /**
   * ReplayParked: the parked events (up to `stopAt` of them) come again, retry count 0, before
   * anything new; the parked stream is truncated past them. They do not hold the checkpoint back.
   */
  async replayParked(stopAt: number | undefined): Promise<void> {
    for (const event of await takeParked(this.store, this.definition, stopAt)) {
      if (this.outstanding.has(event.id)) continue;
      const entry: Outstanding = { event, seq: Number.POSITIVE_INFINITY, retryCount: 0 };
      this.outstanding.set(event.id, entry);
      this.retries.push(entry);
    }
    this.pump();
  }

  /** Writes the checkpoint as it stands and waits for it: before the group is replaced. */
  async flush(): Promise<void> {
    this.checkpoint();
    await this.writing;
  }

  /** Stops the group; its consumers are dropped when it was deleted or changed. */
  close(dropConsumers = false): void {
    if (dropConsumers) for (const consumer of this.consumers.splice(0)) consumer.drop();
    this.closed = true;
    this.unlisten();
    clearTimeout(this.checkpointTimer);
    clearInterval(this.timeoutTimer);
  }

  /** Hands events to consumers with room, retries first, in order. */
  private pump(): void {
    if (this.closed) return;
    for (;;) {
      const consumer = this.pick();
      if (!consumer) break;
      let entry = this.retries.shift();
      if (!entry) {
        const next = this.cursor.next();
        if (!next) break;
        entry = { event: next.event, seq: next.seq, retryCount: 0 };
        this.outstanding.set(next.event.id, entry);
      }
      const target = this.definition.settings.consumerStrategy === 'Pinned' ? this.pinned(entry.event) : consumer;
      this.deliver(entry, target ?? consumer);
    }
    this.watchTimeouts();
  }

  private pick(): Consumer | undefined {
    const free = (c: Consumer) => c.inFlight < c.bufferSize;
    if (this.definition.settings.consumerStrategy === 'DispatchToSingle') return this.consumers.find(free);
    for (let i = 0; i < this.consumers.length; i++) {
      const consumer = this.consumers[(this.turn + i) % this.consumers.length]!;
      if (free(consumer)) {
        this.turn = (this.turn + i + 1) % this.consumers.length;
        return consumer;
      }
    }
    return undefined;
  }

  /** Pinned: the same stream to the same consumer while it has room. */
  private pinned(event: StoredEvent): Consumer | undefined {
    let hash = 0;
    for (let i = 0; i < event.stream.length; i++) hash = (hash * 31 + event.stream.charCodeAt(i)) | 0;
    const consumer = this.consumers[Math.abs(hash) % this.consumers.length];
    return consumer && consumer.inFlight < consumer.bufferSize ? consumer : undefined;
  }

  private deliver(entry: Outstanding, consumer: Consumer): void {
    entry.consumer = consumer;
    consumer.inFlight++;
    this.delivered++;
    const timeout = this.definition.settings.messageTimeoutMs;
    entry.deadline = timeout > 0 ? Date.now() + timeout : undefined;
    consumer.send(entry.event, entry.retryCount);
  }

  private release(entry: Outstanding): void {
    if (entry.consumer) entry.consumer.inFlight--;
    entry.consumer = undefined;
    entry.deadline = undefined;
  }

  private retry(entry: Outstanding): void {
    this.release(entry);
    const { maxRetryCount } = this.definition.settings;
    if (entry.retryCount >= maxRetryCount) return this.park(entry, `Reached retry count of ${maxRetryCount}`);
    entry.retryCount++;
    this.retries.push(entry);
  }

  private park(entry: Outstanding, reason: string): void {
    this.settle(entry.event.id);
    parkEvent(this.store, this.definition, entry.event, reason);
  }

  /** An event done with (acked, skipped, parked): it no longer holds the checkpoint back. */
  private settle(id: string): void {
    const entry = this.outstanding.get(id);
    if (!entry) return;
    this.release(entry);
    this.outstanding.delete(id);
    const queued = this.retries.indexOf(entry);
    if (queued >= 0) this.retries.splice(queued, 1);
    this.processed++;
    this.considerCheckpoint();
  }

  private considerCheckpoint(): void {
    const { maxCheckpointCount, minCheckpointCount, checkpointAfterMs } = this.definition.settings;
    if (this.processed >= maxCheckpointCount) return this.checkpoint();
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      if (this.processed >= Math.max(1, minCheckpointCount)) this.checkpoint();
    }, checkpointAfterMs);
    this.checkpointTimer.unref();
  }

  /** Writes the checkpoint: the last event before the oldest still outstanding. */
  private checkpoint(): void {
    this.processed = 0;
    let oldest = this.cursor.nextSeq;
    for (const entry of this.outstanding.values()) oldest = Math.min(oldest, entry.seq);
    const value = this.cursor.checkpointBefore(oldest);
    if (value === undefined || value === this.written || this.closed) return;
    this.written = value;
    // EventStoreDB writes the position's text as a JSON string: "12", or "C:<commit>/P:<prepare>".
    const data = this.definition.source === ALL ? `C:${value}/P:${value}` : String(value);
    const stream = checkpointStreamOf(this.definition);
    this.writing = this.writing
      .then(async () => {
        if (this.closed) return;
        await this.store.append(stream, { kind: 'any' }, [
          {
            id: randomUUID(),
            type: '$SubscriptionCheckpoint',
            contentType: 'application/json',
            metadata: Buffer.alloc(0),
            data: json(data),
          },
        ]);
      })
      .catch(() => {
        // A checkpoint that could not be written is written again with the next one.
        this.written = undefined;
      });
  }

  private watchTimeouts(): void {
    const anyInFlight = [...this.outstanding.values()].some((e) => e.deadline !== undefined);
    if (!anyInFlight) {
      clearInterval(this.timeoutTimer);
      this.timeoutTimer = undefined;
      return;
    }
    if (this.timeoutTimer) return;
    this.timeoutTimer = setInterval(() => {
      const now = Date.now();
      let expired = false;
      for (const entry of this.outstanding.values()) {
        if (entry.deadline !== undefined && entry.deadline <= now) {
          this.retry(entry);
          expired = true;
        }
      }
      if (expired) this.pump();
    }, 100);
    this.timeoutTimer.unref();
  }
}

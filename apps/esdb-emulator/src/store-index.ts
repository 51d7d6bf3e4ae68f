/**
 * The store's index over the log: every event in log order, each stream's events by revision,
 * and how far the log is durable. Readers and subscriptions see only durable events; the
 * writing side (`Store`) indexes an append before it is written and advances durability after.
 */
import { EventEmitter } from 'node:events';
import { TOMBSTONE_REVISION, type StoredEvent } from './storage/record';
import { metastreamOf, parseStreamMetadata, type StreamMetadata } from './stream-metadata';
import { TICKS_PER_MS, type ReadFrom, type StreamRead } from './store-types';

export interface StreamState {
  /** Indexed by revision. */
  events: StoredEvent[];
  tombstoned: boolean;
  /** Log position of the tombstone, once written. */
  tombstonedAt?: number;
}

export class StoreIndex {
  /** Every event in log order, the last ones possibly not yet durable. */
  protected readonly all: StoredEvent[] = [];
  protected readonly streams = new Map<string, StreamState>();
  protected durableCount = 0;
  protected readonly changes = new EventEmitter();

  protected constructor(
    protected end: number,
    protected readonly now: () => number,
  ) {
    this.changes.setMaxListeners(0);
  }

  protected index(event: StoredEvent): void {
    this.all.push(event);
    let state = this.streams.get(event.stream);
    if (!state) {
      state = { events: [], tombstoned: false };
      this.streams.set(event.stream, state);
    }
    if (event.revision === TOMBSTONE_REVISION) {
      state.tombstoned = true;
      state.tombstonedAt = event.position;
      return;
    }
    state.events[event.revision] = event;
  }

  protected advanceDurable(position: number): void {
    let count = this.durableCount;
    while (count < this.all.length && this.all[count]!.position <= position) count++;
    if (count === this.durableCount) return;
    this.durableCount = count;
    this.changes.emit('durable', count);
  }

  protected waitDurable(position: number): Promise<void> {
    if (this.isDurable(position)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.isDurable(position)) {
          this.changes.off('durable', check);
          this.changes.off('failed', fail);
          resolve();
        }
      };
      const fail = (error: Error) => {
        this.changes.off('durable', check);
        reject(error);
      };
      this.changes.on('durable', check);
      this.changes.once('failed', fail);
    });
  }

  protected isDurable(position: number): boolean {
    return this.durableCount > 0 && this.all[this.durableCount - 1]!.position >= position;
  }

  // ---- reading ----

  /** Number of durable events in `$all`; indexes below it can be read. */
  get durableEvents(): number {
    return this.durableCount;
  }

  eventAt(index: number): StoredEvent {
    return this.all[index]!;
  }

  /** Index of the first durable event at or after `position` (or after it, when `exclusive`). */
  indexOfPosition(position: number, exclusive: boolean): number {
    let lo = 0;
    let hi = this.durableCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.all[mid]!.position;
      if (p < position || (exclusive && p === position)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of the end of the durable log: where the next event will be. */
  get endPosition(): number {
    if (this.durableCount === this.all.length) return this.end;
    return this.all[this.durableCount]!.position;
  }

  /** Called with the new durable count each time more events become durable. */
  onDurable(listener: (count: number) => void): () => void {
    this.changes.on('durable', listener);
    return () => this.changes.off('durable', listener);
  }

  /** True once a tombstone for the stream (or, for `$$<stream>`, for the stream it describes) is durable. */
  isTombstoned(stream: string): boolean {
    const at =
      this.streams.get(stream)?.tombstonedAt ??
      (stream.startsWith('$$') ? this.streams.get(stream.slice(2))?.tombstonedAt : undefined);
    return at !== undefined && at < this.endPosition;
  }

  /**
   * Durable events of a stream that its metadata lets a reader see: `$tb`, `$maxCount`,
   * `$maxAge`. Revisions are returned in read order.
   */
  readStream(stream: string, from: ReadFrom, direction: 'forwards' | 'backwards', maxCount: number): StreamRead {
    const state = this.streams.get(stream);
    if (this.isTombstoned(stream)) return { kind: 'deleted' };
    const last = this.lastDurableRevision(state);
    if (!state || last < 0) return { kind: 'not-found' };
    const metadata = this.metadataOf(stream);
    if (metadata.truncateBefore !== undefined && metadata.truncateBefore > last) return { kind: 'not-found' };
    const lowest = this.lowestVisible(metadata, last);
    const events: StoredEvent[] = [];
    const oldest =
      metadata.maxAge !== undefined ? BigInt(this.now() - metadata.maxAge * 1000) * TICKS_PER_MS : undefined;
    const visible = (e: StoredEvent) => oldest === undefined || e.created >= oldest;
    if (direction === 'forwards') {
      const start = from === 'start' ? lowest : from === 'end' ? last + 1 : Math.max(from, lowest);
      for (let r = start; r <= last && events.length < maxCount; r++)
        if (visible(state.events[r]!)) events.push(state.events[r]!);
    } else {
      const start = from === 'end' ? last : from === 'start' ? lowest : Math.min(from, last);
      for (let r = start; r >= lowest && events.length < maxCount; r--)
        if (visible(state.events[r]!)) events.push(state.events[r]!);
    }
    return { kind: 'found', events };
  }

  /**
   * One durable event of a stream, if a reader may see it (not tombstoned, not behind `$tb`,
   * `$maxCount` or `$maxAge`): what resolving a link to `<revision>@<stream>` finds.
   */
  visibleEvent(stream: string, revision: number): StoredEvent | undefined {
    if (this.isTombstoned(stream)) return undefined;
    const state = this.streams.get(stream);
    const last = this.lastDurableRevision(state);
    if (!state || revision < 0 || revision > last) return undefined;
    const metadata = this.metadataOf(stream);
    if (revision < this.lowestVisible(metadata, last)) return undefined;
    const event = state.events[revision]!;
    if (metadata.maxAge !== undefined && event.created < BigInt(this.now() - metadata.maxAge * 1000) * TICKS_PER_MS)
      return undefined;
    return event;
  }

  /** The first revision a reader may see, given the stream's metadata. */
  lowestVisible(metadata: StreamMetadata, last: number): number {
    let lowest = metadata.truncateBefore ?? 0;
    if (metadata.maxCount !== undefined) lowest = Math.max(lowest, last - metadata.maxCount + 1);
    return Math.max(lowest, 0);
  }

  lastDurableRevision(state: StreamState | undefined): number {
    if (!state) return -1;
    let last = state.events.length - 1;
    const durableEnd = this.endPosition;
    while (last >= 0 && state.events[last]!.position >= durableEnd) last--;
    return last;
  }

  /** Stream state for subscriptions (durable revisions only). */
  streamRevisions(stream: string): { last: number; events: StoredEvent[] } {
    const state = this.streams.get(stream);
    return { last: this.lastDurableRevision(state), events: state?.events ?? [] };
  }

  metadataOf(stream: string, includePending = false): StreamMetadata {
    const meta = this.streams.get(metastreamOf(stream));
    const last = includePending ? (meta ? meta.events.length - 1 : -1) : this.lastDurableRevision(meta);
    if (!meta || last < 0) return { raw: {} };
    return parseStreamMetadata(meta.events[last]!);
  }
}

/**
 * What one process remembers of the aggregates it handled commands for: each stream's folded
 * state, its revision and the ids of its events, so the next command on that stream decides
 * without reading the stream again. A bounded least-recently-used map; a stream that is
 * forgotten is simply read again. The store stays the judge: an append from a remembered state
 * carries its exact expected revision, and if another process (or anything else) wrote in
 * between, the append fails and the stream is read afresh.
 *
 * It also queues the commands of one stream one after the other within the process, so two
 * commands on the same chat never race each other to the store.
 */
import type { Position } from '@eventstore/db-client';

export const DEFAULT_AGGREGATE_CACHE_STREAMS = 10_000;

/** A stream as this process last knew it. */
export interface CachedAggregate<State> {
  /** The decider whose `evolve` folded `state`: a different decider on the same stream does not use it. */
  readonly decider: object;
  readonly state: State;
  readonly revision: bigint | 'no_stream';
  /** Where the stream's last event sits in `$all`. */
  readonly lastPosition: Position | undefined;
  /**
   * Fingerprints of the ids of every event up to `revision`, to recognise a command that already
   * ran. Two ids may share a fingerprint; that only costs a read of the stream. It grows in place
   * with each append of this process, under the stream's queue.
   */
  readonly eventIds: Set<number>;
}

export interface AggregateCacheOptions {
  /** How many streams to keep; the least recently used go first. 0 remembers nothing (commands are still queued per stream). Default 10,000. */
  streams?: number;
}

export interface AggregateCacheStats {
  streams: number;
  capacity: number;
  /** Commands decided from a remembered state. */
  hits: number;
  /** Commands that had to read their stream first: nothing remembered, a possible retry, or a rejection to confirm. */
  misses: number;
  /** Streams forgotten to stay within the capacity. */
  evictions: number;
}

export class AggregateCache {
  readonly capacity: number;
  /** In order of use, the least recent first (a Map keeps insertion order). */
  private readonly entries = new Map<string, CachedAggregate<unknown>>();
  private readonly queues = new Map<string, Promise<void>>();
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(options: AggregateCacheOptions = {}) {
    const streams = options.streams ?? DEFAULT_AGGREGATE_CACHE_STREAMS;
    if (!Number.isSafeInteger(streams) || streams < 0)
      throw new Error(`The aggregate cache holds a whole number of streams from 0, not ${streams}.`);
    this.capacity = streams;
  }

  /** The stream as remembered, if `decider` built it; marks it as just used. */
  get<State>(streamName: string, decider: object): CachedAggregate<State> | undefined {
    const entry = this.entries.get(streamName);
    if (!entry || entry.decider !== decider) return undefined;
    this.entries.delete(streamName);
    this.entries.set(streamName, entry);
    return entry as CachedAggregate<State>;
  }

  remember<State>(streamName: string, entry: CachedAggregate<State>): void {
    if (this.capacity === 0) return;
    this.entries.delete(streamName);
    this.entries.set(streamName, entry);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
      this.evictions++;
    }
  }

  forget(streamName: string): void {
    this.entries.delete(streamName);
  }

  has(streamName: string): boolean {
    return this.entries.has(streamName);
  }

  /** Counts a command as decided from memory (`true`) or after reading its stream. */
  count(hit: boolean): void {
    if (hit) this.hits++;
    else this.misses++;
  }

  stats(): AggregateCacheStats {
    return {
      streams: this.entries.size,
      capacity: this.capacity,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }

  /** Runs `work` once every earlier work on the same stream in this process has settled, in the order they came. */
  async exclusive<T>(streamName: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(streamName);
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const tail = before ? before.then(() => finished) : finished;
    this.queues.set(streamName, tail);
    try {
      if (before) await before;
      return await work();
    } finally {
      done();
      if (this.queues.get(streamName) === tail) this.queues.delete(streamName);
    }
  }

  /** Streams with commands running or queued, for tests. */
  get busyStreams(): number {
    return this.queues.size;
  }
}

/**
 * A 30-bit fingerprint of an event id (FNV-1a), small enough to be kept for every event of
 * thousands of streams.
 */
export function eventIdFingerprint(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x3fffffff;
}

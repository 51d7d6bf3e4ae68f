/**
 * The store: EventStoreDB's stream semantics over the log. Decisions (expected revision,
 * idempotency, deletion) see every accepted append at once; readers and subscriptions see only
 * what is durable, so nothing is ever shown that a crash could take back.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { EventLog, LogCut, SalvageReport } from './storage/log';
import { encodeRecord, RecordTooLarge, TOMBSTONE_REVISION, type NewRecord, type StoredEvent } from './storage/record';
import { metastreamOf, parseStreamMetadata, type StreamMetadata } from './stream-metadata';

export type ExpectedRevision =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'exact'; revision: number };

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  metadata: Buffer;
  data: Buffer;
}

export type StoreError =
  | { code: 'wrong-expected-version'; stream: string; current: number | null; expected: ExpectedRevision }
  | { code: 'stream-deleted'; stream: string }
  | { code: 'maximum-append-size-exceeded'; maxAppendSize: number };

/** `currentRevision` null means the stream has no events; `position` null means nothing was written. */
export type AppendResult =
  | { ok: true; currentRevision: number | null; position: number | null }
  | { ok: false; error: StoreError };

export type ReadFrom = 'start' | 'end' | number;

export type StreamRead =
  | { kind: 'found'; events: StoredEvent[] }
  | { kind: 'not-found' }
  | { kind: 'deleted' };

interface StreamState {
  /** Indexed by revision. */
  events: StoredEvent[];
  tombstoned: boolean;
  /** Log position of the tombstone, once written. */
  tombstonedAt?: number;
}

export interface StoreOptions {
  maxAppendSize?: number;
  /** Milliseconds since the epoch; tests move time to check `$maxAge`. */
  now?: () => number;
}

export const DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

/**
 * What an event counts towards the maximum append size, as EventStoreDB counts it: data,
 * metadata, and the event type at two bytes a UTF-16 code unit.
 */
export function appendSizeOf(event: { type: string; data: Buffer; metadata: Buffer }): number {
  return event.data.length + event.metadata.length + event.type.length * 2;
}
const TICKS_PER_MS = 10_000n;
/** How far back, per stream, a retry with expected revision any/stream_exists is recognised. */
export const IDEMPOTENCY_WINDOW = 10_000;

export class Store {
  /** Every event in log order, the last ones possibly not yet durable. */
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StreamState>();
  private durableCount = 0;
  private end: number;
  private readonly changes = new EventEmitter();
  private readonly maxAppendSize: number;
  private readonly now: () => number;
  private failure?: Error;

  private constructor(private readonly log: EventLog, end: number, options: StoreOptions) {
    this.end = end;
    this.maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
    this.now = options.now ?? Date.now;
    this.changes.setMaxListeners(0);
  }

  static async open(log: EventLog, options: StoreOptions = {}): Promise<{ store: Store; cut?: LogCut; salvage?: SalvageReport }> {
    const recovery = await log.open();
    const store = new Store(log, recovery.end, options);
    for (const event of recovery.events) store.index(event);
    store.durableCount = store.all.length;
    if (store.all.length === 0) await store.writeSystemEvents();
    return { store, cut: recovery.cut, salvage: recovery.salvage };
  }

  async close(): Promise<void> {
    this.changes.emit('closed');
    await this.log.close();
  }

  get maxAppendSizeBytes(): number {
    return this.maxAppendSize;
  }

  // ---- writing ----

  async append(stream: string, expected: ExpectedRevision, proposed: ProposedEvent[]): Promise<AppendResult> {
    this.assertHealthy();
    const size = proposed.reduce((n, e) => n + appendSizeOf(e), 0);
    if (size > this.maxAppendSize) return this.tooLarge();
    const state = this.streams.get(stream);
    const describesTombstoned = stream.startsWith('$$') && this.streams.get(stream.slice(2))?.tombstoned === true;
    if (state?.tombstoned || describesTombstoned) return { ok: false, error: { code: 'stream-deleted', stream } };
    const last = state ? state.events.length - 1 : -1;

    const duplicate = this.findDuplicate(state, expected, proposed);
    if (duplicate === 'partial') return this.wrongVersion(stream, last, expected);
    if (duplicate) {
      await this.waitDurable(duplicate.position);
      return { ok: true, currentRevision: duplicate.revision, position: duplicate.position };
    }

    const softDeleted = last >= 0 && this.isSoftDeleted(stream, last);
    switch (expected.kind) {
      case 'no_stream':
        if (last >= 0 && !softDeleted) return this.wrongVersion(stream, last, expected);
        break;
      case 'stream_exists':
        if (softDeleted) return { ok: false, error: { code: 'stream-deleted', stream } };
        if (last < 0) return this.wrongVersion(stream, last, expected);
        break;
      case 'exact':
        if (expected.revision !== last) return this.wrongVersion(stream, last, expected);
        break;
    }
    if (proposed.length === 0) return { ok: true, currentRevision: last >= 0 ? last : null, position: null };
    const created = BigInt(this.now()) * TICKS_PER_MS;
    const records = proposed.map(
      (e, i): NewRecord => ({ stream, revision: last + 1 + i, id: e.id, type: e.type, contentType: e.contentType, created, metadata: e.metadata, data: e.data }),
    );
    const frames = this.encode(records);
    if (!frames) return this.tooLarge();
    const position = await this.write(records, frames);
    return { ok: true, currentRevision: last + proposed.length, position };
  }

  private tooLarge(): { ok: false; error: StoreError } {
    return { ok: false, error: { code: 'maximum-append-size-exceeded', maxAppendSize: this.maxAppendSize } };
  }

  /** Every frame of an append, before anything of it is indexed or written; undefined if one cannot be. */
  private encode(records: NewRecord[]): Buffer[] | undefined {
    try {
      return records.map((record, i) => encodeRecord(record, i === records.length - 1));
    } catch (error) {
      if (error instanceof RecordTooLarge) return undefined;
      throw error;
    }
  }

  /** Soft delete: hides every event so far behind `$tb`; appending again continues the numbering. */
  async deleteStream(stream: string, expected: ExpectedRevision): Promise<{ ok: true; position: number } | { ok: false; error: StoreError }> {
    const check = this.checkDeletion(stream, expected, 'soft');
    if (!check.ok) return check;
    const { last } = check;
    const metadata = { ...this.metadataOf(stream, true).raw, $tb: last + 1 };
    const result = await this.append(metastreamOf(stream), { kind: 'any' }, [
      { id: randomUUID(), type: '$metadata', contentType: 'application/json', metadata: Buffer.alloc(0), data: Buffer.from(JSON.stringify(metadata)) },
    ]);
    if (!result.ok) return result;
    return { ok: true, position: result.position ?? this.end };
  }

  /** Hard delete: a `$streamDeleted` tombstone; the stream can never be read or written again. */
  async tombstone(stream: string, expected: ExpectedRevision): Promise<{ ok: true; position: number } | { ok: false; error: StoreError }> {
    const check = this.checkDeletion(stream, expected, 'hard');
    if (!check.ok) return check;
    const created = BigInt(this.now()) * TICKS_PER_MS;
    const records: NewRecord[] = [
      { id: randomUUID(), stream, revision: TOMBSTONE_REVISION, type: '$streamDeleted', contentType: 'application/octet-stream', created, metadata: Buffer.alloc(0), data: Buffer.alloc(0) },
    ];
    const frames = this.encode(records);
    if (!frames) return this.tooLarge();
    const position = await this.write(records, frames);
    return { ok: true, position };
  }

  /** A soft-deleted stream: every event it has is behind `$tb`. */
  private isSoftDeleted(stream: string, last: number): boolean {
    const tb = this.metadataOf(stream, true).truncateBefore;
    return tb !== undefined && tb > last;
  }

  /** Whether a delete or tombstone may go ahead, and the stream's last revision if so. */
  private checkDeletion(stream: string, expected: ExpectedRevision, kind: 'soft' | 'hard'): { ok: true; last: number } | { ok: false; error: StoreError } {
    this.assertHealthy();
    const state = this.streams.get(stream);
    if (state?.tombstoned) return { ok: false, error: { code: 'stream-deleted', stream } };
    const last = state ? state.events.length - 1 : -1;
    const metaExists = (this.streams.get(metastreamOf(stream))?.events.length ?? 0) > 0;
    if (!this.deletionAllowed(expected, last, kind === 'hard' || metaExists)) return this.wrongVersion(stream, last, expected);
    return { ok: true, last };
  }

  /**
   * `no_stream` deletes a stream with no events: a tombstone always (the name is then taken for
   * ever), a soft delete only where the stream exists implicitly through its metadata, as
   * EventStoreDB since 23.10 answers.
   */
  private deletionAllowed(expected: ExpectedRevision, last: number, mayDeleteWithoutEvents: boolean): boolean {
    switch (expected.kind) {
      case 'any':
        return true;
      case 'no_stream':
        return last < 0 && mayDeleteWithoutEvents;
      case 'stream_exists':
        return last >= 0;
      case 'exact':
        return expected.revision === last;
    }
  }

  private wrongVersion(stream: string, last: number, expected: ExpectedRevision): { ok: false; error: StoreError } {
    return { ok: false, error: { code: 'wrong-expected-version', stream, current: last >= 0 ? last : null, expected } };
  }

  /**
   * EventStoreDB's idempotency: proposed events already written at the place the expected
   * revision points to (or, for any/stream_exists, among the stream's recent events) are not
   * written again; the original result comes back. A retry that only partly matches is refused.
   */
  private findDuplicate(state: StreamState | undefined, expected: ExpectedRevision, proposed: ProposedEvent[]): StoredEvent | 'partial' | undefined {
    if (!state || proposed.length === 0) return undefined;
    const last = state.events.length - 1;
    let first: number | undefined;
    if (expected.kind === 'exact' || expected.kind === 'no_stream') {
      first = (expected.kind === 'exact' ? expected.revision : -1) + 1;
      if (first > last || state.events[first]?.id !== proposed[0]!.id) return undefined;
    } else {
      first = this.recentRevisionOf(state, proposed[0]!.id);
      if (first === undefined) return undefined;
    }
    for (let i = 0; i < proposed.length; i++) {
      const event = state.events[first + i];
      if (!event || event.id !== proposed[i]!.id) return 'partial';
    }
    return state.events[first + proposed.length - 1];
  }

  /**
   * Where an event id stands among the stream's last IDEMPOTENCY_WINDOW events. EventStoreDB too
   * recognises retries with no exact expected revision only while their ids are in its cache.
   */
  private recentRevisionOf(state: StreamState, id: string): number | undefined {
    const stop = Math.max(0, state.events.length - IDEMPOTENCY_WINDOW);
    for (let r = state.events.length - 1; r >= stop; r--) if (state.events[r]?.id === id) return r;
    return undefined;
  }

  /**
   * Indexes an append whose frames are all encoded, then writes them. Nothing before this point
   * changes the store, so an append that fails validation or encoding leaves no trace and takes
   * no position.
   */
  private async write(records: NewRecord[], frames: Buffer[]): Promise<number> {
    let last!: StoredEvent;
    records.forEach((record, i) => {
      const frame = frames[i]!;
      last = {
        position: this.end,
        stream: record.stream,
        revision: record.revision,
        id: record.id,
        type: record.type,
        contentType: record.contentType,
        created: record.created,
        metadata: record.metadata,
        data: record.data,
      };
      this.end += frame.length;
      this.index(last);
    });
    try {
      await this.log.write(frames);
    } catch (error) {
      this.failure = error as Error;
      this.changes.emit('failed', error);
      throw error;
    }
    this.advanceDurable(last.position);
    return last.position;
  }

  private index(event: StoredEvent): void {
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

  private advanceDurable(position: number): void {
    let count = this.durableCount;
    while (count < this.all.length && this.all[count]!.position <= position) count++;
    if (count === this.durableCount) return;
    this.durableCount = count;
    this.changes.emit('durable', count);
  }

  private waitDurable(position: number): Promise<void> {
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

  private isDurable(position: number): boolean {
    return this.durableCount > 0 && this.all[this.durableCount - 1]!.position >= position;
  }

  private assertHealthy(): void {
    if (this.failure) throw this.failure;
  }

  private async writeSystemEvents(): Promise<void> {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    const system = (type: string, data: unknown): ProposedEvent => ({ id: randomUUID(), type, contentType: 'application/json', metadata: Buffer.alloc(0), data: json(data) });
    for (const login of ['admin', 'ops']) {
      await this.append(`$user-${login}`, { kind: 'no_stream' }, [system('$user', { loginName: login, fullName: login, groups: [`$${login}s`] })]);
      await this.append('$users', { kind: 'any' }, [system('$UserCreated', login)]);
    }
    await this.append('$settings', { kind: 'any' }, [system('$settings', { $userStreamAcl: { $r: '$all', $w: '$all' }, $systemStreamAcl: { $r: '$admins', $w: '$admins' } })]);
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
    const at = this.streams.get(stream)?.tombstonedAt ?? (stream.startsWith('$$') ? this.streams.get(stream.slice(2))?.tombstonedAt : undefined);
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
    const oldest = metadata.maxAge !== undefined ? BigInt(this.now() - metadata.maxAge * 1000) * TICKS_PER_MS : undefined;
    const visible = (e: StoredEvent) => oldest === undefined || e.created >= oldest;
    if (direction === 'forwards') {
      const start = from === 'start' ? lowest : from === 'end' ? last + 1 : Math.max(from, lowest);
      for (let r = start; r <= last && events.length < maxCount; r++) if (visible(state.events[r]!)) events.push(state.events[r]!);
    } else {
      const start = from === 'end' ? last : from === 'start' ? lowest : Math.min(from, last);
      for (let r = start; r >= lowest && events.length < maxCount; r--) if (visible(state.events[r]!)) events.push(state.events[r]!);
    }
    return { kind: 'found', events };
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

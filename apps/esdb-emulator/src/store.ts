/**
 * The store: EventStoreDB's stream semantics over the log. Decisions (expected revision,
 * idempotency, deletion) see every accepted append at once; readers and subscriptions see only
 * what is durable, so nothing is ever shown that a crash could take back.
 */
import { randomUUID } from 'node:crypto';
import type { EventLog, LogCut, SalvageReport } from './storage/log';
import { encodeRecord, RecordTooLarge, TOMBSTONE_REVISION, type NewRecord, type StoredEvent } from './storage/record';
import { metastreamOf } from './stream-metadata';
import { deletionDecision, findDuplicate } from './idempotency';
import { StoreIndex } from './store-index';
import {
  DEFAULT_MAX_APPEND_SIZE,
  TICKS_PER_MS,
  appendSizeOf,
  type AppendResult,
  type ExpectedRevision,
  type ProposedEvent,
  type StoreError,
  type StoreOptions,
} from './store-types';

export * from './store-types';

export class Store extends StoreIndex {
  private readonly maxAppendSize: number;
  private failure?: Error;

  private constructor(
    private readonly log: EventLog,
    end: number,
    options: StoreOptions,
  ) {
    super(end, options.now ?? Date.now);
    this.maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
  }

  static async open(
    log: EventLog,
    options: StoreOptions = {},
  ): Promise<{ store: Store; cut?: LogCut; salvage?: SalvageReport }> {
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

    const duplicate = findDuplicate(state, expected, proposed);
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
    const records = proposed.map((e, i): NewRecord => ({
      stream,
      revision: last + 1 + i,
      id: e.id,
      type: e.type,
      contentType: e.contentType,
      created,
      metadata: e.metadata,
      data: e.data,
    }));
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
  async deleteStream(
    stream: string,
    expected: ExpectedRevision,
  ): Promise<{ ok: true; position: number } | { ok: false; error: StoreError }> {
    const check = this.checkDeletion(stream, expected, 'soft');
    if (!check.ok) return check;
    const { last } = check;
    const metadata = { ...this.metadataOf(stream, true).raw, $tb: last + 1 };
    const result = await this.append(metastreamOf(stream), { kind: 'any' }, [
      {
        id: randomUUID(),
        type: '$metadata',
        contentType: 'application/json',
        metadata: Buffer.alloc(0),
        data: Buffer.from(JSON.stringify(metadata)),
      },
    ]);
    if (!result.ok) return result;
    return { ok: true, position: result.position ?? this.end };
  }

  /** Hard delete: a `$streamDeleted` tombstone; the stream can never be read or written again. */
  async tombstone(
    stream: string,
    expected: ExpectedRevision,
  ): Promise<{ ok: true; position: number } | { ok: false; error: StoreError }> {
    const check = this.checkDeletion(stream, expected, 'hard');
    if (!check.ok) return check;
    const created = BigInt(this.now()) * TICKS_PER_MS;
    const records: NewRecord[] = [
      {
        id: randomUUID(),
        stream,
        revision: TOMBSTONE_REVISION,
        type: '$streamDeleted',
        contentType: 'application/octet-stream',
        created,
        metadata: Buffer.alloc(0),
        data: Buffer.alloc(0),
      },
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
  private checkDeletion(
    stream: string,
    expected: ExpectedRevision,
    kind: 'soft' | 'hard',
  ): { ok: true; last: number } | { ok: false; error: StoreError } {
    this.assertHealthy();
    const state = this.streams.get(stream);
    if (state?.tombstoned) return { ok: false, error: { code: 'stream-deleted', stream } };
    const last = state ? state.events.length - 1 : -1;
    const metadataExists = (this.streams.get(metastreamOf(stream))?.events.length ?? 0) > 0;
    const softDeleted = last >= 0 && this.isSoftDeleted(stream, last);
    switch (deletionDecision(expected, { last, metadataExists, softDeleted }, kind)) {
      case 'wrong-expected-version':
        return this.wrongVersion(stream, last, expected);
      case 'stream-deleted':
        return { ok: false, error: { code: 'stream-deleted', stream } };
      case 'ok':
        return { ok: true, last };
    }
  }

  private wrongVersion(stream: string, last: number, expected: ExpectedRevision): { ok: false; error: StoreError } {
    return { ok: false, error: { code: 'wrong-expected-version', stream, current: last >= 0 ? last : null, expected } };
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

  private assertHealthy(): void {
    if (this.failure) throw this.failure;
  }

  private async writeSystemEvents(): Promise<void> {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    const system = (type: string, data: unknown): ProposedEvent => ({
      id: randomUUID(),
      type,
      contentType: 'application/json',
      metadata: Buffer.alloc(0),
      data: json(data),
    });
    for (const login of ['admin', 'ops']) {
      await this.append(`$user-${login}`, { kind: 'no_stream' }, [
        system('$user', { loginName: login, fullName: login, groups: [`$${login}s`] }),
      ]);
      await this.append('$users', { kind: 'any' }, [system('$UserCreated', login)]);
    }
    await this.append('$settings', { kind: 'any' }, [
      system('$settings', {
        $userStreamAcl: { $r: '$all', $w: '$all' },
        $systemStreamAcl: { $r: '$admins', $w: '$admins' },
      }),
    ]);
  }
}

/** What the store takes and answers: expected revisions, proposed events, results, errors, and its limits. */
import type { StoredEvent } from './storage/record';

export type ExpectedRevision =
  { kind: 'any' } | { kind: 'no_stream' } | { kind: 'stream_exists' } | { kind: 'exact'; revision: number };

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
  { ok: true; currentRevision: number | null; position: number | null } | { ok: false; error: StoreError };

export type ReadFrom = 'start' | 'end' | number;

export type StreamRead = { kind: 'found'; events: StoredEvent[] } | { kind: 'not-found' } | { kind: 'deleted' };

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
/** Event times are .NET ticks (100 ns) since the epoch, as EventStoreDB stores them. */
export const TICKS_PER_MS = 10_000n;
/** How far back, per stream, a retry with expected revision any/stream_exists is recognised. */
export const IDEMPOTENCY_WINDOW = 10_000;

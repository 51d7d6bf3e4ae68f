/** Stream metadata (`$$<stream>`), as EventStoreDB applies it when a stream is read. */
import type { StoredEvent } from './storage/record';

export interface StreamMetadata {
  maxCount?: number;
  /** Seconds. */
  maxAge?: number;
  truncateBefore?: number;
  raw: Record<string, unknown>;
}

export function metastreamOf(stream: string): string {
  return `$$${stream}`;
}

const cache = new WeakMap<StoredEvent, StreamMetadata>();

export function parseStreamMetadata(event: StoredEvent): StreamMetadata {
  const cached = cache.get(event);
  if (cached) return cached;
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(event.data.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // Metadata that is not JSON carries no settings; EventStoreDB ignores it too.
  }
  const int = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  const metadata: StreamMetadata = {
    raw,
    maxCount: int(raw.$maxCount),
    maxAge: int(raw.$maxAge),
    truncateBefore: int(raw.$tb),
  };
  cache.set(event, metadata);
  return metadata;
}

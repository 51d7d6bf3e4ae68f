/**
 * Reading a log back at start, and telling a torn tail from damage.
 *
 * A torn tail is what a crash during the last write leaves: an incomplete or unreadable last
 * append with nothing valid after it. It was never acknowledged, so it is cut (and reported).
 * Anything else that does not read back (a damaged record with valid records after it, a record
 * whose revision does not follow its stream, as a duplicated record) is damage to acknowledged
 * events: the log is left as it is and the start is refused, naming the byte offset. `salvage.ts`
 * is the way out.
 */
import { decodeRecord, FRAME_HEADER, TOMBSTONE_REVISION, type StoredEvent } from './record';

/** A cut of the log's tail, as reported to the embedding process. */
export interface LogCut {
  /** The log file. */
  file: string;
  /** Byte offset the file was cut at (the end of the last whole append kept). */
  at: number;
  /** Bytes removed from there to the old end of the file. */
  bytes: number;
  /** Why the tail could not be kept. */
  reason: string;
  /** Whole records of an unfinished append that went with the tail. */
  droppedEvents: number;
}

export type Scan =
  | { kind: 'whole'; events: StoredEvent[]; end: number }
  | { kind: 'torn'; events: StoredEvent[]; end: number; cut: Omit<LogCut, 'file'> }
  | { kind: 'damaged'; at: number; reason: string; validRecordAt?: number };

/** Per stream, the revision the next record must have; `tombstoned` once it has a tombstone. */
export class StreamContinuity {
  private readonly next = new Map<string, number>();

  /** Why `event` cannot follow what came before in its stream, or undefined when it can. */
  check(event: StoredEvent): string | undefined {
    const next = this.next.get(event.stream) ?? 0;
    if (next === TOMBSTONE_REVISION) return `stream ${event.stream} already has a tombstone`;
    if (event.revision === TOMBSTONE_REVISION || event.revision === next) return undefined;
    return event.revision < next
      ? `revision ${event.revision} of stream ${event.stream} appears twice (a duplicated record)`
      : `revision ${event.revision} of stream ${event.stream} follows revision ${next - 1}: events are missing`;
  }

  accept(event: StoredEvent): void {
    this.next.set(event.stream, event.revision === TOMBSTONE_REVISION ? TOMBSTONE_REVISION : event.revision + 1);
  }

  /** Checks a whole append without accepting any of it; the first problem, if any. */
  checkAll(events: StoredEvent[]): string | undefined {
    const trial = new StreamContinuity();
    for (const event of events) {
      const own = trial.next.has(event.stream) ? trial.check(event) : this.check(event);
      if (own) return own;
      trial.accept(event);
    }
    return undefined;
  }
}

/** Reads every record from `start`; classifies the end of the log. */
export function scanLog(bytes: Buffer, start: number): Scan {
  const events: StoredEvent[] = [];
  const continuity = new StreamContinuity();
  let offset = start;
  let committedEnd = start;
  let committedCount = 0;
  while (offset < bytes.length) {
    const result = decodeRecord(bytes, offset, offset);
    if (result.kind === 'filler') {
      offset += result.size;
      if (committedCount === events.length) committedEnd = offset;
      continue;
    }
    if (result.kind !== 'record') {
      const validRecordAt = nextValidFrame(bytes, offset + 1);
      const reason = result.kind === 'corrupt' ? result.reason : 'incomplete record';
      if (validRecordAt !== undefined) return { kind: 'damaged', at: offset, reason, validRecordAt };
      return torn(bytes, events, committedEnd, committedCount, reason);
    }
    const inconsistent = continuity.check(result.event);
    if (inconsistent) return { kind: 'damaged', at: offset, reason: inconsistent };
    continuity.accept(result.event);
    events.push(result.event);
    offset += result.size;
    if (result.last) {
      committedEnd = offset;
      committedCount = events.length;
    }
  }
  if (committedCount < events.length)
    return torn(bytes, events, committedEnd, committedCount, 'append cut short before its last event');
  return { kind: 'whole', events, end: offset };
}

function torn(
  bytes: Buffer,
  events: StoredEvent[],
  committedEnd: number,
  committedCount: number,
  reason: string,
): Scan {
  const droppedEvents = events.length - committedCount;
  events.length = committedCount;
  return {
    kind: 'torn',
    events,
    end: committedEnd,
    cut: { at: committedEnd, bytes: bytes.length - committedEnd, reason, droppedEvents },
  };
}

/**
 * The first offset at or after `from` where a frame with a valid checksum starts, if any. Only
 * the rest of the file after damage is searched, and a candidate costs a checksum only when its
 * length field is plausible, so this stays cheap even over a large tail.
 */
export function nextValidFrame(bytes: Buffer, from: number): number | undefined {
  for (let at = from; at + FRAME_HEADER <= bytes.length; at++) {
    const result = decodeRecord(bytes, at, at);
    if (result.kind === 'record' || result.kind === 'filler') return at;
  }
  return undefined;
}

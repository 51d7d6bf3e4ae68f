/**
 * Salvaging a damaged log: every whole append that reads back and fits its streams is kept at its
 * own byte offset (so positions, and the checkpoints that hold them, stay valid); damaged bytes
 * and the appends that cannot be kept become filler frames of the same length. Only a tail with
 * nothing to keep after it is cut. The result says exactly what was dropped.
 *
 * An append is kept whole or not at all; an event whose stream lost an earlier revision is
 * dropped too (streams never have gaps), and reported with the reason.
 */
import { decodeRecord, encodeFiller, MAX_FRAME, MIN_FRAME, type StoredEvent } from './record';
import { nextValidFrame, StreamContinuity } from './recovery';

export interface DroppedEvent {
  position: number;
  stream: string;
  revision: number;
  id: string;
  type: string;
}

export interface DroppedRange {
  /** Byte offset and length in the damaged log (and in the salvaged one, now filler). */
  at: number;
  bytes: number;
  reason: string;
  /** Events that read back but were dropped with this range. */
  events: DroppedEvent[];
}

export interface SalvagePlan {
  /** The salvaged log, same length as the damaged one up to `end`. */
  bytes: Buffer;
  kept: number;
  dropped: DroppedRange[];
  /** Bytes cut from the end (a torn tail), included in `dropped`. */
  cutBytes: number;
}

interface Unit {
  at: number;
  size: number;
  keep: boolean;
  reason?: string;
  events: StoredEvent[];
}

export function planSalvage(bytes: Buffer, start: number): SalvagePlan {
  // Dropping an append that stood too close to damage can leave later events of its streams
  // after a gap: plan again with it dropped from the start, until nothing changes.
  const forced = new Set<number>();
  let units = unitsOf(bytes, start, forced);
  let dropped = mergeDropped(units, forced);
  while (dropped.absorbed) {
    units = unitsOf(bytes, start, forced);
    dropped = mergeDropped(units, forced);
  }
  const ranges = dropped.ranges;
  const tail = ranges.at(-1)?.at === dropped.tailAt ? ranges.at(-1) : undefined;
  const cutBytes = tail?.bytes ?? 0;
  const end = bytes.length - cutBytes;
  const out = Buffer.from(bytes.subarray(0, end));
  for (const range of ranges) {
    if (range.at >= end) continue;
    let at = range.at;
    let left = range.bytes;
    while (left > 0) {
      const size = left > MAX_FRAME ? Math.min(MAX_FRAME, left - MIN_FRAME) : left;
      encodeFiller(size).copy(out, at);
      at += size;
      left -= size;
    }
  }
  const kept = units.reduce((n, u) => n + (u.keep ? u.events.length : 0), 0);
  return { bytes: out, kept, dropped: ranges, cutBytes };
}

const TOO_CLOSE = 'kept too close to damage to hold its position';
const CUT_SHORT = 'append cut short before its last event';

function unitsOf(bytes: Buffer, start: number, forced: Set<number>): Unit[] {
  const units: Unit[] = [];
  const continuity = new StreamContinuity();
  let pending: StoredEvent[] = [];
  let pendingAt = start;
  let offset = start;
  const dropPending = (reason: string) => {
    if (pending.length > 0)
      units.push({ at: pendingAt, size: offset - pendingAt, keep: false, reason, events: pending });
    pending = [];
  };
  while (offset < bytes.length) {
    const result = decodeRecord(bytes, offset, offset);
    if (result.kind === 'filler') {
      dropPending('append interrupted by a filler');
      units.push({ at: offset, size: result.size, keep: !forced.has(offset), reason: TOO_CLOSE, events: [] });
      offset += result.size;
      pendingAt = offset;
      continue;
    }
    if (result.kind !== 'record') {
      dropPending('part of an append with a damaged record');
      const next = nextValidFrame(bytes, offset + 1) ?? bytes.length;
      units.push({
        at: offset,
        size: next - offset,
        keep: false,
        reason: result.kind === 'corrupt' ? result.reason : 'incomplete record',
        events: [],
      });
      offset = next;
      pendingAt = offset;
      continue;
    }
    if (pending.length === 0) pendingAt = offset;
    pending.push(result.event);
    offset += result.size;
    if (!result.last) continue;
    const problem = forced.has(pendingAt) ? TOO_CLOSE : continuity.checkAll(pending);
    if (problem) {
      dropPending(problem);
    } else {
      for (const event of pending) continuity.accept(event);
      units.push({ at: pendingAt, size: offset - pendingAt, keep: true, events: pending });
      pending = [];
    }
    pendingAt = offset;
  }
  dropPending(CUT_SHORT);
  return units;
}

/**
 * Contiguous dropped units become one range. A range too small to hold a filler frame (a few
 * stray bytes between two records) takes the next unit with it, so that offsets never move.
 * Only a torn tail (damage, or an append never finished, with nothing after it) is cut; whole
 * records dropped at the end become filler too, so that their positions are never reused.
 */
function mergeDropped(
  units: Unit[],
  forced: Set<number>,
): { ranges: DroppedRange[]; absorbed: boolean; tailAt?: number } {
  const ranges: DroppedRange[] = [];
  let current: DroppedRange | undefined;
  let absorbed = false;
  let tail = units.length;
  while (
    tail > 0 &&
    !units[tail - 1]!.keep &&
    (units[tail - 1]!.events.length === 0 || units[tail - 1]!.reason === CUT_SHORT)
  )
    tail--;
  let tailAt: number | undefined;
  for (const [index, unit] of units.entries()) {
    if (index === tail) {
      // The tail is one range; stray bytes just before it (too few for a filler) go with it.
      if (current && current.bytes >= MIN_FRAME) {
        ranges.push(current);
        current = undefined;
      }
      tailAt = current?.at ?? unit.at;
    }
    const undersized = current !== undefined && current.bytes < MIN_FRAME;
    if (unit.keep && !undersized) {
      if (current) ranges.push(current);
      current = undefined;
      continue;
    }
    if (unit.keep) {
      forced.add(unit.at);
      absorbed = true;
    }
    const reason = unit.keep ? TOO_CLOSE : unit.reason!;
    const events = unit.events.map(({ position, stream, revision, id, type }) => ({
      position,
      stream,
      revision,
      id,
      type,
    }));
    if (!current) current = { at: unit.at, bytes: 0, reason, events: [] };
    else if (!current.reason.includes(reason)) current.reason += `; ${reason}`;
    current.bytes += unit.size;
    current.events.push(...events);
  }
  if (current) ranges.push(current);
  return { ranges, absorbed, tailAt };
}

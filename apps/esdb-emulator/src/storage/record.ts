/**
 * One event as it sits in the log. A record is a frame:
 *
 *   u32 payload length | u32 CRC-32 of the payload | payload
 *
 * and the payload is:
 *
 *   u8 flags (bit 0: last event of its append; bit 1: wide names; bit 2: filler)
 *   i64 created (100 ns ticks since the Unix epoch) | f64 stream revision (-1 for a tombstone)
 *   16 bytes event id | u16 + stream name | u16 + event type | u16 + content type
 *   u32 + metadata | u32 + data
 *
 * With "wide names" the three names have u32 lengths instead (a name over 64 KiB, which
 * EventStoreDB accepts); other records keep the short form.
 *
 * An append of several events is atomic: recovery keeps only whole appends (up to a record whose
 * "last" flag is set).
 *
 * A filler frame (flags bit 2, the rest of its payload zeros) holds no event: a salvaged log puts
 * one where damaged or dropped records were, so that every kept event keeps its position.
 */
import { crc32 } from 'node:zlib';
import { bytesToUuid, uuidToBytes } from './uuid';

export const FRAME_HEADER = 8;
export const TOMBSTONE_REVISION = -1;
const FLAG_LAST = 1;
const FLAG_WIDE = 2;
const FLAG_FILLER = 4;
/** The largest frame a log holds; anything claiming more is damage. */
export const MAX_FRAME = 64 * 1024 * 1024;
/** The smallest frame: a filler with just its flags byte. */
export const MIN_FRAME = FRAME_HEADER + 1;

export interface StoredEvent {
  /** Byte offset of the record in the log; commit and prepare position alike. */
  position: number;
  stream: string;
  /** Revision in its stream; TOMBSTONE_REVISION for the `$streamDeleted` marker. */
  revision: number;
  id: string;
  type: string;
  contentType: string;
  /** 100 ns ticks since the Unix epoch, as EventStoreDB reports `created`. */
  created: bigint;
  metadata: Buffer;
  data: Buffer;
  /** Encoded read response for this event, built on first read. */
  wire?: Buffer;
}

export type NewRecord = Omit<StoredEvent, 'position' | 'wire'>;

/** Thrown for a record larger than a log frame can hold; nothing has been written then. */
export class RecordTooLarge extends Error {}

export function encodeRecord(event: NewRecord, last: boolean): Buffer {
  const stream = Buffer.from(event.stream, 'utf8');
  const type = Buffer.from(event.type, 'utf8');
  const contentType = Buffer.from(event.contentType, 'utf8');
  const wide = stream.length > 0xffff || type.length > 0xffff || contentType.length > 0xffff;
  const nameLength = wide ? 4 : 2;
  const payloadLength =
    1 +
    8 +
    8 +
    16 +
    3 * nameLength +
    stream.length +
    type.length +
    contentType.length +
    4 +
    event.metadata.length +
    4 +
    event.data.length;
  if (FRAME_HEADER + payloadLength > MAX_FRAME)
    throw new RecordTooLarge(`a record of ${FRAME_HEADER + payloadLength} bytes is over the log's ${MAX_FRAME}`);
  const frame = Buffer.allocUnsafe(FRAME_HEADER + payloadLength);
  let at = FRAME_HEADER;
  at = frame.writeUInt8((last ? FLAG_LAST : 0) | (wide ? FLAG_WIDE : 0), at);
  at = frame.writeBigInt64LE(event.created, at);
  at = frame.writeDoubleLE(event.revision, at);
  at += uuidToBytes(event.id).copy(frame, at);
  for (const part of [stream, type, contentType]) {
    at = wide ? frame.writeUInt32LE(part.length, at) : frame.writeUInt16LE(part.length, at);
    at += part.copy(frame, at);
  }
  for (const part of [event.metadata, event.data]) {
    at = frame.writeUInt32LE(part.length, at);
    at += part.copy(frame, at);
  }
  frame.writeUInt32LE(payloadLength, 0);
  frame.writeUInt32LE(crc32(frame.subarray(FRAME_HEADER)), 4);
  return frame;
}

/** A filler frame of exactly `size` bytes (MIN_FRAME to MAX_FRAME). */
export function encodeFiller(size: number): Buffer {
  const frame = Buffer.alloc(size);
  frame.writeUInt32LE(size - FRAME_HEADER, 0);
  frame.writeUInt8(FLAG_FILLER, FRAME_HEADER);
  frame.writeUInt32LE(crc32(frame.subarray(FRAME_HEADER)), 4);
  return frame;
}

export type DecodeResult =
  | { kind: 'record'; event: StoredEvent; last: boolean; size: number }
  | { kind: 'filler'; size: number }
  | { kind: 'incomplete' }
  | { kind: 'corrupt'; reason: string };

/** Reads the record at `offset` of `buffer`; `position` is that offset's place in the log. */
export function decodeRecord(buffer: Buffer, offset: number, position: number): DecodeResult {
  if (buffer.length - offset < FRAME_HEADER) return { kind: 'incomplete' };
  const length = buffer.readUInt32LE(offset);
  if (length < MIN_FRAME - FRAME_HEADER || length > MAX_FRAME - FRAME_HEADER)
    return { kind: 'corrupt', reason: `impossible record length ${length}` };
  if (buffer.length - offset - FRAME_HEADER < length) return { kind: 'incomplete' };
  const payload = buffer.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + length);
  if (crc32(payload) !== buffer.readUInt32LE(offset + 4)) return { kind: 'corrupt', reason: 'checksum mismatch' };
  const flags = payload.readUInt8(0);
  if ((flags & FLAG_FILLER) !== 0) return { kind: 'filler', size: FRAME_HEADER + length };
  try {
    let at = 1; // after the flags
    const created = payload.readBigInt64LE(at);
    at += 8;
    const revision = payload.readDoubleLE(at);
    at += 8;
    const id = bytesToUuid(payload.subarray(at, at + 16));
    at += 16;
    const wide = (flags & FLAG_WIDE) !== 0;
    const strings: string[] = [];
    for (let i = 0; i < 3; i++) {
      const n = wide ? payload.readUInt32LE(at) : payload.readUInt16LE(at);
      at += wide ? 4 : 2;
      if (at + n > payload.length) return { kind: 'corrupt', reason: 'field overruns its record' };
      strings.push(payload.toString('utf8', at, at + n));
      at += n;
    }
    const blobs: Buffer[] = [];
    for (let i = 0; i < 2; i++) {
      const n = payload.readUInt32LE(at);
      at += 4;
      if (at + n > payload.length) return { kind: 'corrupt', reason: 'field overruns its record' };
      blobs.push(payload.subarray(at, at + n));
      at += n;
    }
    if (at !== payload.length) return { kind: 'corrupt', reason: 'fields do not fill their record' };
    if (!Number.isSafeInteger(revision) || revision < TOMBSTONE_REVISION)
      return { kind: 'corrupt', reason: `impossible revision ${revision}` };
    const [stream, type, contentType] = strings as [string, string, string];
    const [metadata, data] = blobs as [Buffer, Buffer];
    return {
      kind: 'record',
      last: (flags & FLAG_LAST) !== 0,
      size: FRAME_HEADER + length,
      event: { position, stream, revision, id, type, contentType, created, metadata, data },
    };
  } catch (error) {
    return { kind: 'corrupt', reason: `unreadable record: ${(error as Error).message}` };
  }
}

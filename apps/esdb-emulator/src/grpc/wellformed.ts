/**
 * A wire-format check run before any generated class parses a request. The generated parser
 * loops forever on a length that runs past the end of its buffer, so every request is walked
 * first, with the shape of its nested messages, and refused when it does not hold together.
 */

/** Field numbers that hold nested messages, with their own shapes; other fields are scalars, strings or bytes. */
export interface Shape {
  [field: number]: Shape;
}

const EMPTY: Shape = {};
const STREAM_IDENTIFIER: Shape = {};
const UUID: Shape = { 1: {} };
const POSITION: Shape = {};
const TIMESTAMP: Shape = {};
const EXPRESSION: Shape = {};

/** Options of Append, Delete and Tombstone: stream identifier and expected-revision oneof. */
const WRITE_OPTIONS: Shape = { 1: STREAM_IDENTIFIER, 3: EMPTY, 4: EMPTY, 5: EMPTY };

export const SHAPES = {
  empty: EMPTY,
  uuid: UUID,
  read: {
    1: {
      1: { 1: STREAM_IDENTIFIER, 3: EMPTY, 4: EMPTY },
      2: { 1: POSITION, 2: EMPTY, 3: EMPTY },
      6: EMPTY,
      7: { 1: EMPTY, 2: EMPTY, 4: EMPTY },
      8: EMPTY,
      9: { 1: EMPTY, 2: EMPTY },
      10: EMPTY,
    },
  },
  deleteOrTombstone: { 1: WRITE_OPTIONS },
  appendOptions: WRITE_OPTIONS,
  batchAppendOptions: { ...WRITE_OPTIONS, 6: TIMESTAMP },
  persistentRead: {
    1: { 1: STREAM_IDENTIFIER, 4: { 1: EMPTY, 2: EMPTY }, 5: EMPTY },
    2: { 2: UUID },
    3: { 2: UUID },
  },
  persistentCreateOrUpdate: {
    1: {
      1: STREAM_IDENTIFIER,
      3: EMPTY,
      4: { 1: STREAM_IDENTIFIER, 3: EMPTY, 4: EMPTY },
      5: { 1: POSITION, 2: EMPTY, 3: EMPTY, 4: { 1: EXPRESSION, 2: EXPRESSION, 4: EMPTY }, 5: EMPTY },
    },
  },
  persistentDelete: { 1: { 1: STREAM_IDENTIFIER, 3: EMPTY } },
  persistentReplayParked: { 1: { 2: STREAM_IDENTIFIER, 3: EMPTY, 5: EMPTY } },
  persistentGetInfo: { 1: { 1: STREAM_IDENTIFIER, 2: EMPTY } },
  persistentList: { 1: { 1: EMPTY, 2: { 1: STREAM_IDENTIFIER, 2: EMPTY } } },
} satisfies Record<string, Shape>;

export function isWellFormed(buf: Uint8Array, shape: Shape, start = 0, end = buf.length, depth = 0): boolean {
  if (depth > 16) return false;
  let pos = start;
  const varint = (): number | undefined => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10 && pos < end; i++) {
      const byte = buf[pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    return undefined;
  };
  while (pos < end) {
    const key = varint();
    if (key === undefined) return false;
    const field = Math.floor(key / 8);
    if (field === 0) return false;
    switch (key & 7) {
      case 0:
        if (varint() === undefined) return false;
        break;
      case 1:
        pos += 8;
        break;
      case 5:
        pos += 4;
        break;
      case 2: {
        const length = varint();
        if (length === undefined || pos + length > end) return false;
        const nested = shape[field];
        if (nested && !isWellFormed(buf, nested, pos, pos + length, depth + 1)) return false;
        pos += length;
        break;
      }
      default:
        return false;
    }
    if (pos > end) return false;
  }
  return true;
}

/** What a guarded deserializer hands over instead of a message it would not parse. */
export class MalformedRequest {
  readonly reason = 'The request is not a well-formed protocol message.';
}

export function guarded<T>(shape: Shape, parse: (bytes: Buffer) => T): (bytes: Buffer) => T | MalformedRequest {
  return (bytes) => (isWellFormed(bytes, shape) ? parse(bytes) : new MalformedRequest());
}

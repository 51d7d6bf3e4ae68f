/**
 * Hand-written protobuf encoding of the one message on the hot path: `ReadResp` carrying an
 * event. Reads and subscriptions send millions of these; the generated message classes cost
 * several times more. Sizes are worked out first, then the message is written into one buffer.
 * Field numbers follow streams.proto and shared.proto.
 */
import { TOMBSTONE_REVISION, type StoredEvent } from '../storage/record';
import { uuidToStructured } from '../storage/uuid';

const TOMBSTONE_WIRE_REVISION = 9223372036854775807n;
const LEN = 2;
const VARINT = 0;
const key = (field: number, wireType: number) => (field << 3) | wireType;

function varintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    size++;
  }
  return size;
}

function bigVarintSize(value: bigint): number {
  let v = BigInt.asUintN(64, value);
  let size = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    size++;
  }
  return size;
}

/** Size of a length-delimited field (key + length + body). */
const fieldSize = (field: number, body: number) => varintSize(key(field, LEN)) + varintSize(body) + body;

class Out {
  at = 0;
  constructor(readonly buf: Buffer) {}
  varint(value: number): void {
    while (value >= 0x80) {
      this.buf[this.at++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.buf[this.at++] = value;
  }
  bigVarint(value: bigint): void {
    let v = BigInt.asUintN(64, value);
    while (v >= 0x80n) {
      this.buf[this.at++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.at++] = Number(v);
  }
  header(field: number, length: number): void {
    this.varint(key(field, LEN));
    this.varint(length);
  }
  bytes(field: number, value: Buffer): void {
    this.header(field, value.length);
    this.at += value.copy(this.buf, this.at);
  }
  text(field: number, value: string, byteLength: number): void {
    this.header(field, byteLength);
    this.at += this.buf.write(value, this.at, 'utf8');
  }
}

/** Sizes of one `RecordedEvent`, worked out before it is written. */
interface RecordLayout {
  event: StoredEvent;
  structured: boolean;
  most: bigint;
  least: bigint;
  structuredBody: number;
  idBody: number;
  streamIdBody: number;
  streamBytes: number;
  tombstone: boolean;
  entries: [string, number, string, number][];
  body: number;
}

function layout(event: StoredEvent, structured: boolean): RecordLayout {
  const streamBytes = Buffer.byteLength(event.stream, 'utf8');
  const created = event.created.toString();
  const tombstone = event.revision === TOMBSTONE_REVISION;
  let most = 0n;
  let least = 0n;
  let structuredBody = 0;
  let idBody: number;
  if (structured) {
    const s = uuidToStructured(event.id);
    most = BigInt(s.most);
    least = BigInt(s.least);
    structuredBody = 1 + bigVarintSize(most) + 1 + bigVarintSize(least);
    idBody = fieldSize(1, structuredBody);
  } else {
    idBody = fieldSize(2, 36);
  }
  const streamIdBody = fieldSize(3, streamBytes);
  const entries: [string, number, string, number][] = [
    ['type', 4, event.type, Buffer.byteLength(event.type, 'utf8')],
    ['content-type', 12, event.contentType, Buffer.byteLength(event.contentType, 'utf8')],
    ['created', 7, created, created.length],
  ];
  let body =
    fieldSize(1, idBody) +
    fieldSize(2, streamIdBody) +
    1 +
    (tombstone ? bigVarintSize(TOMBSTONE_WIRE_REVISION) : varintSize(event.revision)) +
    1 +
    varintSize(event.position) +
    1 +
    varintSize(event.position);
  for (const [, k, , v] of entries) body += fieldSize(6, entry(k, v));
  if (event.metadata.length > 0) body += fieldSize(7, event.metadata.length);
  if (event.data.length > 0) body += fieldSize(8, event.data.length);
  return {
    event,
    structured,
    most,
    least,
    structuredBody,
    idBody,
    streamIdBody,
    streamBytes,
    tombstone,
    entries,
    body,
  };
}

const entry = (k: number, v: number) => fieldSize(1, k) + fieldSize(2, v);

/** Writes a `RecordedEvent` as field `field` of the enclosing message. */
function writeRecord(out: Out, field: number, l: RecordLayout): void {
  const { event } = l;
  out.header(field, l.body);
  out.header(1, l.idBody); // RecordedEvent.id
  if (l.structured) {
    out.header(1, l.structuredBody);
    out.varint(key(1, VARINT));
    out.bigVarint(l.most);
    out.varint(key(2, VARINT));
    out.bigVarint(l.least);
  } else {
    out.text(2, event.id, 36);
  }
  out.header(2, l.streamIdBody);
  out.text(3, event.stream, l.streamBytes);
  out.varint(key(3, VARINT));
  if (l.tombstone) out.bigVarint(TOMBSTONE_WIRE_REVISION);
  else out.varint(event.revision);
  out.varint(key(4, VARINT));
  out.varint(event.position);
  out.varint(key(5, VARINT));
  out.varint(event.position);
  for (const [k, kBytes, v, vBytes] of l.entries) {
    out.header(6, entry(kBytes, vBytes));
    out.text(1, k, kBytes);
    out.text(2, v, vBytes);
  }
  if (event.metadata.length > 0) out.bytes(7, event.metadata);
  if (event.data.length > 0) out.bytes(8, event.data);
}

/**
 * `ReadResp { event: ReadEvent { event?, link?, commit_position } }`: the event alone, or a link
 * with the event it resolved to (none when it could not be resolved). The commit position is the
 * original's: the link's when there is one.
 */
function encode(
  event: StoredEvent | undefined,
  link: StoredEvent | undefined,
  structured: boolean,
  retryCount?: number,
): Buffer {
  const original = (link ?? event)!;
  const e = event && layout(event, structured);
  const l = link && layout(link, structured);
  const readEventBody =
    (e ? fieldSize(1, e.body) : 0) +
    (l ? fieldSize(2, l.body) : 0) +
    1 +
    varintSize(original.position) +
    (retryCount === undefined ? 0 : 1 + varintSize(retryCount));
  const total = fieldSize(1, readEventBody);
  const out = new Out(Buffer.allocUnsafe(total));
  out.header(1, readEventBody); // ReadResp.event
  if (e) writeRecord(out, 1, e); // ReadEvent.event
  if (l) writeRecord(out, 2, l); // ReadEvent.link
  out.varint(key(3, VARINT)); // ReadEvent.commit_position
  out.varint(original.position);
  if (retryCount !== undefined) {
    out.varint(key(5, VARINT)); // persistent ReadEvent.retry_count
    out.varint(retryCount);
  }
  if (out.at !== total) throw new Error(`read response encoded to ${out.at} bytes, expected ${total}`);
  return out.buf;
}

/** An event as read; cached per event for string ids. */
export function encodeReadEvent(event: StoredEvent, structuredIds = false): Buffer {
  if (!structuredIds && event.wire) return event.wire;
  const buf = encode(event, undefined, structuredIds);
  if (!structuredIds) event.wire = buf;
  return buf;
}

/** A link read with `resolveLinkTos`, with the event it points to, or undefined if that cannot be read. */
export function encodeResolvedLink(link: StoredEvent, target: StoredEvent | undefined, structuredIds = false): Buffer {
  return encode(target, link, structuredIds);
}

/**
 * A persistent subscription's `ReadResp { event: ReadEvent { event?, link?, commit_position,
 * retry_count } }`: the same layout as a stream read's, with the retry count.
 */
export function encodePersistentEvent(
  original: StoredEvent,
  resolved: { target: StoredEvent | undefined } | undefined,
  structuredIds: boolean,
  retryCount: number,
): Buffer {
  return resolved
    ? encode(resolved.target, original, structuredIds, retryCount)
    : encode(original, undefined, structuredIds, retryCount);
}

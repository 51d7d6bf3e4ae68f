/**
 * Hand-written decoding of the append requests' events (`ProposedMessage`, fields 1 id,
 * 2 metadata map, 3 custom metadata, 4 data): the other hot path, where the generated classes
 * cost more than everything else the server does per event. Everything else in these requests
 * (options, correlation id) is rare and goes through the generated classes.
 */
import type { ProposedEvent } from '../store';
import { isUuid, structuredToUuid } from '../storage/uuid';
import { RequestError } from './convert';
import { invalidArgument, missingMetadata } from './errors';

class Reader {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }
  get done(): boolean {
    return this.pos >= this.end;
  }
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new RequestError(invalidArgument('Malformed message: truncated varint.'));
      const byte = this.buf[this.pos++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    throw new RequestError(invalidArgument('Malformed message: varint too long.'));
  }
  bigVarint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const byte = this.buf[this.pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asIntN(64, result);
      shift += 7n;
    }
    throw new RequestError(invalidArgument('Malformed message: varint too long.'));
  }
  /** The next length-delimited field's body, as a view on the request. */
  slice(): Buffer {
    const length = this.varint();
    if (this.pos + length > this.end)
      throw new RequestError(invalidArgument('Malformed message: field overruns its message.'));
    const body = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return body;
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) this.slice();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else throw new RequestError(invalidArgument(`Malformed message: wire type ${wireType}.`));
  }
}

/** Walks a message's fields: `visit(field, wireType, reader)` must consume the field or return false. */
export function fields(buf: Buffer, visit: (field: number, wireType: number, reader: Reader) => boolean): void {
  const reader = new Reader(buf);
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (!visit(field, wireType, reader)) reader.skip(wireType);
  }
}

function uuid(buf: Buffer): string {
  let id: string | undefined;
  fields(buf, (field, wireType, r) => {
    if (field === 2 && wireType === 2) {
      id = r.slice().toString('utf8').toLowerCase();
      return true;
    }
    if (field === 1 && wireType === 2) {
      let most = 0n;
      let least = 0n;
      fields(r.slice(), (f, w, inner) => {
        if (w !== 0) return false;
        if (f === 1) most = inner.bigVarint();
        else if (f === 2) least = inner.bigVarint();
        else return false;
        return true;
      });
      id = structuredToUuid(String(most), String(least));
      return true;
    }
    return false;
  });
  if (!id || !isUuid(id)) throw new RequestError(invalidArgument('Event id must be a UUID.'));
  return id;
}

export function decodeProposedMessage(buf: Buffer): ProposedEvent {
  let id: string | undefined;
  let type: string | undefined;
  let contentType: string | undefined;
  let metadata: Buffer = EMPTY;
  let data: Buffer = EMPTY;
  fields(buf, (field, wireType, r) => {
    if (wireType !== 2) return false;
    switch (field) {
      case 1:
        id = uuid(r.slice());
        return true;
      case 2: {
        let key = '';
        let value = '';
        fields(r.slice(), (f, w, entry) => {
          if (w !== 2) return false;
          if (f === 1) key = entry.slice().toString('utf8');
          else if (f === 2) value = entry.slice().toString('utf8');
          else return false;
          return true;
        });
        if (key === 'type') type = value;
        else if (key === 'content-type') contentType = value;
        return true;
      }
      case 3:
        metadata = r.slice();
        return true;
      case 4:
        data = r.slice();
        return true;
      default:
        return false;
    }
  });
  const missing = [!type && 'type', !contentType && 'content-type'].filter(Boolean) as string[];
  if (missing.length > 0) throw new RequestError(missingMetadata(missing));
  if (!id) throw new RequestError(invalidArgument('Event id must be a UUID.'));
  return { id, type: type!, contentType: contentType!, metadata, data };
}

const EMPTY = Buffer.alloc(0);

/** A proposed event, or why it cannot be taken; decoding never throws past this point. */
export type Proposal = ProposedEvent | RequestError;

function propose(buf: Buffer): Proposal {
  try {
    return decodeProposedMessage(buf);
  } catch (error) {
    return error instanceof RequestError ? error : new RequestError(invalidArgument(String(error)));
  }
}

export interface BatchAppendRequest {
  correlation?: Buffer;
  options?: Buffer;
  proposed: Proposal[];
  isFinal: boolean;
  malformed?: RequestError;
}

/** BatchAppendReq: 1 correlation_id, 2 options, 3 proposed_messages, 4 is_final. */
export function decodeBatchAppendRequest(buf: Buffer): BatchAppendRequest {
  const request: BatchAppendRequest = { proposed: [], isFinal: false };
  try {
    fields(buf, (field, wireType, r) => {
      if (field === 4 && wireType === 0) request.isFinal = r.varint() !== 0;
      else if (wireType !== 2) return false;
      else if (field === 1) request.correlation = r.slice();
      else if (field === 2) request.options = r.slice();
      else if (field === 3) request.proposed.push(propose(r.slice()));
      else return false;
      return true;
    });
  } catch (error) {
    request.malformed = error instanceof RequestError ? error : new RequestError(invalidArgument(String(error)));
  }
  return request;
}

export interface AppendRequest {
  options?: Buffer;
  proposed?: Proposal;
  malformed?: RequestError;
}

/** AppendReq: oneof 1 options, 2 proposed_message. */
export function decodeAppendRequest(buf: Buffer): AppendRequest {
  const request: AppendRequest = {};
  try {
    fields(buf, (field, wireType, r) => {
      if (wireType !== 2) return false;
      if (field === 1) request.options = r.slice();
      else if (field === 2) request.proposed = propose(r.slice());
      else return false;
      return true;
    });
  } catch (error) {
    request.malformed = error instanceof RequestError ? error : new RequestError(invalidArgument(String(error)));
  }
  return request;
}

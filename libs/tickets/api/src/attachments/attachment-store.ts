/**
 * Where a ticket's files live: content-addressed by the sha256 of their bytes, so the same file
 * sent twice is kept once and an event needs only the hash, name, type and size. The filesystem
 * store is the default; an S3-compatible one can take its place behind the same interface.
 */
import type { Readable } from 'node:stream';
import type { TicketAttachment } from '@deskstream/tickets-domain';

export interface PutOptions {
  /** The name the sender gave (made safe before it is kept). */
  filename: string | null;
  /** The type the sender declared; only a hint for text, the bytes decide. */
  declaredType: string | null;
  /** Bytes allowed; more refuses the file with `AttachmentTooLargeError`, keeping nothing. */
  maxBytes: number;
}

export interface StoredFile {
  size: number;
  stream(): Readable;
}

export interface AttachmentStore {
  /** Reads the stream to its end, hashing as it goes; answers what an event records. */
  put(content: Readable | Buffer, options: PutOptions): Promise<TicketAttachment>;
  /** The file of that hash, or null when none is kept. */
  open(hash: string): Promise<StoredFile | null>;
  /** The record of a kept file (the name and type of its latest upload), or null when none is kept. */
  describe(hash: string): Promise<TicketAttachment | null>;
}

/** A file over its limit; nothing of it was kept. */
export class AttachmentTooLargeError extends Error {
  readonly code = 'ATTACHMENT_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`A file may be at most ${maxBytes} bytes.`);
  }
}

export const isAttachmentHash = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

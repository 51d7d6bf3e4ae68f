/**
 * The filesystem attachment store: `<dataDir>/attachments/<hash[0..2]>/<hash>`. A file is written
 * to a temporary name while it is hashed and counted, then renamed into place — a reader never
 * sees half a file, and a file over its limit leaves nothing behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { keptContentType, safeFileName, type TicketAttachment } from '@deskstream/tickets-domain';
import {
  AttachmentTooLargeError,
  isAttachmentHash,
  type AttachmentStore,
  type PutOptions,
  type StoredFile,
} from './attachment-store';

/** Bytes looked at to tell a file's type. */
const SNIFF_BYTES = 4100;

export class FileSystemAttachmentStore implements AttachmentStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'attachments');
  }

  pathOf(hash: string): string {
    return join(this.root, hash.slice(0, 2), hash);
  }

  async put(content: Readable | Buffer, options: PutOptions): Promise<TicketAttachment> {
    const incoming = join(this.root, 'incoming');
    await mkdir(incoming, { recursive: true });
    const temporary = join(incoming, randomUUID());
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    let headSize = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > options.maxBytes) return done(new AttachmentTooLargeError(options.maxBytes));
        hash.update(chunk);
        if (headSize < SNIFF_BYTES) {
          head.push(chunk.subarray(0, SNIFF_BYTES - headSize));
          headSize += Math.min(chunk.length, SNIFF_BYTES - headSize);
        }
        done(null, chunk);
      },
    });
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    try {
      await pipeline(source, counter, createWriteStream(temporary, { flags: 'wx' }));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const digest = hash.digest('hex');
    const target = this.pathOf(digest);
    await mkdir(join(this.root, digest.slice(0, 2)), { recursive: true });
    // Same content, same name: renaming over an existing copy keeps identical bytes.
    await rename(temporary, target);
    const start = Buffer.concat(head);
    const sniffed = await fileTypeFromBuffer(start).catch(() => undefined);
    const record: TicketAttachment = {
      hash: digest,
      filename: safeFileName(options.filename),
      contentType: keptContentType(sniffed?.mime ?? null, options.declaredType, start.includes(0)),
      size,
    };
    // Beside the file: the name and type of its latest upload, for callers that know only the hash.
    const described = `${target}.json`;
    await this.replaceDescription(described, record);
    return record;
  }

  private async replaceDescription(path: string, record: TicketAttachment): Promise<void> {
    const temporary = `${path}.${randomUUID()}`;
    await writeFile(temporary, JSON.stringify(record), { flag: 'wx' });
    await rename(temporary, path);
  }

  async describe(hash: string): Promise<TicketAttachment | null> {
    if (!isAttachmentHash(hash)) return null;
    const text = await readFile(`${this.pathOf(hash)}.json`, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const record = JSON.parse(text) as TicketAttachment;
      return record.hash === hash ? record : null;
    } catch {
      return null;
    }
  }

  async open(hash: string): Promise<StoredFile | null> {
    if (!isAttachmentHash(hash)) return null;
    const path = this.pathOf(hash);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return null;
    return { size: found.size, stream: () => createReadStream(path) };
  }
}

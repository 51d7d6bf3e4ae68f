/**
 * The attachment store on an S3-compatible service (AWS S3, MinIO, Ceph, R2 …):
 * `attachments/<hash[0..2]>/<hash>` holds the bytes and `attachments/<hash[0..2]>/<hash>.json`
 * the record of its latest upload, as on the filesystem. A file is read into memory while it is
 * hashed and counted — at most its limit (10 MB), refused the moment it passes it — and only then
 * written under its hash, so an object is always whole and a file over its limit leaves nothing.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
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

export interface S3AttachmentStoreSettings {
  bucket: string;
  /** `https://s3.example.org` for a service other than AWS; unset: AWS S3 of the region. */
  endpoint?: string;
  /** Unset: the SDK's usual chain (`AWS_REGION`, the shared config). */
  region?: string;
  /** `bucket` in the path (`https://host/bucket/key`) rather than the host name, as MinIO and most self-hosted services want. */
  forcePathStyle?: boolean;
  /** Unset: the SDK's usual chain (`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, the shared files, the instance's or task's role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export class S3AttachmentStore implements AttachmentStore {
  readonly client: S3Client;
  readonly bucket: string;

  constructor(settings: S3AttachmentStoreSettings) {
    this.bucket = settings.bucket;
    const config: S3ClientConfig = {
      forcePathStyle: settings.forcePathStyle ?? false,
      // Checksums only where S3 demands them: many S3-compatible services refuse the newer trailing ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    if (settings.endpoint !== undefined) config.endpoint = settings.endpoint;
    if (settings.region !== undefined) config.region = settings.region;
    if (settings.credentials !== undefined) config.credentials = settings.credentials;
    this.client = new S3Client(config);
  }

  keyOf(hash: string): string {
    return `attachments/${hash.slice(0, 2)}/${hash}`;
  }

  async put(content: Readable | Buffer, options: PutOptions): Promise<TicketAttachment> {
    const { bytes, hash } = await readWithin(content, options.maxBytes);
    const key = this.keyOf(hash);
    // Same content, same key: writing over an existing copy keeps identical bytes.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: 'application/octet-stream',
      }),
    );
    const start = bytes.subarray(0, SNIFF_BYTES);
    const sniffed = await fileTypeFromBuffer(start).catch(() => undefined);
    const record: TicketAttachment = {
      hash,
      filename: safeFileName(options.filename),
      contentType: keptContentType(sniffed?.mime ?? null, options.declaredType, start.includes(0)),
      size: bytes.length,
    };
    // Beside the file: the name and type of its latest upload, for callers that know only the hash.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: `${key}.json`,
        Body: JSON.stringify(record),
        ContentType: 'application/json',
      }),
    );
    return record;
  }

  async describe(hash: string): Promise<TicketAttachment | null> {
    if (!isAttachmentHash(hash)) return null;
    const found = await this.missingAsNull(
      this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: `${this.keyOf(hash)}.json` })),
    );
    if (!found?.Body) return null;
    try {
      const record = JSON.parse(await found.Body.transformToString('utf8')) as TicketAttachment;
      return record.hash === hash ? record : null;
    } catch {
      return null;
    }
  }

  async open(hash: string): Promise<StoredFile | null> {
    if (!isAttachmentHash(hash)) return null;
    const key = this.keyOf(hash);
    const head = await this.missingAsNull(this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key })));
    if (!head) return null;
    return {
      size: head.ContentLength ?? 0,
      // The object is fetched when the stream is first read, and streamed as it arrives.
      stream: () => Readable.from(this.objectChunks(key)),
    };
  }

  private async *objectChunks(key: string): AsyncGenerator<Uint8Array> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (object.Body) yield* object.Body as Readable;
  }

  /** The answer, or null when the object (or the bucket) is not there. */
  private async missingAsNull<T>(request: Promise<T>): Promise<T | null> {
    try {
      return await request;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }
}

/** The whole content and its sha256, hashed as it arrives; refused as soon as it passes `maxBytes`. */
async function readWithin(content: Readable | Buffer, maxBytes: number): Promise<{ bytes: Buffer; hash: string }> {
  const hasher = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (the throw) destroys the stream: nothing more of it is read.
  for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string);
    size += bytes.length;
    if (size > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    hasher.update(bytes);
    chunks.push(bytes);
  }
  // A multipart file cut at the parser's own limit ends early but says so: it is over the limit too.
  if ((content as { truncated?: boolean }).truncated === true) throw new AttachmentTooLargeError(maxBytes);
  return { bytes: Buffer.concat(chunks, size), hash: hasher.digest('hex') };
}

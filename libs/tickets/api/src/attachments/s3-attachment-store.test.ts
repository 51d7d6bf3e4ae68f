import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentTooLargeError } from './attachment-store';
import { S3AttachmentStore } from './s3-attachment-store';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// A real S3-compatible server on loopback, keeping its objects in a temporary folder.
let directory: string;
let server: S3rver;
let endpoint: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'deskstream-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

let store: S3AttachmentStore;
let bucket = 0;
beforeEach(async () => {
  store = new S3AttachmentStore({
    bucket: `desk-files-${++bucket}`,
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await store.client.send(new CreateBucketCommand({ Bucket: store.bucket }));
});

async function keys(): Promise<string[]> {
  const listed = await store.client.send(new ListObjectsV2Command({ Bucket: store.bucket }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
}

describe('the S3 attachment store', () => {
  it('keeps a file under its sha256 and answers what an event records', async () => {
    const content = Buffer.from('hello, desk\n');
    const kept = await store.put(Readable.from([content]), {
      filename: '../note.txt',
      declaredType: 'text/plain',
      maxBytes: 100,
    });
    expect(kept).toEqual({ hash: sha256(content), filename: 'note.txt', contentType: 'text/plain', size: 12 });
    const folder = `attachments/${kept.hash.slice(0, 2)}`;
    expect(await keys()).toEqual([`${folder}/${kept.hash}`, `${folder}/${kept.hash}.json`]);
    const opened = await store.open(kept.hash);
    expect(opened?.size).toBe(12);
    expect(await text(opened!.stream())).toBe('hello, desk\n');
    expect(await store.describe(kept.hash)).toEqual(kept);
  });

  it('streams a larger file back byte for byte', async () => {
    const content = Buffer.alloc(300_000);
    for (let i = 0; i < content.length; i++) content[i] = (i * 31) % 251;
    const chunks = Array.from({ length: 30 }, (_, i) => content.subarray(i * 10_000, (i + 1) * 10_000));
    const kept = await store.put(Readable.from(chunks), { filename: 'data.bin', declaredType: null, maxBytes: 1e6 });
    expect(kept.hash).toBe(sha256(content));
    const back: Buffer[] = [];
    for await (const chunk of (await store.open(kept.hash))!.stream()) back.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(back).equals(content)).toBe(true);
  });

  it('tells the type from the bytes, not from what the sender said', async () => {
    const kept = await store.put(PNG, { filename: 'page.html', declaredType: 'text/html', maxBytes: 1000 });
    expect(kept.contentType).toBe('image/png');
    const html = await store.put(Buffer.from('<script>alert(1)</script>'), {
      filename: 'x.html',
      declaredType: 'text/html',
      maxBytes: 1000,
    });
    expect(html.contentType).toBe('text/plain');
  });

  it('keeps the same content once', async () => {
    const first = await store.put(Buffer.from('same'), { filename: 'a', declaredType: null, maxBytes: 10 });
    const second = await store.put(Buffer.from('same'), { filename: 'b', declaredType: null, maxBytes: 10 });
    expect(second.hash).toBe(first.hash);
    const folder = `attachments/${first.hash.slice(0, 2)}`;
    expect(await keys()).toEqual([`${folder}/${first.hash}`, `${folder}/${first.hash}.json`]);
    expect(await store.describe(first.hash)).toMatchObject({ filename: 'b' });
  });

  it('refuses a file over its limit while streaming and leaves nothing behind', async () => {
    let produced = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced += 1024;
          yield Buffer.alloc(1024, 1);
        }
      })(),
    );
    await expect(
      store.put(endless, { filename: 'big.bin', declaredType: null, maxBytes: 3000 }),
    ).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(produced).toBeLessThan(64 * 1024);
    expect(endless.destroyed).toBe(true);
    await expect(
      store.put(Buffer.alloc(3001), { filename: 'big.bin', declaredType: null, maxBytes: 3000 }),
    ).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(await keys()).toEqual([]);
  });

  it('opens nothing for an unknown or malformed hash', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
    expect(await store.describe('0'.repeat(64))).toBeNull();
    expect(await store.describe('../x')).toBeNull();
  });

  it('fails the upload, keeping nothing, when the bucket is not there', async () => {
    const elsewhere = new S3AttachmentStore({
      bucket: 'no-such-bucket',
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await expect(
      elsewhere.put(Buffer.from('x'), { filename: 'x', declaredType: null, maxBytes: 10 }),
    ).rejects.toThrow();
  });
});

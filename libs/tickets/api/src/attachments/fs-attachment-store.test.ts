import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentTooLargeError } from './attachment-store';
import { FileSystemAttachmentStore } from './fs-attachment-store';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let dataDir: string;
let store: FileSystemAttachmentStore;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-attachments-'));
  store = new FileSystemAttachmentStore(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the filesystem attachment store', () => {
  it('keeps a file under its sha256 and answers what an event records', async () => {
    const content = Buffer.from('hello, desk\n');
    const kept = await store.put(Readable.from([content]), {
      filename: '../note.txt',
      declaredType: 'text/plain',
      maxBytes: 100,
    });
    expect(kept).toEqual({ hash: sha256(content), filename: 'note.txt', contentType: 'text/plain', size: 12 });
    expect(await readFile(join(dataDir, 'attachments', kept.hash.slice(0, 2), kept.hash))).toEqual(content);
    const opened = await store.open(kept.hash);
    expect(opened?.size).toBe(12);
    expect(await store.describe(kept.hash)).toEqual(kept);
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
    expect(await readdir(join(dataDir, 'attachments', first.hash.slice(0, 2)))).toEqual([
      first.hash,
      `${first.hash}.json`,
    ]);
    expect(await store.describe(first.hash)).toMatchObject({ filename: 'b' });
  });

  it('refuses a file over its limit while streaming and leaves nothing behind', async () => {
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(1024, 1));
    await expect(
      store.put(Readable.from(chunks), { filename: 'big.bin', declaredType: null, maxBytes: 3000 }),
    ).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(await readdir(join(dataDir, 'attachments', 'incoming'))).toEqual([]);
    const folders = (await readdir(join(dataDir, 'attachments'))).filter((name) => name !== 'incoming');
    expect(folders).toEqual([]);
  });

  it('opens nothing for an unknown or malformed hash', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
    expect(await store.describe('0'.repeat(64))).toBeNull();
  });
});

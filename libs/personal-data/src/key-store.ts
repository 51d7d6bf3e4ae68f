/**
 * Where the per-person keys live: never in the event log. A key store keeps one 32-byte key per
 * person and remembers that a person was erased (a tombstone), so an erased person's key is never
 * made again. `FileKeyStore` keeps them in a folder of its own (by default under the api's data
 * folder); another store (a KMS, a database) implements the same three calls.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A person's key, or the fact that the person was erased, or nothing yet. */
export type StoredKey = Uint8Array | 'erased' | undefined;

export interface KeyStore {
  get(personId: string): Promise<StoredKey>;
  /** Keeps `key` unless a key (or a tombstone) is already there, and returns what the store holds then. */
  create(personId: string, key: Uint8Array): Promise<Uint8Array | 'erased'>;
  /** Deletes the key for good and leaves a tombstone. */
  erase(personId: string): Promise<void>;
}

/** Keys in memory: tests, and a demo that may forget everything at exit. */
export class MemoryKeyStore implements KeyStore {
  private readonly keys = new Map<string, Uint8Array | 'erased'>();

  async get(personId: string): Promise<StoredKey> {
    return this.keys.get(personId);
  }

  async create(personId: string, key: Uint8Array): Promise<Uint8Array | 'erased'> {
    const held = this.keys.get(personId);
    if (held !== undefined) return held;
    this.keys.set(personId, key);
    return key;
  }

  async erase(personId: string): Promise<void> {
    this.keys.set(personId, 'erased');
  }
}

const ERASED_CONTENT = 'erased\n';

/**
 * One file per person in `dir` (mode 0600 in a 0700 folder), named by a hash of the person id so
 * no id can name a path. A key file is created exclusively, so two processes racing for one
 * person agree on the first key. Erasing replaces the file with a tombstone.
 */
export class FileKeyStore implements KeyStore {
  private ready: Promise<unknown> | undefined;

  constructor(private readonly dir: string) {}

  async get(personId: string): Promise<StoredKey> {
    try {
      return decode(await readFile(this.fileOf(personId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async create(personId: string, key: Uint8Array): Promise<Uint8Array | 'erased'> {
    await (this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }));
    try {
      const file = await open(this.fileOf(personId), 'wx', 0o600);
      try {
        await file.writeFile(Buffer.from(key).toString('base64') + '\n');
        await file.sync();
      } finally {
        await file.close();
      }
      return key;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await this.get(personId);
      if (held === undefined) throw new Error('A key file appeared and vanished while it was created.');
      return held;
    }
  }

  async erase(personId: string): Promise<void> {
    await (this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }));
    // The tombstone replaces the key file in one rename: a crash leaves either the key or the tombstone.
    const path = this.fileOf(personId);
    const next = `${path}.${process.pid}.erasing`;
    await writeFile(next, ERASED_CONTENT, { mode: 0o600, flush: true });
    await rename(next, path);
  }

  private fileOf(personId: string): string {
    return join(this.dir, `${createHash('sha256').update(personId, 'utf8').digest('hex')}.key`);
  }
}

function decode(content: Buffer): StoredKey {
  const text = content.toString('utf8');
  if (text === ERASED_CONTENT) return 'erased';
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('A key file holds no 32-byte key.');
  return new Uint8Array(key);
}

import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ERASED,
  FileKeyStore,
  KeyNotLoadedError,
  MalformedSealedValueError,
  MemoryKeyStore,
  PersonErasedError,
  PersonalDataVault,
  isErased,
} from './index';

describe('PersonalDataVault', () => {
  it('seals and opens a value; the same value seals differently each time', async () => {
    const vault = await PersonalDataVault.open(new MemoryKeyStore());
    await vault.ensureKey('p1');
    const a = vault.seal('p1', 'Aiko Tanaka ✉ aiko@example.jp');
    const b = vault.seal('p1', 'Aiko Tanaka ✉ aiko@example.jp');
    expect(a).not.toBe(b);
    expect(a).not.toContain('aiko');
    expect(vault.open(a)).toBe('Aiko Tanaka ✉ aiko@example.jp');
    expect(vault.personOf(a)).toBe('p1');
  });

  it('reads ERASED after the key is deleted, and refuses to seal for that person again', async () => {
    const store = new MemoryKeyStore();
    const vault = await PersonalDataVault.open(store);
    await vault.ensureKey('p1');
    await vault.ensureKey('p2');
    const sealed = vault.seal('p1', 'minh@example.vn');
    const other = vault.seal('p2', 'kept@example.org');
    await vault.erase('p1');
    expect(vault.open(sealed)).toBe(ERASED);
    expect(isErased(vault.open(sealed))).toBe(true);
    expect(vault.openOr(sealed, 'erased')).toBe('erased');
    expect(vault.open(other)).toBe('kept@example.org');
    expect(() => vault.seal('p1', 'again')).toThrow(PersonErasedError);
    await expect(vault.ensureKey('p1')).rejects.toThrow(PersonErasedError);
    // Another vault on the same store (another api process) sees the erasure too.
    const second = await PersonalDataVault.open(store);
    await second.load(['p1', 'p2']);
    expect(second.open(sealed)).toBe(ERASED);
    expect(second.open(other)).toBe('kept@example.org');
  });

  it('tells a key not loaded yet from an erased one', async () => {
    const store = new MemoryKeyStore();
    const writer = await PersonalDataVault.open(store);
    await writer.ensureKey('p1');
    const sealed = writer.seal('p1', '0912 345 6789');
    const reader = await PersonalDataVault.open(store);
    expect(() => reader.open(sealed)).toThrow(KeyNotLoadedError);
    await reader.load([reader.personOf(sealed)]);
    expect(reader.open(sealed)).toBe('0912 345 6789');
  });

  it('refuses an altered value, or one moved to another person', async () => {
    const vault = await PersonalDataVault.open(new MemoryKeyStore());
    await vault.ensureKey('p1');
    await vault.ensureKey('p2');
    const sealed = vault.seal('p1', 'secret');
    const [version, , iv, body] = sealed.split('.');
    const moved = [version, Buffer.from('p2').toString('base64url'), iv, body].join('.');
    expect(() => vault.open(moved)).toThrow(MalformedSealedValueError);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1);
    expect(() => vault.open(flipped)).toThrow(MalformedSealedValueError);
    expect(() => vault.open('plain text')).toThrow(MalformedSealedValueError);
  });

  it('hashes a value for lookups the same way in every vault on one store, and differently on another', async () => {
    const store = new MemoryKeyStore();
    const a = await PersonalDataVault.open(store);
    const b = await PersonalDataVault.open(store);
    const other = await PersonalDataVault.open(new MemoryKeyStore());
    expect(a.lookupHash('01234567')).toBe(b.lookupHash('01234567'));
    expect(a.lookupHash('01234567')).not.toBe(a.lookupHash('01234568'));
    expect(a.lookupHash('01234567')).not.toBe(other.lookupHash('01234567'));
  });
});

describe('FileKeyStore', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function folder(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'personal-keys-'));
    dirs.push(dir);
    return join(dir, 'keys');
  }

  it('keeps keys across vaults, in owner-only files named without the person id', async () => {
    const dir = await folder();
    const vault = await PersonalDataVault.open(new FileKeyStore(dir));
    await vault.ensureKey('patron-42');
    const sealed = vault.seal('patron-42', 'Sara Ahmadi');
    const again = await PersonalDataVault.open(new FileKeyStore(dir));
    await again.load(['patron-42']);
    expect(again.open(sealed)).toBe('Sara Ahmadi');
    const files = await readdir(dir);
    expect(files.join(' ')).not.toContain('patron-42');
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    for (const file of files) expect((await stat(join(dir, file))).mode & 0o777).toBe(0o600);
  });

  it('erases for good: the key bytes are gone from the folder and a restart still reads ERASED', async () => {
    const dir = await folder();
    const store = new FileKeyStore(dir);
    const vault = await PersonalDataVault.open(store);
    await vault.ensureKey('p1');
    const sealed = vault.seal('p1', 'erase me');
    const before = await Promise.all((await readdir(dir)).map((file) => readFile(join(dir, file), 'utf8')));
    await vault.erase('p1');
    const after = await Promise.all((await readdir(dir)).map((file) => readFile(join(dir, file), 'utf8')));
    const erasedKey = before.find((content) => !after.includes(content));
    expect(erasedKey).toBeDefined();
    const restarted = await PersonalDataVault.open(new FileKeyStore(dir));
    await restarted.load(['p1']);
    expect(restarted.open(sealed)).toBe(ERASED);
    await expect(restarted.ensureKey('p1')).rejects.toThrow(PersonErasedError);
  });

  it('two stores racing to make one person’s key agree on the first', async () => {
    const dir = await folder();
    const [a, b] = [new FileKeyStore(dir), new FileKeyStore(dir)];
    const [ka, kb] = await Promise.all([
      a.create('p1', new Uint8Array(32).fill(1)),
      b.create('p1', new Uint8Array(32).fill(2)),
    ]);
    expect(Buffer.from(ka as Uint8Array)).toEqual(Buffer.from(kb as Uint8Array));
  });
});

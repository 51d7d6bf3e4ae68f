import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSnapshotStore } from './snapshot-file-store';
import type { SnapshotMeta } from './snapshots';

const meta = (name = 'tickets', bytes = 5): SnapshotMeta => ({
  name,
  version: 3,
  position: { commit: 1234n, prepare: 1230n },
  eventId: '6f1c1b7e-0000-4000-8000-000000000001',
  takenAt: '2026-12-07T10:00:00.000Z',
  bytes,
});

describe('snapshots as files', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });
  async function store(options?: { maxBytes?: number }) {
    const folder = await mkdtemp(join(tmpdir(), 'snapshots-'));
    folders.push(folder);
    return { folder, store: new FileSnapshotStore(join(folder, 'snapshots'), options) };
  }

  it('keeps what was saved, with its position and event id, and leaves no temporary file', async () => {
    const { folder, store: snapshots } = await store();
    await snapshots.save(meta(), Uint8Array.from([1, 2, 3, 4, 5]));
    const loaded = await snapshots.load('tickets');
    expect(loaded).toEqual({ found: true, meta: meta(), payload: expect.any(Uint8Array) });
    expect([...(loaded.found ? loaded.payload : [])]).toEqual([1, 2, 3, 4, 5]);
    expect(await readdir(join(folder, 'snapshots'))).toEqual(['tickets.snapshot']);
    expect((await stat(snapshots.fileOf('tickets'))).mode & 0o777).toBe(0o600);
  });

  it('says missing when there is none', async () => {
    const { store: snapshots } = await store();
    expect(await snapshots.load('chat')).toMatchObject({ found: false, reason: 'missing' });
  });

  it('a new save replaces the old one whole', async () => {
    const { store: snapshots } = await store();
    await snapshots.save(meta(), Uint8Array.from([1, 2, 3, 4, 5]));
    await snapshots.save({ ...meta(), bytes: 2, position: { commit: 2000n, prepare: 2000n } }, Uint8Array.from([9, 9]));
    const loaded = await snapshots.load('tickets');
    expect(loaded.found && [...loaded.payload]).toEqual([9, 9]);
    expect(loaded.found && loaded.meta.position).toEqual({ commit: 2000n, prepare: 2000n });
  });

  it('reports a flipped byte in the state as corrupt: the checksum does not match', async () => {
    const { store: snapshots } = await store();
    await snapshots.save(meta(), Uint8Array.from([1, 2, 3, 4, 5]));
    const file = snapshots.fileOf('tickets');
    const content = await readFile(file);
    content[content.length - 2] ^= 0xff;
    await writeFile(file, content);
    expect(await snapshots.load('tickets')).toEqual({
      found: false,
      reason: 'corrupt',
      detail: 'the checksum does not match',
    });
  });

  it('reports a changed header (another position) as corrupt: the checksum covers it', async () => {
    const { store: snapshots } = await store();
    await snapshots.save(meta(), Uint8Array.from([1, 2, 3, 4, 5]));
    const file = snapshots.fileOf('tickets');
    await writeFile(file, (await readFile(file, 'latin1')).replace('"1234"', '"9234"'), 'latin1');
    expect(await snapshots.load('tickets')).toMatchObject({ reason: 'corrupt', detail: 'the checksum does not match' });
  });

  it('reports a cut, garbled or oversized file as corrupt', async () => {
    const { store: snapshots } = await store({ maxBytes: 100 });
    await snapshots.save(meta(), Uint8Array.from([1, 2, 3, 4, 5]));
    const file = snapshots.fileOf('tickets');
    const content = await readFile(file);
    await writeFile(file, content.subarray(0, content.length - 1));
    expect(await snapshots.load('tickets')).toMatchObject({
      reason: 'corrupt',
      detail: /4 bytes where the header says 5/,
    });
    await writeFile(file, 'not a snapshot');
    expect(await snapshots.load('tickets')).toMatchObject({ reason: 'corrupt', detail: 'no header line' });
    await writeFile(file, '{"format":"something else"}\n12345');
    expect(await snapshots.load('tickets')).toMatchObject({ reason: 'corrupt', detail: /unknown format/ });
    await writeFile(file, Buffer.alloc(5000, 0x41));
    expect(await snapshots.load('tickets')).toMatchObject({ reason: 'corrupt', detail: /over the limit of 100/ });
    await expect(snapshots.save(meta('tickets', 200), new Uint8Array(200))).rejects.toThrow(/over the limit/);
  });

  it('refuses names that could leave its folder', async () => {
    const { store: snapshots } = await store();
    expect(() => snapshots.fileOf('../identity')).toThrow(/Not a snapshot name/);
  });
});

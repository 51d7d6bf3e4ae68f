/**
 * Snapshots as files, one per read model in a folder of their own (`<DATA_DIR>/snapshots`):
 * a one-line JSON header (name, version, position, the event id there, when, size, SHA-256),
 * then the encoded state. Written to a temporary file, flushed, then renamed over the old one, so
 * a crash leaves the old snapshot or the new one, never half of one. A file whose checksum does
 * not hold, that is too large, or whose header does not parse is reported corrupt, never used.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotLoad, SnapshotMeta, SnapshotStore } from './snapshots';

const FORMAT = 'deskstream-snapshot/1';
const MAX_HEADER = 4096;
/** Hashed a slice at a time, yielding between slices, so a large state does not hold the event loop. */
const HASH_SLICE = 4 * 1024 * 1024;
export const DEFAULT_MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024;

interface Header {
  format: string;
  name: string;
  version: number;
  position: { commit: string; prepare: string };
  eventId: string;
  takenAt: string;
  bytes: number;
  sha256: string;
}

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checksum(meta: Omit<Header, 'sha256'>, payload: Uint8Array): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(meta)).update('\n');
  for (let at = 0; at < payload.length; at += HASH_SLICE) {
    hash.update(payload.subarray(at, at + HASH_SLICE));
    if (at + HASH_SLICE < payload.length) await yieldTurn();
  }
  return hash.digest('hex');
}

const unsigned = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);

function headerOf(line: string): Header | string {
  let header: Partial<Header>;
  try {
    header = JSON.parse(line) as Partial<Header>;
  } catch {
    return 'the header is not JSON';
  }
  if (header.format !== FORMAT) return `unknown format ${JSON.stringify(header.format)}`;
  const fine =
    typeof header.name === 'string' &&
    Number.isInteger(header.version) &&
    unsigned(header.position?.commit) &&
    unsigned(header.position?.prepare) &&
    typeof header.eventId === 'string' &&
    typeof header.takenAt === 'string' &&
    Number.isInteger(header.bytes) &&
    typeof header.sha256 === 'string';
  return fine ? (header as Header) : 'the header lacks a field';
}

export class FileSnapshotStore implements SnapshotStore {
  private readonly maxBytes: number;

  constructor(
    private readonly directory: string,
    options: { maxBytes?: number } = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_SNAPSHOT_BYTES;
  }

  /** The file a named snapshot is kept in. */
  fileOf(name: string): string {
    if (!/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) throw new Error(`Not a snapshot name: ${name}`);
    return join(this.directory, `${name}.snapshot`);
  }

  async load(name: string): Promise<SnapshotLoad> {
    const file = this.fileOf(name);
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { found: false, reason: 'missing', detail: 'no snapshot yet' };
      return { found: false, reason: 'corrupt', detail: `cannot read it: ${(error as Error).message}` };
    }
    if (size > this.maxBytes + MAX_HEADER)
      return { found: false, reason: 'corrupt', detail: `${size} bytes is over the limit of ${this.maxBytes}` };
    const content = await readFile(file);
    const newline = content.subarray(0, MAX_HEADER).indexOf(0x0a);
    if (newline < 0) return { found: false, reason: 'corrupt', detail: 'no header line' };
    const header = headerOf(content.subarray(0, newline).toString('utf8'));
    if (typeof header === 'string') return { found: false, reason: 'corrupt', detail: header };
    const payload = content.subarray(newline + 1);
    if (header.name !== name) return { found: false, reason: 'corrupt', detail: `it is named ${header.name}` };
    if (payload.length !== header.bytes)
      return {
        found: false,
        reason: 'corrupt',
        detail: `${payload.length} bytes where the header says ${header.bytes}`,
      };
    const { sha256, ...rest } = header;
    if ((await checksum(rest, payload)) !== sha256)
      return { found: false, reason: 'corrupt', detail: 'the checksum does not match' };
    return {
      found: true,
      payload,
      meta: {
        name,
        version: header.version,
        position: { commit: BigInt(header.position.commit), prepare: BigInt(header.position.prepare) },
        eventId: header.eventId,
        takenAt: header.takenAt,
        bytes: header.bytes,
      },
    };
  }

  async save(meta: SnapshotMeta, payload: Uint8Array): Promise<void> {
    if (payload.length > this.maxBytes)
      throw new Error(`The ${meta.name} snapshot is ${payload.length} bytes, over the limit of ${this.maxBytes}.`);
    const file = this.fileOf(meta.name);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const rest: Omit<Header, 'sha256'> = {
      format: FORMAT,
      name: meta.name,
      version: meta.version,
      position: { commit: String(meta.position.commit), prepare: String(meta.position.prepare) },
      eventId: meta.eventId,
      takenAt: meta.takenAt,
      bytes: payload.length,
    };
    const header: Header = { ...rest, sha256: await checksum(rest, payload) };
    const temporary = `${file}.${process.pid}.tmp`;
    // Owner only: a read model's state may hold what the store holds (password hashes, secrets).
    const handle = await open(temporary, 'w', 0o600);
    try {
      // writeFile on a handle writes all of it from the current position (write() may stop short).
      await handle.writeFile(`${JSON.stringify(header)}\n`);
      await handle.writeFile(payload);
      await handle.datasync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temporary, file);
    // The rename itself is durable once the folder is flushed.
    const folder = await open(this.directory, 'r');
    await folder.sync().finally(() => folder.close());
  }
}

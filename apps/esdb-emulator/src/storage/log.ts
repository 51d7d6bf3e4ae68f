/**
 * The append-only log: durable on disk (`FileLog`) or held in memory (`MemoryLog`, for
 * `--mem-db`). Writes are grouped: every frame handed in while an fsync is under way goes out
 * in the next single write + fsync, and each caller's promise settles once its frames are on
 * disk.
 */
import { mkdir, open, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeRecord, type StoredEvent } from './record';

const MAGIC = Buffer.from('DSKLOG01', 'ascii');

export interface Recovery {
  events: StoredEvent[];
  /** Position the next record will get. */
  end: number;
  /** Bytes cut from a torn or corrupt tail, and why. */
  truncated?: { bytes: number; at: number; reason: string };
}

export interface EventLog {
  open(): Promise<Recovery>;
  /** Resolves once the frames are durable. Frames land in the order of the calls. */
  write(frames: Buffer[]): Promise<void>;
  close(): Promise<void>;
}

export class MemoryLog implements EventLog {
  async open(): Promise<Recovery> {
    return { events: [], end: MAGIC.length };
  }
  async write(): Promise<void> {
    // Nothing to make durable: --mem-db keeps events only as long as the process lives.
  }
  async close(): Promise<void> {
    // Nothing to release.
  }
}

interface Pending {
  frames: Buffer[];
  resolve: () => void;
  reject: (error: Error) => void;
}

export class FileLog implements EventLog {
  private handle?: FileHandle;
  private end = 0;
  private queue: Pending[] = [];
  private flushing = false;
  private failed?: Error;
  private readonly path: string;
  private readonly lockPath: string;

  constructor(private readonly dir: string) {
    this.path = join(dir, 'events.log');
    this.lockPath = join(dir, 'lock');
  }

  async open(): Promise<Recovery> {
    await mkdir(this.dir, { recursive: true });
    await this.lock();
    await (await open(this.path, 'a')).close();
    this.handle = await open(this.path, 'r+');
    const bytes = await readFile(this.path);
    if (bytes.length === 0) {
      await this.handle.write(MAGIC, 0, MAGIC.length, 0);
      await this.handle.sync();
      await syncDirectory(this.dir);
      this.end = MAGIC.length;
      return { events: [], end: this.end };
    }
    if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      await this.close();
      throw new Error(`${this.path} is not a Deskstream event log (bad header); refusing to touch it`);
    }
    const events: StoredEvent[] = [];
    let offset = MAGIC.length;
    let committedEnd = offset;
    let committedCount = 0;
    let reason = 'incomplete record at the end of the log';
    while (offset < bytes.length) {
      const result = decodeRecord(bytes, offset, offset);
      if (result.kind !== 'record') {
        if (result.kind === 'corrupt') reason = result.reason;
        break;
      }
      events.push(result.event);
      offset += result.size;
      if (result.last) {
        committedEnd = offset;
        committedCount = events.length;
      }
    }
    if (committedCount < events.length && offset >= bytes.length) reason = 'append cut short before its last event';
    events.length = committedCount;
    this.end = committedEnd;
    if (committedEnd < bytes.length) {
      await this.handle.truncate(committedEnd);
      await this.handle.sync();
      return { events, end: committedEnd, truncated: { bytes: bytes.length - committedEnd, at: committedEnd, reason } };
    }
    return { events, end: committedEnd };
  }

  write(frames: Buffer[]): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ frames, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const group = this.queue;
      this.queue = [];
      const frames = group.flatMap((p) => p.frames);
      try {
        const handle = this.handle;
        if (!handle) throw new Error('the log is closed');
        let written = 0;
        const total = frames.reduce((n, f) => n + f.length, 0);
        // writev may write less than asked; go on from where it stopped.
        let rest = frames;
        while (written < total) {
          const { bytesWritten } = await handle.writev(rest, this.end + written);
          written += bytesWritten;
          rest = remaining(frames, written);
        }
        await handle.datasync();
        this.end += total;
        for (const p of group) p.resolve();
      } catch (error) {
        // A log that cannot be written must not acknowledge anything after this point.
        this.failed = error as Error;
        for (const p of [...group, ...this.queue]) p.reject(this.failed);
        this.queue = [];
      }
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) await new Promise((r) => setTimeout(r, 1));
    await this.handle?.close();
    this.handle = undefined;
    await rm(this.lockPath, { force: true });
  }

  private async lock(): Promise<void> {
    try {
      const holder = Number((await readFile(this.lockPath, 'utf8')).trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(`the database in ${this.dir} is in use by process ${holder}`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await writeFile(this.lockPath, String(process.pid));
  }
}

function remaining(frames: Buffer[], skip: number): Buffer[] {
  const out: Buffer[] = [];
  for (const frame of frames) {
    if (skip >= frame.length) {
      skip -= frame.length;
      continue;
    }
    out.push(skip > 0 ? frame.subarray(skip) : frame);
    skip = 0;
  }
  return out;
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The append-only log: durable on disk (`FileLog`) or held in memory (`MemoryLog`, for
 * `--mem-db`). Writes are grouped: every frame handed in while an fsync is under way goes out
 * in the next single write + fsync, and each caller's promise settles once its frames are on
 * disk.
 */
import { mkdir, open, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { StoredEvent } from './record';
import { scanLog, type LogCut } from './recovery';
import { planSalvage, type DroppedRange } from './salvage';

export type { LogCut } from './recovery';
export type { DroppedRange, DroppedEvent } from './salvage';

const MAGIC = Buffer.from('DSKLOG01', 'ascii');

export interface Recovery {
  events: StoredEvent[];
  /** Position the next record will get. */
  end: number;
  /** The torn tail cut at this start, if there was one. */
  cut?: LogCut;
  /** What a salvage at this start kept and dropped, if one ran. */
  salvage?: SalvageReport;
}

export interface SalvageReport {
  file: string;
  /** The damaged log, kept as it was. */
  damagedCopy: string;
  /** The JSON report written beside it: this object. */
  report: string;
  keptEvents: number;
  droppedEvents: number;
  /** Byte ranges now filler (or cut, at the end), each with its reason and the events it held. */
  dropped: DroppedRange[];
}

/** The log holds damage that is not a torn tail: refusing to start beats losing what follows. */
export class LogDamageError extends Error {
  constructor(
    readonly file: string,
    readonly at: number,
    readonly reason: string,
    readonly validRecordAt?: number,
  ) {
    super(
      `${file} is damaged at byte offset ${at} (${reason})` +
        (validRecordAt !== undefined ? `, and valid records follow from byte offset ${validRecordAt}` : '') +
        '; this is not a torn write at the end, so nothing was cut. Start once with --salvage-log ' +
        '(startEmulator({ salvageLog: true })) to keep every whole append at its position, put filler where damage was, ' +
        'keep the damaged file beside it and write a report of what was dropped.',
    );
    this.name = 'LogDamageError';
  }
}

export interface FileLogOptions {
  /** Salvage a damaged log instead of refusing it. */
  salvage?: boolean;
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

  constructor(
    private readonly dir: string,
    private readonly options: FileLogOptions = {},
  ) {
    this.path = resolve(dir, 'events.log');
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
    let scan = scanLog(bytes, MAGIC.length);
    let salvage: SalvageReport | undefined;
    let cut: LogCut | undefined;
    if (scan.kind === 'damaged') {
      if (!this.options.salvage) {
        await this.close();
        throw new LogDamageError(this.path, scan.at, scan.reason, scan.validRecordAt);
      }
      const salvaged = await this.salvage(bytes);
      salvage = salvaged.report;
      if (salvaged.cut) cut = { file: this.path, ...salvaged.cut };
      scan = scanLog(salvaged.bytes, MAGIC.length);
      if (scan.kind === 'damaged')
        throw new Error(`salvaging ${this.path} left damage at byte offset ${scan.at} (${scan.reason})`);
    }
    if (scan.kind === 'torn') {
      await this.handle.truncate(scan.end);
      await this.handle.sync();
      cut = { file: this.path, ...scan.cut };
    }
    this.end = scan.end;
    return { events: scan.events, end: scan.end, cut, salvage };
  }

  /**
   * Writes the salvaged log beside the damaged one, then swaps them: the damaged file is kept as
   * `events.log.damaged-<time>`, the report as `events.log.salvage-<time>.json`.
   */
  private async salvage(bytes: Buffer): Promise<{ bytes: Buffer; report: SalvageReport; cut?: Omit<LogCut, 'file'> }> {
    const plan = planSalvage(bytes, MAGIC.length);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const damagedCopy = `${this.path}.damaged-${stamp}`;
    const reportPath = `${this.path}.salvage-${stamp}.json`;
    const temporary = `${this.path}.salvaging`;
    const out = await open(temporary, 'w');
    try {
      await out.writeFile(plan.bytes);
      await out.sync();
    } finally {
      await out.close();
    }
    await this.handle?.close();
    await rename(this.path, damagedCopy);
    await rename(temporary, this.path);
    await syncDirectory(this.dir);
    this.handle = await open(this.path, 'r+');
    const report: SalvageReport = {
      file: this.path,
      damagedCopy,
      report: reportPath,
      keptEvents: plan.kept,
      droppedEvents: plan.dropped.reduce((n, r) => n + r.events.length, 0),
      dropped: plan.dropped,
    };
    await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    const tail = plan.dropped.at(-1);
    const cut =
      plan.cutBytes > 0 && tail
        ? {
            at: bytes.length - plan.cutBytes,
            bytes: plan.cutBytes,
            reason: tail.reason,
            droppedEvents: tail.events.length,
          }
        : undefined;
    return { bytes: plan.bytes, report, cut };
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

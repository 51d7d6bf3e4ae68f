import { appendFile, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileLog, LogDamageError, type SalvageReport } from './log';
import { decodeRecord, encodeRecord, type NewRecord } from './record';

const event = (n: number, stream = 'ticket-1'): NewRecord => ({
  stream,
  revision: n,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'TicketOpened',
  contentType: 'application/json',
  created: 16_000_000_000_000_000n + BigInt(n),
  metadata: Buffer.from('{"actor":"agent-1"}'),
  data: Buffer.from(JSON.stringify({ subject: `خطای ۱۶۰۳ ${n}` })),
});

describe('log records', () => {
  it('round-trip every field', () => {
    const frame = encodeRecord(event(7), true);
    const decoded = decodeRecord(frame, 0, 42);
    expect(decoded.kind).toBe('record');
    if (decoded.kind !== 'record') return;
    expect(decoded.last).toBe(true);
    expect(decoded.size).toBe(frame.length);
    expect({
      ...decoded.event,
      metadata: decoded.event.metadata.toString(),
      data: decoded.event.data.toString(),
    }).toEqual({
      ...event(7),
      position: 42,
      metadata: '{"actor":"agent-1"}',
      data: JSON.stringify({ subject: 'خطای ۱۶۰۳ 7' }),
    });
  });

  it('detect a flipped bit through the checksum', () => {
    const frame = encodeRecord(event(1), true);
    frame[frame.length - 3]! ^= 0x01;
    expect(decodeRecord(frame, 0, 0)).toEqual({ kind: 'corrupt', reason: 'checksum mismatch' });
  });

  it('report a record cut short as incomplete', () => {
    const frame = encodeRecord(event(1), true);
    expect(decodeRecord(frame.subarray(0, frame.length - 1), 0, 0)).toEqual({ kind: 'incomplete' });
  });
});

describe('the file log', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deskstream-log-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeAppends(appends: NewRecord[][]): Promise<number[]> {
    const log = new FileLog(dir);
    const { end } = await log.open();
    let at = end;
    const ends: number[] = [];
    await Promise.all(
      appends.map((records) => {
        const frames = records.map((r, i) => encodeRecord(r, i === records.length - 1));
        at += frames.reduce((n, f) => n + f.length, 0);
        ends.push(at);
        return log.write(frames);
      }),
    );
    await log.close();
    return ends;
  }

  it('recovers every durable append, in order, with positions as offsets', async () => {
    await writeAppends([[event(0), event(1)], [event(2)], [event(0, 'chat-9')]]);
    const log = new FileLog(dir);
    const recovery = await log.open();
    await log.close();
    expect(recovery.cut).toBeUndefined();
    expect(recovery.events.map((e) => `${e.stream}@${e.revision}`)).toEqual([
      'ticket-1@0',
      'ticket-1@1',
      'ticket-1@2',
      'chat-9@0',
    ]);
    const positions = recovery.events.map((e) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(4);
  });

  it('cuts a torn tail back to the last whole append and says so', async () => {
    const ends = await writeAppends([[event(0)], [event(1), event(2), event(3)]]);
    const file = join(dir, 'events.log');
    await truncate(file, ends[1]! - 5); // the second append lost its last bytes in a crash
    const log = new FileLog(dir);
    const recovery = await log.open();
    await log.close();
    expect(recovery.events.map((e) => e.revision)).toEqual([0]);
    expect(recovery.cut).toEqual({
      file,
      bytes: ends[1]! - 5 - ends[0]!,
      at: ends[0],
      reason: expect.any(String),
      droppedEvents: 2,
    });
    expect((await stat(file)).size).toBe(ends[0]);
  });

  it('refuses a file that is not its own', async () => {
    await writeFile(join(dir, 'events.log'), 'not a log at all');
    await expect(new FileLog(dir).open()).rejects.toThrow(/not a Deskstream event log/);
  });

  it('refuses a folder another live process holds', async () => {
    await writeFile(join(dir, 'lock'), String(process.ppid));
    await expect(new FileLog(dir).open()).rejects.toThrow(/in use by process/);
  });

  describe('after damage', () => {
    const file = () => join(dir, 'events.log');
    /** Six appends (the third of three events), as ends of each append. */
    const sixAppends = () =>
      writeAppends([
        [event(0)],
        [event(1)],
        [event(2), event(3), event(4)],
        [event(0, 'chat-1')],
        [event(5)],
        [event(6)],
      ]);
    const damage = async (change: (bytes: Buffer) => Buffer) => writeFile(file(), change(await readFile(file())));
    const openLog = async (salvage = false) => {
      const log = new FileLog(dir, { salvage });
      try {
        return await log.open();
      } finally {
        await log.close();
      }
    };
    const refusal = async () => {
      const error = await openLog().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LogDamageError);
      return error as LogDamageError;
    };
    const names = (events: { stream: string; revision: number }[]) => events.map((e) => `${e.stream}@${e.revision}`);
    const ALL = [
      'ticket-1@0',
      'ticket-1@1',
      'ticket-1@2',
      'ticket-1@3',
      'ticket-1@4',
      'chat-1@0',
      'ticket-1@5',
      'ticket-1@6',
    ];

    it('refuses a flipped bit in the middle, naming the file and offset, and leaves the file as it was', async () => {
      const ends = await sixAppends();
      await damage((b) => {
        b[ends[1]! + 30]! ^= 0x04;
        return b;
      });
      const before = await readFile(file());
      const error = await refusal();
      expect(error).toMatchObject({ file: file(), at: ends[1], reason: 'checksum mismatch' });
      expect(error.validRecordAt).toBeGreaterThan(ends[1]!);
      expect(error.message).toContain(`${file()} is damaged at byte offset ${ends[1]}`);
      expect(error.message).toContain('--salvage-log');
      expect((await readFile(file())).equals(before)).toBe(true);
      await expect(openLog()).rejects.toThrow(LogDamageError); // and again: the lock was released
    });

    it('refuses a zeroed block in the middle', async () => {
      const ends = await sixAppends();
      await damage((b) => b.fill(0, ends[0]! + 3, ends[2]! + 10));
      expect(await refusal()).toMatchObject({
        at: ends[0],
        reason: expect.stringMatching(/impossible record length|checksum/),
      });
    });

    it("refuses damage to the first record's frame header", async () => {
      await sixAppends();
      await damage((b) => {
        b[9]! ^= 0x10; // the first record's length field
        return b;
      });
      expect(await refusal()).toMatchObject({ at: 8 });
    });

    it('refuses a duplicated record, in the middle or at the end', async () => {
      const ends = await sixAppends();
      const bytes = await readFile(file());
      const second = bytes.subarray(ends[0], ends[1]);
      await writeFile(file(), Buffer.concat([bytes.subarray(0, ends[1]), second, bytes.subarray(ends[1])]));
      expect(await refusal()).toMatchObject({
        at: ends[1],
        reason: expect.stringMatching(/revision 1 of stream ticket-1 appears twice/),
      });
      const last = bytes.subarray(ends[4], ends[5]);
      await writeFile(file(), Buffer.concat([bytes, last]));
      expect(await refusal()).toMatchObject({ at: ends[5], reason: expect.stringMatching(/appears twice/) });
    });

    it('cuts a flipped bit in the last record as a torn tail, and reports it', async () => {
      const ends = await sixAppends();
      await damage((b) => {
        b[b.length - 4]! ^= 0x01;
        return b;
      });
      const recovery = await openLog();
      expect(names(recovery.events)).toEqual(ALL.slice(0, -1));
      expect(recovery.cut).toEqual({
        file: file(),
        at: ends[4],
        bytes: ends[5]! - ends[4]!,
        reason: 'checksum mismatch',
        droppedEvents: 0,
      });
      expect((await stat(file())).size).toBe(ends[4]);
    });

    it('cuts a last record cut short, with the rest of its append', async () => {
      const ends = await writeAppends([[event(0)], [event(1), event(2), event(3)]]);
      await truncate(file(), ends[1]! - 1);
      const recovery = await openLog();
      expect(names(recovery.events)).toEqual(['ticket-1@0']);
      expect(recovery.cut).toMatchObject({
        at: ends[0],
        bytes: ends[1]! - 1 - ends[0]!,
        reason: 'incomplete record',
        droppedEvents: 2,
      });
    });

    it('cuts garbage and zeroes after the last append, keeping every event', async () => {
      const ends = await sixAppends();
      const garbage = Buffer.from('\u0000\u0001garbage that is no record at all');
      await appendFile(file(), garbage);
      let recovery = await openLog();
      expect(names(recovery.events)).toEqual(ALL);
      expect(recovery.cut).toMatchObject({ at: ends[5], bytes: garbage.length, droppedEvents: 0 });
      await appendFile(file(), Buffer.alloc(4096));
      recovery = await openLog();
      expect(recovery.cut).toMatchObject({ at: ends[5], bytes: 4096 });
      expect((await stat(file())).size).toBe(ends[5]);
      expect((await openLog()).cut).toBeUndefined();
    });

    it('salvages on request: whole appends keep their positions, damage becomes filler, the rest is reported', async () => {
      const ends = await sixAppends();
      const original = await openLog();
      await damage((b) => {
        b[ends[2]! - 5]! ^= 0x80; // the last record of the three-event append
        return b;
      });
      const damaged = await readFile(file());
      const recovery = await openLog(true);
      // ticket-1@2..4 went with the damaged append; ticket-1@5 and @6 would follow a gap.
      expect(names(recovery.events)).toEqual(['ticket-1@0', 'ticket-1@1', 'chat-1@0']);
      const positions = new Map(original.events.map((e) => [`${e.stream}@${e.revision}`, e.position]));
      for (const e of recovery.events) expect(e.position).toBe(positions.get(`${e.stream}@${e.revision}`));
      expect(recovery.end).toBe(ends[5]);
      const salvage = recovery.salvage as SalvageReport;
      expect(salvage).toMatchObject({ file: file(), keptEvents: 3, droppedEvents: 4 });
      expect(salvage.dropped.map((r) => r.events.map((e) => `${e.stream}@${e.revision}`))).toEqual([
        ['ticket-1@2', 'ticket-1@3'],
        ['ticket-1@5', 'ticket-1@6'],
      ]);
      expect(salvage.dropped[0]).toMatchObject({ at: ends[1], bytes: ends[2]! - ends[1]! });
      expect((await readFile(salvage.damagedCopy)).equals(damaged)).toBe(true);
      expect(JSON.parse(await readFile(salvage.report, 'utf8'))).toEqual(JSON.parse(JSON.stringify(salvage)));
      const files = (await readdir(dir)).sort();
      expect(files).toHaveLength(3);
      expect(files).toEqual([
        'events.log',
        expect.stringMatching(/^events\.log\.damaged-/),
        expect.stringMatching(/^events\.log\.salvage-.*\.json$/),
      ]);
      // The salvaged log is whole: the next start changes nothing.
      const again = await openLog();
      expect(again.cut).toBeUndefined();
      expect(again.salvage).toBeUndefined();
      expect(names(again.events)).toEqual(names(recovery.events));
    });

    it('salvages a duplicated record by dropping the copy, keeping everything else', async () => {
      const ends = await sixAppends();
      const bytes = await readFile(file());
      await writeFile(
        file(),
        Buffer.concat([bytes.subarray(0, ends[1]), bytes.subarray(ends[0], ends[1]), bytes.subarray(ends[1])]),
      );
      const recovery = await openLog(true);
      expect(names(recovery.events)).toEqual(ALL);
      expect(recovery.salvage).toMatchObject({ keptEvents: 8, droppedEvents: 1 });
    });

    it('salvages a whole log as a no-op, and cuts a torn tail as usual', async () => {
      const ends = await sixAppends();
      await truncate(file(), ends[5]! - 3);
      const recovery = await openLog(true);
      expect(recovery.salvage).toBeUndefined();
      expect(recovery.cut).toMatchObject({ at: ends[4] });
    });
  });
});

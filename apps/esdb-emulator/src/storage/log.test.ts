import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileLog } from './log';
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
    expect({ ...decoded.event, metadata: decoded.event.metadata.toString(), data: decoded.event.data.toString() }).toEqual({
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
    expect(recovery.truncated).toBeUndefined();
    expect(recovery.events.map((e) => `${e.stream}@${e.revision}`)).toEqual(['ticket-1@0', 'ticket-1@1', 'ticket-1@2', 'chat-9@0']);
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
    expect(recovery.truncated).toEqual({ bytes: ends[1]! - 5 - ends[0]!, at: ends[0], reason: expect.any(String) });
    expect((await stat(file)).size).toBe(ends[0]);
  });

  it('does not trust a corrupted record, nor anything after it', async () => {
    const ends = await writeAppends([[event(0)], [event(1)], [event(2)]]);
    const file = join(dir, 'events.log');
    const bytes = await readFile(file);
    bytes[ends[0]! + 20]! ^= 0xff;
    await writeFile(file, bytes);
    const log = new FileLog(dir);
    const recovery = await log.open();
    await log.close();
    expect(recovery.events.map((e) => e.revision)).toEqual([0]);
    expect(recovery.truncated?.reason).toBe('checksum mismatch');
  });

  it('refuses a file that is not its own', async () => {
    await writeFile(join(dir, 'events.log'), 'not a log at all');
    await expect(new FileLog(dir).open()).rejects.toThrow(/not a Deskstream event log/);
  });

  it('refuses a folder another live process holds', async () => {
    await writeFile(join(dir, 'lock'), String(process.ppid));
    await expect(new FileLog(dir).open()).rejects.toThrow(/in use by process/);
  });
});

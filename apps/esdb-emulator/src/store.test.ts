import { describe, expect, it } from 'vitest';
import type { EventLog, Recovery } from './storage/log';
import { Store, type ProposedEvent } from './store';

/** A log whose writes become durable only when the test says so. */
class HeldLog implements EventLog {
  held: (() => void)[] = [];
  hold = false;
  async open(): Promise<Recovery> {
    return { events: [], end: 8 };
  }
  write(): Promise<void> {
    if (!this.hold) return Promise.resolve();
    return new Promise((resolve) => this.held.push(resolve));
  }
  release(): void {
    for (const r of this.held.splice(0)) r();
  }
  async close(): Promise<void> {
    // Nothing held.
  }
}

let n = 0;
const proposed = (type = 'MessagePosted'): ProposedEvent => ({
  id: `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  type,
  contentType: 'application/json',
  metadata: Buffer.alloc(0),
  data: Buffer.from('{}'),
});

describe('the store', () => {
  it('starts with system events, as a fresh EventStoreDB does', async () => {
    const { store } = await Store.open(new HeldLog());
    const types = Array.from({ length: store.durableEvents }, (_, i) => store.eventAt(i).type);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.startsWith('$'))).toBe(true);
  });

  it('shows readers only what is durable, while deciding on everything accepted', async () => {
    const log = new HeldLog();
    const { store } = await Store.open(log);
    log.hold = true;
    const first = store.append('chat-1', { kind: 'no_stream' }, [proposed()]);
    // The second append already sees the first (exact revision 0), before either is durable.
    const second = store.append('chat-1', { kind: 'exact', revision: 0 }, [proposed()]);
    await new Promise((r) => setTimeout(r, 5));
    expect(store.readStream('chat-1', 'start', 'forwards', 10)).toEqual({ kind: 'not-found' });
    log.release();
    await Promise.all([first, second]);
    const read = store.readStream('chat-1', 'start', 'forwards', 10);
    expect(read.kind === 'found' && read.events.map((e) => e.revision)).toEqual([0, 1]);
  });

  it('answers a retry of a not-yet-durable append only once it is durable', async () => {
    const log = new HeldLog();
    const { store } = await Store.open(log);
    log.hold = true;
    const event = proposed();
    const original = store.append('chat-2', { kind: 'no_stream' }, [event]);
    let retried = false;
    const retry = store.append('chat-2', { kind: 'no_stream' }, [event]).then((r) => {
      retried = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(retried).toBe(false);
    log.release();
    const [a, b] = await Promise.all([original, retry]);
    expect(b).toEqual(a);
    const read = store.readStream('chat-2', 'start', 'forwards', 10);
    expect(read.kind === 'found' && read.events.length).toBe(1);
  });

  it('refuses a retry that only partly matches what was written', async () => {
    const { store } = await Store.open(new HeldLog());
    const [a, b] = [proposed(), proposed()];
    await store.append('chat-3', { kind: 'no_stream' }, [a, b]);
    const result = await store.append('chat-3', { kind: 'no_stream' }, [a, proposed()]);
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-expected-version', current: 1 } });
  });

  it('recognises a retry with expected revision any among recent events', async () => {
    const { store } = await Store.open(new HeldLog());
    const retried = proposed();
    const first = await store.append('chat-4', { kind: 'any' }, [retried]);
    await store.append('chat-4', { kind: 'any' }, [proposed(), proposed()]);
    expect(await store.append('chat-4', { kind: 'any' }, [retried])).toEqual(first);
    const read = store.readStream('chat-4', 'start', 'forwards', 10);
    expect(read.kind === 'found' && read.events.length).toBe(3);
  });

  it('applies $maxAge from the clock at read time', async () => {
    let now = Date.UTC(2026, 10, 1);
    const { store } = await Store.open(new HeldLog(), { now: () => now });
    await store.append('call-1', { kind: 'any' }, [proposed('CallLogged')]);
    now += 60_000;
    await store.append('call-1', { kind: 'any' }, [proposed('CallLogged')]);
    await store.append('$$call-1', { kind: 'any' }, [
      { ...proposed('$metadata'), data: Buffer.from('{"$maxAge":30}') },
    ]);
    const read = store.readStream('call-1', 'start', 'forwards', 10);
    expect(read.kind === 'found' && read.events.map((e) => e.revision)).toEqual([1]);
  });

  it('takes an append whole or not at all: one record it cannot hold leaves no trace and no position', async () => {
    const { store } = await Store.open(new HeldLog(), { maxAppendSize: 2 ** 31 });
    const before = await store.append('ticket-9', { kind: 'no_stream' }, [proposed('TicketOpened')]);
    const huge = { ...proposed('TicketUpdated'), data: Buffer.alloc(64 * 1024 * 1024) };
    const failed = await store.append('ticket-9', { kind: 'exact', revision: 0 }, [proposed('TicketUpdated'), huge]);
    expect(failed).toMatchObject({ ok: false, error: { code: 'maximum-append-size-exceeded' } });
    const read = store.readStream('ticket-9', 'start', 'forwards', 10);
    expect(read.kind === 'found' && read.events.map((e) => e.revision)).toEqual([0]);
    expect(store.endPosition).toBeGreaterThan(before.ok ? before.position! : Infinity);
    const after = await store.append('ticket-9', { kind: 'exact', revision: 0 }, [proposed('TicketClosed')]);
    expect(after).toMatchObject({ ok: true, currentRevision: 1 });
    const events = store.readStream('ticket-9', 'start', 'forwards', 10);
    expect(events.kind === 'found' && events.events.map((e) => e.type)).toEqual(['TicketOpened', 'TicketClosed']);
  });

  it('counts the event type towards the maximum append size, as EventStoreDB does', async () => {
    const { store } = await Store.open(new HeldLog(), { maxAppendSize: 1000 });
    expect(await store.append('ticket-10', { kind: 'any' }, [proposed('T'.repeat(499))])).toMatchObject({ ok: true });
    expect(await store.append('ticket-10', { kind: 'any' }, [proposed('T'.repeat(500))])).toMatchObject({
      ok: false,
      error: { code: 'maximum-append-size-exceeded' },
    });
  });
});

/**
 * Command handling with an aggregate cache, through the real client and the emulator. Each
 * "process" is a cache of its own on one store, as two api processes would be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { AggregateCache } from './aggregate-cache';
import type { Decider } from '@deskstream/domain-kit';
import { eventIdFor } from './event-ids';
import { handleCommand, withAggregateCache, type CommandStore } from './handle-command';
import { readRecords, startTestStore, type TestStore } from './test-support/emulator';
import {
  ticketDecider,
  ticketStream,
  ticketUpcasters,
  type TicketCommand,
  type TicketEvent,
  type TicketRejection,
  type TicketState,
} from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const actor = { kind: 'staff', id: 'agent-7' } as const;
const open = (ticketId: string): TicketCommand => ({
  type: 'OpenTicket',
  data: { ticketId, subject: 'Printer offline', at },
});
const note = (ticketId: string, text: string): TicketCommand => ({ type: 'AddNote', data: { ticketId, text, at } });
const close = (ticketId: string): TicketCommand => ({ type: 'CloseTicket', data: { ticketId, at } });

type AnyTicketDecider = Decider<TicketCommand, TicketEvent, unknown, TicketRejection>;

describe('handleCommand with an aggregate cache', () => {
  let store: TestStore;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    store = await startTestStore();
    client = store.client;
  });
  afterAll(() => store?.close());

  /** One api process: its own cache on the shared store, counting what it asks of the store. */
  function apiProcess(options: { streams?: number; beforeAppend?: () => Promise<void> } = {}) {
    const calls = { reads: 0, appends: 0 };
    const cache = new AggregateCache({ streams: options.streams });
    const counted: CommandStore = {
      readStream: ((...args: Parameters<CommandStore['readStream']>) => {
        calls.reads++;
        return client.readStream(...args);
      }) as CommandStore['readStream'],
      appendToStream: (async (...args: Parameters<CommandStore['appendToStream']>) => {
        calls.appends++;
        await options.beforeAppend?.();
        return client.appendToStream(...args);
      }) as CommandStore['appendToStream'],
    };
    const commandStore = withAggregateCache(counted, cache);
    const run = (
      ticketId: string,
      command: TicketCommand,
      commandId: string,
      more: { maxRetries?: number; decider?: AnyTicketDecider } = {},
    ) =>
      handleCommand(commandStore, {
        streamName: ticketStream(ticketId),
        decider: (more.decider ?? ticketDecider) as AnyTicketDecider,
        command,
        commandId,
        metadata: { actor },
        upcasters: ticketUpcasters,
        maxRetries: more.maxRetries,
      });
    return { cache, calls, run };
  }

  const notesOf = async (ticketId: string) =>
    (await readRecords(client, ticketStream(ticketId)))
      .filter((e) => e.type === 'TicketNoteAdded')
      .map((e) => e.data as { number: number; text: string });

  it('decides the next command from memory: one append, no read', async () => {
    const api = apiProcess();
    await api.run('memory', open('memory'), 'memory-open');
    expect(api.calls).toEqual({ reads: 1, appends: 1 });

    const result = await api.run('memory', note('memory', 'first'), 'memory-note-1');
    expect(api.calls).toEqual({ reads: 1, appends: 2 });
    expect(result).toEqual({
      ok: true,
      events: [{ type: 'TicketNoteAdded', data: { ticketId: 'memory', number: 1, text: 'first', at } }],
      position: expect.objectContaining({ commit: expect.any(BigInt) }),
      nextExpectedRevision: 1n,
    });
    const records = await readRecords(client, 'ticket-memory');
    expect(records.map((r) => r.id)).toEqual([eventIdFor('memory-open', 0), eventIdFor('memory-note-1', 0)]);
    expect(records[1]!.position).toEqual(result.ok && result.position);
    expect(records[1]!.metadata).toEqual({
      correlationId: 'memory-note-1',
      causationId: 'memory-note-1',
      actor,
      schema: 1,
    });
    expect(api.cache.get<TicketState>('ticket-memory', ticketDecider)).toMatchObject({
      state: { status: 'open', notes: 1 },
      revision: 1n,
    });
    expect(api.cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('writes a command retried after the cache moved on once, and returns the original result', async () => {
    const api = apiProcess();
    await api.run('moved-on', open('moved-on'), 'moved-on-open');
    const first = await api.run('moved-on', note('moved-on', 'one'), 'moved-on-1');
    await api.run('moved-on', note('moved-on', 'two'), 'moved-on-2');
    const readsBefore = api.calls.reads;

    // The answer to the first note was lost; the client sends it again with the same id.
    const again = await api.run('moved-on', note('moved-on', 'one'), 'moved-on-1');
    expect(again).toEqual(first);
    expect(api.calls.reads).toBe(readsBefore + 1);
    expect((await notesOf('moved-on')).map((n) => n.text)).toEqual(['one', 'two']);

    // And the cache is still right afterwards.
    const three = await api.run('moved-on', note('moved-on', 'three'), 'moved-on-3');
    expect(three).toMatchObject({ ok: true, nextExpectedRevision: 3n, events: [{ data: { number: 3 } }] });
  });

  it('writes a retried command once when another process wrote it and this one remembers the stream from before', async () => {
    const one = apiProcess();
    const two = apiProcess();
    await one.run('elsewhere', open('elsewhere'), 'elsewhere-open');
    // The client's first try went to the other process, whose answer was lost.
    const original = await two.run('elsewhere', note('elsewhere', 'hello'), 'elsewhere-note');
    const retry = await one.run('elsewhere', note('elsewhere', 'hello'), 'elsewhere-note');
    expect(retry).toEqual(original);
    expect((await notesOf('elsewhere')).map((n) => n.text)).toEqual(['hello']);
    const next = await one.run('elsewhere', note('elsewhere', 'after'), 'elsewhere-after');
    expect(next).toMatchObject({ ok: true, nextExpectedRevision: 2n, events: [{ data: { number: 2 } }] });
  });

  it('writes a command sent twice at once once', async () => {
    const api = apiProcess();
    await api.run('twice', open('twice'), 'twice-open');
    const results = await Promise.all([
      api.run('twice', note('twice', 'x'), 'twice-note'),
      api.run('twice', note('twice', 'x'), 'twice-note'),
    ]);
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.ok).toBe(true);
    expect(await notesOf('twice')).toHaveLength(1);
  });

  it('keeps two processes on one stream correct when they interleave', async () => {
    const one = apiProcess();
    const two = apiProcess();
    await one.run('shared', open('shared'), 'shared-open');
    const a = await two.run('shared', note('shared', 'two first'), 'shared-2a');
    // One remembers the stream before two's note: the store refuses its append, it reads and decides again.
    const b = await one.run('shared', note('shared', 'one first'), 'shared-1a');
    const c = await two.run('shared', note('shared', 'two second'), 'shared-2b');
    const d = await one.run('shared', note('shared', 'one second'), 'shared-1b');
    expect([a, b, c, d].map((r) => r.ok && r.nextExpectedRevision)).toEqual([1n, 2n, 3n, 4n]);
    expect(await notesOf('shared')).toEqual([
      expect.objectContaining({ number: 1, text: 'two first' }),
      expect.objectContaining({ number: 2, text: 'one first' }),
      expect.objectContaining({ number: 3, text: 'two second' }),
      expect.objectContaining({ number: 4, text: 'one second' }),
    ]);
    // Each refused append (one's two notes, two's second) cost one read.
    expect(one.calls).toEqual({ reads: 3, appends: 5 });
    expect(two.calls).toEqual({ reads: 2, appends: 3 });
  });

  it('settles many concurrent commands from two processes on one stream, each once and in one numbering', async () => {
    const one = apiProcess();
    const two = apiProcess();
    await one.run('crowded', open('crowded'), 'crowded-open');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? one : two).run('crowded', note('crowded', `note ${i}`), `crowded-${i}`, { maxRetries: 20 }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const notes = await notesOf('crowded');
    expect(notes.map((n) => n.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(notes.map((n) => n.text)).size).toBe(12);
    // Each process's cache ends where the store is, or is corrected by its next command.
    const last = await one.run('crowded', note('crowded', 'last'), 'crowded-last');
    expect(last).toMatchObject({ ok: true, nextExpectedRevision: 13n, events: [{ data: { number: 13 } }] });
  });

  it('queues concurrent commands on one stream in one process, so none conflicts even without retries', async () => {
    const api = apiProcess();
    await api.run('queued', open('queued'), 'queued-open');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api.run('queued', note('queued', `n${i}`), `queued-${i}`, { maxRetries: 0 })),
    );
    expect(results.map((r) => r.ok)).toEqual(Array(8).fill(true));
    expect((await notesOf('queued')).map((n) => `${n.number}:${n.text}`)).toEqual(
      Array.from({ length: 8 }, (_, i) => `${i + 1}:n${i}`),
    );
    expect(api.calls).toEqual({ reads: 1, appends: 9 });
    expect(api.cache.busyStreams).toBe(0);
  });

  it('without a cache, the same concurrent commands with no retries conflict (what the queue prevents)', async () => {
    await handleCommand(client, {
      streamName: 'ticket-unqueued',
      decider: ticketDecider,
      command: open('unqueued'),
      commandId: 'unqueued-open',
      metadata: { actor },
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        handleCommand(client, {
          streamName: 'ticket-unqueued',
          decider: ticketDecider,
          command: note('unqueued', `n${i}`),
          commandId: `unqueued-${i}`,
          metadata: { actor },
          maxRetries: 0,
        }),
      ),
    );
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toContain('CONFLICT');
  });

  it('leaves the cache as it was after a decider rejection', async () => {
    const api = apiProcess();
    await api.run('rejecting', open('rejecting'), 'rejecting-open');
    await api.run('rejecting', note('rejecting', 'one'), 'rejecting-1');
    const before = api.cache.get<TicketState>('ticket-rejecting', ticketDecider);

    const rejected = await api.run('rejecting', open('rejecting'), 'rejecting-open-again');
    expect(rejected).toEqual({ ok: false, error: { code: 'TICKET_EXISTS', message: 'This ticket already exists.' } });
    const after = api.cache.get<TicketState>('ticket-rejecting', ticketDecider);
    expect(after).toMatchObject({
      state: before!.state,
      revision: before!.revision,
      lastPosition: before!.lastPosition,
    });
    expect(after!.eventIds).toEqual(before!.eventIds);

    const reads = api.calls.reads;
    const next = await api.run('rejecting', note('rejecting', 'two'), 'rejecting-2');
    expect(next).toMatchObject({ ok: true, nextExpectedRevision: 2n, events: [{ data: { number: 2 } }] });
    expect(api.calls.reads).toBe(reads);
    expect(await readRecords(client, 'ticket-rejecting')).toHaveLength(3);
  });

  it('does not reject from a remembered state that another process has changed since', async () => {
    const one = apiProcess();
    const two = apiProcess();
    await one.run('late', open('late'), 'late-open');
    await one.run('late', close('late'), 'late-close');
    // Two reopens the ticket; one still remembers it closed.
    const reopening: AnyTicketDecider = {
      ...(ticketDecider as AnyTicketDecider),
      decide: (command) => [
        { type: 'TicketOpened', data: { ticketId: command.data.ticketId, subject: 'again', openedAt: at } },
      ],
    };
    await two.run('late', open('late'), 'late-reopen', { decider: reopening });
    expect(await one.run('late', note('late', 'now'), 'late-now')).toMatchObject({
      ok: true,
      nextExpectedRevision: 3n,
      events: [{ data: { number: 1 } }],
    });
  });

  it('does not remember a stream that does not exist, so made-up ids push nothing out', async () => {
    const api = apiProcess({ streams: 1 });
    await api.run('kept', open('kept'), 'kept-open');
    for (let i = 0; i < 3; i++)
      expect(await api.run(`made-up-${i}`, note(`made-up-${i}`, 'x'), `made-up-${i}`)).toMatchObject({
        ok: false,
        error: { code: 'TICKET_NOT_FOUND' },
      });
    expect(api.cache.has('ticket-kept')).toBe(true);
    expect(api.cache.stats()).toMatchObject({ streams: 1, evictions: 0 });
  });

  it('does not call a command a repeat from a remembered state that another process has changed since', async () => {
    // Closing a closed ticket is a repeat: nothing to write.
    const closeOnce: AnyTicketDecider = {
      ...(ticketDecider as AnyTicketDecider),
      decide: (command, state) =>
        command.type === 'CloseTicket' && (state as TicketState).status === 'closed'
          ? []
          : ticketDecider.decide(command, state as TicketState),
    };
    // Another process may reopen a closed ticket.
    const reopening: AnyTicketDecider = {
      ...(ticketDecider as AnyTicketDecider),
      decide: (command, state) =>
        command.type === 'OpenTicket'
          ? [{ type: 'TicketOpened', data: { ticketId: command.data.ticketId, subject: 'again', openedAt: at } }]
          : ticketDecider.decide(command, state as TicketState),
    };
    const one = apiProcess();
    const two = apiProcess();
    await one.run('repeat', open('repeat'), 'repeat-open', { decider: closeOnce });
    await one.run('repeat', close('repeat'), 'repeat-close', { decider: closeOnce });
    await two.run('repeat', open('repeat'), 'repeat-reopen', { decider: reopening });
    const reads = one.calls.reads;
    // From memory: closed, nothing to do. The store says it was reopened, so it is closed again.
    const result = await one.run('repeat', close('repeat'), 'repeat-close-again', { decider: closeOnce });
    expect(one.calls.reads).toBe(reads + 1);
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 3n, events: [{ type: 'TicketClosed' }] });
    expect((await readRecords(client, 'ticket-repeat')).map((e) => e.type)).toEqual([
      'TicketOpened',
      'TicketClosed',
      'TicketOpened',
      'TicketClosed',
    ]);
  });

  it('forgets the least recently used streams beyond its size, and reads them again when needed', async () => {
    const api = apiProcess({ streams: 2 });
    for (const id of ['lru-a', 'lru-b', 'lru-c']) await api.run(id, open(id), `${id}-open`);
    expect(api.cache.stats()).toMatchObject({ streams: 2, capacity: 2, evictions: 1 });
    expect(api.cache.has('ticket-lru-a')).toBe(false);

    const reads = api.calls.reads;
    await api.run('lru-c', note('lru-c', 'remembered'), 'lru-c-1');
    expect(api.calls.reads).toBe(reads);
    const a = await api.run('lru-a', note('lru-a', 'forgotten'), 'lru-a-1');
    expect(api.calls.reads).toBe(reads + 1);
    expect(a).toMatchObject({ ok: true, nextExpectedRevision: 1n, events: [{ data: { number: 1 } }] });
    // Reading lru-a again pushed out lru-b, the least recently used.
    expect(['ticket-lru-a', 'ticket-lru-b', 'ticket-lru-c'].map((s) => api.cache.has(s))).toEqual([true, false, true]);

    // A retry of a command on a forgotten stream is still written once.
    const retried = await api.run('lru-b', open('lru-b'), 'lru-b-open');
    expect(retried).toMatchObject({ ok: true, nextExpectedRevision: 0n });
    expect(await readRecords(client, 'ticket-lru-b')).toHaveLength(1);
  });

  it('with a size of 0 remembers nothing but still queues', async () => {
    const api = apiProcess({ streams: 0 });
    await api.run('sizeless', open('sizeless'), 'sizeless-open');
    const results = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        api.run('sizeless', note('sizeless', `n${i}`), `sizeless-${i}`, { maxRetries: 0 }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(api.calls.reads).toBe(4);
    expect(api.cache.stats()).toMatchObject({ streams: 0, hits: 0, misses: 4 });
  });

  it('gives up with a ConflictError after maxRetries, counting the attempt from memory', async () => {
    let other = 0;
    let contested = false;
    const api = apiProcess({
      // Once the ticket is open, another writer gets in before each of this process's appends.
      beforeAppend: async () => {
        if (!contested) return;
        await handleCommand(client, {
          streamName: 'ticket-contested',
          decider: ticketDecider,
          command: note('contested', `other ${other}`),
          commandId: `contested-other-${other++}`,
          metadata: { actor },
        });
      },
    });
    await api.run('contested', open('contested'), 'contested-open');
    contested = true;
    const result = await api.run('contested', note('contested', 'mine'), 'contested-mine', { maxRetries: 2 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Someone else changed this at the same time. Try again.',
        streamName: 'ticket-contested',
        attempts: 3,
      },
    });
    expect((await notesOf('contested')).map((n) => n.text)).not.toContain('mine');
    expect(api.cache.has('ticket-contested')).toBe(false);
  });

  describe('upcasters', () => {
    /** Notes carry the ticket's subject, which schema 1 of TicketOpened called `title`. */
    type SubjectState = { subject: string | null; notes: number };
    const subjectDecider: Decider<TicketCommand, TicketEvent, SubjectState, TicketRejection> = {
      initialState: () => ({ subject: null, notes: 0 }),
      evolve: (state, event) =>
        event.type === 'TicketOpened'
          ? { ...state, subject: event.data.subject }
          : event.type === 'TicketNoteAdded'
            ? { ...state, notes: state.notes + 1 }
            : state,
      decide: (command, state) =>
        command.type === 'AddNote' && state.subject !== null
          ? [
              {
                type: 'TicketNoteAdded',
                data: {
                  ticketId: command.data.ticketId,
                  number: state.notes + 1,
                  text: `${state.subject}: ${command.data.text}`,
                  at,
                },
              },
            ]
          : { code: 'TICKET_NOT_FOUND', message: 'There is no such ticket.' },
    };
    const legacyOpened = (title: string) =>
      jsonEvent({ type: 'TicketOpened', data: { ticketId: 'legacy', title }, metadata: { schema: 1 } });

    it('apply to what is read, before and after the cache', async () => {
      const api = apiProcess();
      const run = (text: string, id: string) =>
        api.run('legacy', note('legacy', text), id, { decider: subjectDecider as unknown as AnyTicketDecider });
      await client.appendToStream('ticket-legacy', legacyOpened('Old name'), { expectedRevision: 'no_stream' });

      expect(await run('first', 'legacy-1')).toMatchObject({
        ok: true,
        events: [{ data: { text: 'Old name: first' } }],
      });
      expect(await run('second', 'legacy-2')).toMatchObject({
        ok: true,
        events: [{ data: { text: 'Old name: second' } }],
      });
      expect(api.calls.reads).toBe(1);

      // Something else writes an old-schema event: the remembered state is stale, the re-read upcasts it.
      await client.appendToStream('ticket-legacy', legacyOpened('New name'), { expectedRevision: 2n });
      expect(await run('third', 'legacy-3')).toMatchObject({
        ok: true,
        nextExpectedRevision: 4n,
        events: [{ data: { number: 3, text: 'New name: third' } }],
      });
      expect(api.calls.reads).toBe(2);
      expect(api.cache.get<SubjectState>('ticket-legacy', subjectDecider)?.state).toEqual({
        subject: 'New name',
        notes: 3,
      });
    });
  });

  it('keeps the state of each decider apart on one stream', async () => {
    const api = apiProcess();
    const counting: AnyTicketDecider = {
      initialState: () => ({ events: 0 }),
      evolve: (state) => ({ events: (state as { events: number }).events + 1 }),
      decide: (command) => [
        { type: 'TicketNoteAdded', data: { ticketId: command.data.ticketId, number: 0, text: 'counted', at } },
      ],
    };
    await api.run('two-deciders', open('two-deciders'), 'two-deciders-open');
    await api.run('two-deciders', note('two-deciders', 'x'), 'two-deciders-count', { decider: counting });
    expect(api.cache.get('ticket-two-deciders', counting)?.state).toEqual({ events: 2 });
    expect(api.cache.get('ticket-two-deciders', ticketDecider)).toBeUndefined();
    const result = await api.run('two-deciders', note('two-deciders', 'y'), 'two-deciders-note');
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 2n, events: [{ data: { number: 2 } }] });
  });
});
